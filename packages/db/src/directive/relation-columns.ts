import type { DirectiveRelationTable } from '../schema.js'
import type { WrittenColumns } from '../written-columns.js'

/** A relation between two directives, both resolved to ids. */
export interface RelationFields {
  readonly sourceId: string
  readonly targetId: string
  readonly type: string
  readonly effectiveOn: string
}

/** Every column of a relation but its tenant. */
export type RelationColumns = WrittenColumns<DirectiveRelationTable, 'tenant_id'>

/**
 * The column values of a relation; its key is source, target and type.
 *
 * @example
 * ```ts
 * relationColumns({ sourceId, targetId, type: 'IMPLEMENTS', effectiveOn: '2021-03-15' })
 * ```
 */
export function relationColumns(r: RelationFields): RelationColumns {
  return {
    source_id: r.sourceId,
    target_id: r.targetId,
    type: r.type,
    effective_on: r.effectiveOn,
  }
}
