import { countTaskLists, type TaskFilter } from '@chidao/app'
import type { DirectiveId, Timeliness } from '@chidao/domain'
import { createContextCache } from '@pothos/core'
import DataLoader from 'dataloader'
import { type GraphQLResolveInfo, Kind } from 'graphql'
import type { GatewayContext } from '../../context.js'
import { queryResultOf } from '../support/query-result.js'
import { useCaseContext } from '../support/use-case-call.js'

export interface CountRequest {
  readonly key: string
  readonly filter: TaskFilter
  readonly asOf: string
}

/**
 * Counts of task lists nested in a list (the tasks of each document of a chain, of each
 * organisation of a page), batched per request: every count asked in one tick becomes one SQL
 * statement, whatever the number of parents.
 */
export const taskCountLoader = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<CountRequest, number, string>(
      async (requests) => {
        const byDay = new Map<string, CountRequest[]>()
        for (const r of requests) byDay.set(r.asOf, [...(byDay.get(r.asOf) ?? []), r])
        const answers = new Map<string, number>()
        for (const [asOf, group] of byDay) {
          const counts = queryResultOf(
            await countTaskLists(useCaseContext(context), {
              lists: group.map((r) => ({ key: countKey(r), filter: r.filter })),
              asOf,
            }),
          )
          for (const [key, n] of counts) answers.set(key, n)
        }
        return requests.map((r) => answers.get(countKey(r)) ?? 0)
      },
      { cacheKeyFn: countKey },
    ),
)

/**
 * The count of a document's tasks (`directive { tasks { totalCount } }`) as the loader is asked
 * for it: by the `tasks` field and by the look-ahead that primes it.
 */
export function directiveTaskCount(
  directiveId: DirectiveId,
  options: {
    readonly includeImplementing: boolean
    readonly timeliness: readonly Timeliness[] | null
  },
  asOf: string,
): CountRequest {
  const filter = {
    directiveId,
    includeImplementing: options.includeImplementing,
    timeliness: options.timeliness,
  }
  return { key: directiveId, filter, asOf }
}

function countKey(r: CountRequest): string {
  return JSON.stringify([r.key, r.asOf, r.filter])
}

/**
 * Whether a connection field asks for nothing but its total (`tasks { totalCount }`), so that
 * the batched count can answer it without fetching a page.
 */
export function asksOnlyTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (selection) =>
        selection.kind === Kind.FIELD &&
        (selection.name.value === 'totalCount' || selection.name.value === '__typename'),
    ),
  )
}

/** A connection holding only its total: what a totals-only selection reads. */
export function totalOnlyConnection(totalCount: number) {
  return {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount,
  }
}
