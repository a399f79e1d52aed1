import { type DomainError, domainError, err, ok, type Result } from '@chidao/domain'
import type { Transaction, UpdateObject, UpdateQueryBuilder, UpdateResult } from 'kysely'
import type { ChidaoSchema } from '../schema.js'

/** The tables whose rows a caller changes by naming the version it read. */
export type VersionedTableName = 'organization' | 'task' | 'directive'

/** A stored row, as far as a versioned change needs it. */
export interface VersionedRow {
  readonly tenantId: string
  readonly id: string
}

/**
 * How the changes of one kind of record are checked and written. A caller names the version it
 * read; if the row has moved on since, the change fails with `CONFLICT` and nothing is written,
 * and a row that is gone (or hidden) is the record's own `*_NOT_FOUND`.
 */
export interface VersionedTable<T extends VersionedTableName> {
  /**
   * The record as loaded, when it is at the version the caller read; else the error to answer.
   */
  atVersion<R extends { readonly version: number }>(
    record: R | null | undefined,
    expectedVersion: number,
  ): Result<R, DomainError>
  /**
   * `UPDATE … SET columns, version = version + 1 WHERE … AND version = expectedVersion`, to which
   * the caller adds what it wants returned. The version check is in the UPDATE itself: of racing
   * writers that all read the same version, the database lets exactly one match; the others
   * find 0 rows, and answer {@link missed}.
   */
  update(
    trx: Transaction<ChidaoSchema>,
    row: VersionedRow,
    expectedVersion: number,
    columns: UpdateObject<ChidaoSchema, T>,
  ): UpdateQueryBuilder<ChidaoSchema, T, T, UpdateResult>
  /** The error for an {@link update} that matched no row, read from the row as it is now. */
  missed(
    trx: Transaction<ChidaoSchema>,
    row: VersionedRow,
    expectedVersion: number,
  ): Promise<DomainError>
}

/** How the errors of a versioned record name it. */
export interface VersionedRecordNames {
  /** The record in an English sentence: `organisation`. */
  readonly en: string
  /** The record at the start of a Vietnamese sentence: `Tổ chức`. */
  readonly vi: string
  /** Its not-found error, for a row that is gone or hidden. */
  readonly notFound: () => DomainError
}

/**
 * Defines the versioned changes of the records of `table`.
 *
 * @example
 * ```ts
 * const TASKS = versionedTable('task', { en: 'task', vi: 'Nhiệm vụ', notFound: taskNotFound })
 * const updated = await TASKS.update(trx, current, expectedVersion, columns)
 *   .returning('version')
 *   .executeTakeFirst()
 * if (!updated) return err(await TASKS.missed(trx, current, expectedVersion))
 * ```
 */
export function versionedTable<T extends VersionedTableName>(
  table: T,
  names: VersionedRecordNames,
): VersionedTable<T> {
  const conflict = (expected: number, current: number | null): DomainError =>
    current === null
      ? names.notFound()
      : domainError(
          'CONFLICT',
          {
            en: `The ${names.en} was changed meanwhile: it is at version ${current}, not ${expected}; reload it and try again`,
            vi: `${names.vi} đã được cập nhật trong lúc đó: phiên bản hiện tại là ${current}, không phải ${expected}; hãy tải lại và thử lại`,
          },
          ['version'],
          current,
        )
  return Object.freeze({
    atVersion: <R extends { readonly version: number }>(
      record: R | null | undefined,
      expectedVersion: number,
    ): Result<R, DomainError> =>
      !record
        ? err(names.notFound())
        : record.version === expectedVersion
          ? ok(record)
          : err(conflict(expectedVersion, record.version)),
    update: (
      trx: Transaction<ChidaoSchema>,
      row: VersionedRow,
      expectedVersion: number,
      columns: UpdateObject<ChidaoSchema, T>,
    ) => updateAtVersion(trx, table, row, expectedVersion, columns),
    missed: async (trx: Transaction<ChidaoSchema>, row: VersionedRow, expectedVersion: number) => {
      const now = await trx
        .selectFrom(table as VersionedTableName)
        .select('version')
        .where('tenant_id', '=', row.tenantId)
        .where('id', '=', row.id)
        .executeTakeFirst()
      return conflict(expectedVersion, now?.version ?? null)
    },
  })
}

function updateAtVersion<T extends VersionedTableName>(
  trx: Transaction<ChidaoSchema>,
  table: T,
  row: VersionedRow,
  expectedVersion: number,
  columns: UpdateObject<ChidaoSchema, T>,
): UpdateQueryBuilder<ChidaoSchema, T, T, UpdateResult> {
  // Kysely cannot type a statement over a table chosen by a type parameter: it is built over
  // the tables it may be, then typed as the one it is.
  const update = trx
    .updateTable(table as VersionedTableName)
    .set({
      ...(columns as UpdateObject<ChidaoSchema, VersionedTableName>),
      version: expectedVersion + 1,
      updated_at: new Date(),
    })
    .where('tenant_id', '=', row.tenantId)
    .where('id', '=', row.id)
    .where('version', '=', expectedVersion)
  return update as unknown as UpdateQueryBuilder<ChidaoSchema, T, T, UpdateResult>
}
