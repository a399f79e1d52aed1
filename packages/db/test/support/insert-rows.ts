import { asId, type DirectiveId, type OrganizationId, type TaskId } from '@chidao/domain'
import type { Insertable } from 'kysely'
import type { ChidaoDatabase } from '../../src/chidao-database.js'
import type { DirectiveTable, TaskTable } from '../../src/schema.js'
import { inTenantTransaction } from '../../src/tenant/tenant-transaction.js'

// Rows written straight into the tables, below the repositories, for tests that need records
// the repositories would refuse or that would take many calls to build through them.

/**
 * Inserts an organisation of a tenant's province, `Cơ quan <code>`, under `parentId` if given.
 *
 * @example
 * ```ts
 * const so = await insertOrganization(db, TENANT, 'SO', { parentId: ub })
 * ```
 */
export async function insertOrganization(
  db: ChidaoDatabase,
  tenant: string,
  code: string,
  options: { readonly parentId?: OrganizationId | null } = {},
): Promise<OrganizationId> {
  const row = await db.kysely
    .insertInto('organization')
    .values({
      tenant_id: tenant,
      code,
      name: `Cơ quan ${code}`,
      search_key: code.toLowerCase(),
      name_sort_key: code.toLowerCase(),
      kind: 'OTHER',
      level: 'PROVINCE',
      parent_id: options.parentId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return asId<OrganizationId>(row.id)
}

/** What a test says of a plan (kế hoạch) it inserts; other columns may be given as well. */
export type PlanRow = {
  readonly number: number
  readonly issuerId: OrganizationId
  readonly title: string
} & Partial<Insertable<DirectiveTable>>

/**
 * Inserts a Party plan `<number>-KH/TU` of a tenant, issued on 10 January 2025 unless `columns`
 * say otherwise.
 *
 * @example
 * ```ts
 * const plan = await insertPlan(db, TENANT, { number: 12, issuerId: tu, title: 'Kế hoạch 12' })
 * ```
 */
export async function insertPlan(
  db: ChidaoDatabase,
  tenant: string,
  { number, issuerId, title, ...columns }: PlanRow,
): Promise<DirectiveId> {
  const row = await db.kysely
    .insertInto('directive')
    .values({
      tenant_id: tenant,
      kind: 'PLAN',
      symbol_text: `${number}-KH/TU`,
      symbol_system: 'PARTY',
      symbol_number: number,
      symbol_issuer_code: 'TU',
      issuer_id: issuerId,
      issued_on: '2025-01-10',
      issued_year: 2025,
      title,
      search_key: title.toLowerCase(),
      ...columns,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return asId<DirectiveId>(row.id)
}

/** A task row as a test writes it: its reference names it among the rows of one insert. */
export type TaskRowValues = Omit<Insertable<TaskTable>, 'tenant_id' | 'directive_id'> & {
  readonly reference: string
}

/**
 * Inserts tasks of one document in one statement, as the rows say (the domain's checks are not
 * run), and gives their ids in the order of `rows`.
 *
 * @example
 * ```ts
 * const [id] = await insertTasks(db, TENANT, directive, [
 *   { reference: 'R1', title: 't', search_key: 't', lead_id: so, status: 'IN_PROGRESS' },
 * ])
 * ```
 */
export async function insertTasks(
  db: ChidaoDatabase,
  tenant: string,
  directiveId: DirectiveId,
  rows: readonly TaskRowValues[],
): Promise<TaskId[]> {
  const inserted = await db.kysely
    .insertInto('task')
    .values(rows.map((row) => ({ ...row, tenant_id: tenant, directive_id: directiveId })))
    .returning(['id', 'reference'])
    .execute()
  return rows.map((row) => asId<TaskId>(inserted.find((r) => r.reference === row.reference)!.id))
}

/**
 * Inserts an event into a task's history straight, in the tenant's transaction: a step that
 * leaves the task not started on 1/5/2025, with a reason, then `values` (its type and the
 * columns of that type) — for tests of what the table's own checks refuse.
 *
 * @example
 * ```ts
 * await expect(insertTaskEvent(db, TENANT, task.id, { type: 'EXTENSION_REQUESTED' })).rejects.toThrow()
 * ```
 */
export function insertTaskEvent(
  db: ChidaoDatabase,
  tenant: string,
  taskId: TaskId,
  values: Readonly<Record<string, unknown>>,
): Promise<unknown> {
  return inTenantTransaction(db.kysely, tenant, (trx) =>
    trx
      .insertInto('task_event')
      .values({
        tenant_id: tenant,
        task_id: taskId,
        occurred_on: '2025-05-01',
        from_status: 'NOT_STARTED',
        to_status: 'NOT_STARTED',
        reason: 'Lý do',
        actor: 'test',
        ...values,
      } as never)
      .execute(),
  )
}
