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
    return found.map((node, i) => (node ? { ...node } : new NodeNotFoundError(typename, ids[i]!)))
  }
}
