import type { GraphQLResolveInfo } from 'graphql'
import type { GatewayContext } from '../context.js'

/** A global id as `nodes(ids:)` parsed it. */
export interface ParsedNodeId {
  readonly typename: string
  readonly id: string
}

/**
 * Reads ahead, for `nodes(ids:)`, what the selection will ask of the nodes of one type, and
 * primes the loaders with it. Registered by the type's own file; the builder cannot import the
 * types, which import it.
 */
export type NodePreloader = (
  ids: readonly ParsedNodeId[],
  context: GatewayContext,
  info: GraphQLResolveInfo,
) => Promise<void>

const preloaders: NodePreloader[] = []

/** Adds a preloader, run before every `nodes(ids:)` resolves its nodes. */
export function addNodePreloader(preloader: NodePreloader): void {
  preloaders.push(preloader)
}

/** Runs every preloader on the ids of a `nodes(ids:)` request. */
export async function preloadNodes(
  ids: readonly ParsedNodeId[],
  context: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<void> {
  await Promise.all(preloaders.map((preload) => preload(ids, context, info)))
}
