import type { Insertable } from 'kysely'

/**
 * The columns of `Table` that a column mapping writes: every column an INSERT may set except
 * those named in `SetByWriter` (identity, natural keys, links and bookkeeping, which each writer
 * sets in its own way), each one required. A column added to the schema then fails to compile
 * until a mapping writes it or names it as set by the writers.
 *
 * @example
 * ```ts
 * // source_id, target_id, type and effective_on, all required
 * type RelationColumns = WrittenColumns<DirectiveRelationTable, 'tenant_id'>
 * ```
 */
export type WrittenColumns<Table, SetByWriter extends keyof Table> = Required<
  Omit<Insertable<Table>, SetByWriter>
>
