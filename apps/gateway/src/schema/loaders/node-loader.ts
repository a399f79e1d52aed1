import { NodeNotFoundError } from '../support/global-id.js'

/**
 * The batched load of a node type (a `load` of `loadableNodeRef`), from its store's look-up
 * by ids (a batched read of `@chidao/app`): a copy of each record found (domain objects are frozen, and Pothos marks loaded
 * objects with their type), and a {@link NodeNotFoundError} for an id with none.
 *
 * @example
 * ```ts
 * export const loadTasks = nodeLoader('Task', async (ids, context) =>
 *   queryResultOf(await loadTasksByIds(useCaseContext(context), { ids: ids as TaskId[] })),
 * )
 * ```
 */
export function nodeLoader<T extends object, Context>(
  typename: string,
  findByIds: (ids: string[], context: Context) => Promise<readonly (T | null)[]>,
): (ids: string[], context: Context) => Promise<(T | Error)[]> {
  return async (ids, context) => {
    const found = await findByIds(ids, context)
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
