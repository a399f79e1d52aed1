import type { GraphQLResolveInfo } from 'graphql'
import type { GatewayContext } from '../../context.js'

/**
 * Reads ahead for `nodes(ids:)`: given the ids of one node type (decoded, in the order asked),
 * reads them, and what the selection will ask beside them, in as few statements as it can,
 * and primes the loaders that the nodes and their fields then answer from.
 */
export type NodesPreload = (
  ids: readonly string[],
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => Promise<void>

const preloads = new Map<string, NodesPreload>()

/**
 * Registers the read-ahead of one node type for `nodes(ids:)`; a type with none is loaded by
 * its batched loader alone, as before.
 *
 * @example
 * ```ts
 * preloadNodesWith('Task', primeTaskNodes)
 * ```
 */
export function preloadNodesWith(typename: string, preload: NodesPreload): void {
  preloads.set(typename, preload)
}

/**
 * Runs the read-ahead of every type among `ids` that registered one, each with its own ids,
 * one type after another (they share the request's read transaction).
 */
export async function preloadNodes(
  ids: readonly { readonly id: string; readonly typename: string }[],
  context: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<void> {
  for (const [typename, preload] of preloads) {
    const own = ids.filter((id) => id.typename === typename).map((id) => id.id)
    if (own.length > 0) await preload(own, context, info)
  }
}
