import type { UseCaseContext, UseCaseResult } from '@chidao/app'
import type { GatewayContext } from '../../context.js'
import { NodeNotFoundError } from '../support/global-id.js'
import { queryResultOf } from '../support/query-result.js'
import { type GatewayPorts, useCaseContext } from '../support/use-case-call.js'

/**
 * The batched load of a node type (a `load` of `loadableNodeRef`), from the batched read of
 * `@chidao/app` that finds its records by ids (`loadTasksByIds`, `loadDirectivesByIds`…): one
 * statement for every id asked in a tick, a copy of each record found (domain objects are
 * frozen, and Pothos marks loaded objects with their type), and a {@link NodeNotFoundError} for
 * an id with none — a record the caller may not see is not found, as one that does not exist.
 *
 * @example
 * ```ts
 * export const loadTasks = nodeLoader('Task', loadTasksByIds)
 * ```
 */
export function nodeLoader<T extends object, Id extends string>(
  typename: string,
  readByIds: (
    context: UseCaseContext<GatewayPorts>,
    input: { readonly ids: readonly Id[] },
  ) => Promise<UseCaseResult<readonly (T | null)[], string>>,
): (ids: string[], context: GatewayContext) => Promise<(T | Error)[]> {
  return async (ids, context) => {
    const found = queryResultOf(await readByIds(useCaseContext(context), { ids: ids as Id[] }))
    return found.map((node, i) => nodeAnswer(typename, ids[i]!, node))
  }
}

/**
 * What a node loader answers for one id: a copy of the record found, or a
 * {@link NodeNotFoundError} where the caller sees none. Whatever primes a node loader gives it
 * the same answers.
 *
 * @example
 * ```ts
 * TaskNode.getDataloader(context).prime(id, nodeAnswer('Task', id, task))
 * ```
 */
export function nodeAnswer<T extends object>(
  typename: string,
  id: string,
  node: T | null | undefined,
): T | NodeNotFoundError {
  return node ? { ...node } : new NodeNotFoundError(typename, id)
}
