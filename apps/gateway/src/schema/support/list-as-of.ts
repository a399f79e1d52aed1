import { createContextCache } from '@pothos/core'
import type { GatewayContext } from '../../context.js'

/** The day each node of a list was listed as of, for the request: weakly held. */
const listedAsOf = createContextCache(() => new WeakMap<object, string>())

/**
 * Marks the nodes of a list with the `asOf` the list was given, so that a field of a node
 * judged on a day (`Task.timeliness`) answers as of that day unless it is given one of its
 * own: `tasks(asOf: "2026-06-30") { edges { node { timeliness } } }` judges every node on
 * 30/6/2026. A list given no `asOf` marks nothing, and its nodes judge on today.
 *
 * @example
 * ```ts
 * markListedAsOf(context, page.edges.map((e) => e.node), args.asOf)
 * ```
 */
export function markListedAsOf(
  context: GatewayContext,
  nodes: readonly object[],
  asOf: string | null | undefined,
): void {
  if (asOf == null) return
  const marks = listedAsOf(context)
  for (const node of nodes) marks.set(node, asOf)
}

/**
 * The day a node's field judges on: its own argument, else the `asOf` of the list it was
 * listed in ({@link markListedAsOf}), else `undefined` (today).
 *
 * @example
 * ```ts
 * asOfDay(asOfFor(context, task, args.asOf), () => context.clock.today())
 * ```
 */
export function asOfFor(
  context: GatewayContext,
  node: object,
  own: string | null | undefined,
): string | null | undefined {
  return own ?? listedAsOf(context).get(node)
}
