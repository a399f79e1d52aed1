import { loadTaskPage, loadTaskPages, type TaskFilter, type TaskOrder } from '@chidao/app'
import type { IsoDate, Page, Task } from '@chidao/domain'
import { createContextCache } from '@pothos/core'
import DataLoader from 'dataloader'
import type { GatewayContext } from '../../context.js'
import { pageRequest } from '../support/connection.js'
import { queryResultOf } from '../support/query-result.js'
import { useCaseContext } from '../support/use-case-call.js'

interface FirstPageRequest {
  /** The parent the list hangs on (an organisation, a document). */
  readonly key: string
  readonly filter: TaskFilter
  readonly asOf: IsoDate
  readonly orderBy: TaskOrder
  readonly first: number | null
}

/**
 * First pages of task lists nested in a list (`organizations { tasks(first: 5) { edges … } }`),
 * batched per request: every first page asked in one tick becomes one SQL statement, whatever
 * the number of parents. Pages past a cursor are asked one by one (`tasks.list`).
 */
export const taskPageLoader = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<FirstPageRequest, Page<Task>, string>(
      async (requests) => {
        const byDay = new Map<IsoDate, FirstPageRequest[]>()
        for (const r of requests) byDay.set(r.asOf, [...(byDay.get(r.asOf) ?? []), r])
        const answers = new Map<string, Page<Task>>()
        for (const [asOf, group] of byDay) {
          const pages = queryResultOf(
            await loadTaskPages(useCaseContext(context), {
              lists: group.map((r) => ({ ...r, key: pageKey(r) })),
              asOf,
            }),
          )
          for (const [key, page] of pages) answers.set(key, page)
        }
        return requests.map((r) => answers.get(pageKey(r)) ?? new Error('page not loaded'))
      },
      { cacheKeyFn: pageKey },
    ),
)

function pageKey(r: FirstPageRequest): string {
  return JSON.stringify([r.key, r.asOf, r.orderBy, r.first, r.filter])
}

/** Whether a connection's arguments ask for a first page (no cursor, not from the end). */
export function isFirstPage(args: {
  readonly after?: string | null
  readonly before?: string | null
  readonly last?: number | null
}): boolean {
  return args.after == null && args.before == null && args.last == null
}

/** The page a nested task list asks for, and what the list is. */
export interface NestedTaskPageRequest {
  readonly asOf: IsoDate
  readonly orderBy: TaskOrder
  readonly filter: TaskFilter
}

/**
 * A task list hanging on a parent: a first page through the batching loader (one statement for
 * all the parents of a list), a page past a cursor on its own.
 */
export function nestedTaskPage(
  context: GatewayContext,
  parentId: string,
  args: {
    first?: number | null
    after?: string | null
    last?: number | null
    before?: string | null
  },
  request: NestedTaskPageRequest,
): Promise<Page<Task>> {
  if (isFirstPage(args)) {
    return taskPageLoader(context).load({ key: parentId, first: args.first ?? null, ...request })
  }
  return loadTaskPage(useCaseContext(context), { ...pageRequest(args), ...request }).then(
    queryResultOf,
  )
}
