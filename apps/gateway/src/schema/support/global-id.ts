import { decodeGlobalID } from '@pothos/plugin-relay'
import { type GraphQLSchema, isObjectType } from 'graphql'

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
