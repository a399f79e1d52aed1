import type { DirectiveId, OrganizationId, ProgressReportId, TaskId } from '@chidao/domain'
import { decodeGlobalID } from '@pothos/plugin-relay'
import { type GraphQLSchema, isObjectType } from 'graphql'
import { queryError } from '../../query-error.js'

/**
 * Decodes a global ID and checks its type; `null` for an ID that is malformed or names another
 * type, so a wrong ID reads as "not found" rather than as a server error.
 */
export function localIdOf(globalId: string, typename: string): string | null {
  try {
    const decoded = decodeGlobalID(globalId)
    return decoded.typename === typename ? decoded.id : null
  } catch {
    return null
  }
}

/** The local id of each type of record an argument names by its global ID. */
export interface LocalIds {
  readonly Directive: DirectiveId
  readonly Organization: OrganizationId
  readonly ProgressReport: ProgressReportId
  readonly Task: TaskId
  readonly UrgingChannel: string
  readonly ReminderDelivery: string
}

/** An id no record has: what a global ID naming nothing of its type is looked up as. */
export const NO_RECORD = '00000000-0000-0000-0000-000000000000'

/**
 * The local id to look up a record by, from a global ID given to a filter or a query
 * argument: one that is malformed or names another type is looked up as an id no record has,
 * so that it matches nothing instead of being ignored; `null` when none is given.
 *
 * @example
 * ```ts
 * lookUpIdOf(filter.parentId, 'Organization') // null, the parent's id, or an id of nothing
 * ```
 */
export function lookUpIdOf<T extends keyof LocalIds>(
  globalId: unknown,
  typename: T,
): LocalIds[T] | null {
  if (globalId == null) return null
  return (localIdOf(String(globalId), typename) ?? NO_RECORD) as LocalIds[T]
}

/**
 * Decodes a global ID given to an `ID` argument that Relay reads (`node(id:)`, `nodes(ids:)`):
 * one that is no global ID at all is refused with code `INVALID_ID`, in English and Vietnamese,
 * instead of Pothos's English-only message with no code.
 */
export function decodeNodeId(globalId: string): { typename: string; id: string } {
  try {
    return decodeGlobalID(globalId)
  } catch {
    const shown = JSON.stringify(globalId.slice(0, 80))
    throw queryError({
      code: 'INVALID_ID',
      en: `Not an ID given by this server: ${shown}; send an object's id as you received it`,
      vi: `Không phải mã định danh (id) do hệ thống này cấp: ${shown}; hãy gửi lại id của đối tượng đúng như đã nhận`,
    })
  }
}

/**
 * What a node loader gives for an id with no record the caller may see. `node(id:)` and
 * `nodes(ids:)` answer null for it ("no such node", as Relay says); a field that should point at
 * a record and finds none still fails.
 */
export class NodeNotFoundError extends Error {
  override readonly name = 'NodeNotFoundError'
  constructor(typename: string, id: string) {
    super(`No ${typename} ${id.slice(0, 80)}`)
  }
}

/** The node, or null when it was not found; other errors go on. */
export async function nodeOrNull(node: unknown): Promise<unknown> {
  try {
    const value = await node
    return value instanceof NodeNotFoundError ? null : value
  } catch (error) {
    if (error instanceof NodeNotFoundError) return null
    throw error
  }
}

/** Whether a global ID's type name is an object type of the schema that implements Node. */
export function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename)
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')
}
