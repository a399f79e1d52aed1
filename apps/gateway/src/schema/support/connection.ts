import type { UseCaseContext, UseCaseResult } from '@chidao/app'
import type { Page, PageRequest } from '@chidao/domain'
import { builder } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import { queryError } from '../../query-error.js'
import { type GatewayPorts, useCaseContext } from '../../use-case-context.js'
import { queryResultOf } from './query-result.js'

/** The Relay connection shape Pothos expects, plus the total. */
export interface ConnectionResult<T> {
  edges: { node: T; cursor: string }[]
  pageInfo: {
    hasNextPage: boolean
    hasPreviousPage: boolean
    startCursor: string | null
    endCursor: string | null
  }
  totalCount: number
}

/** Turns a repository page into a Relay connection. */
export function connectionFromPage<T>(page: Page<T>): ConnectionResult<T> {
  const edges = page.edges.map((edge) => ({ node: edge.node, cursor: edge.cursor }))
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  }
}

/**
 * Reads Relay's pagination arguments; a negative `first` or `last` is refused with
 * VALIDATION, its path naming the argument (a cursor of another list is refused by `maskError`).
 */
export function pageRequest(args: {
  first?: number | null
  after?: string | null
  last?: number | null
  before?: string | null
}): PageRequest {
  for (const name of ['first', 'last'] as const) {
    const n = args[name]
    if (n != null && n < 0) {
      throw queryError(
        {
          code: 'VALIDATION',
          en: `${name} must be 0 or more, got ${n}`,
          vi: `${name} phải từ 0 trở lên, nhận được ${n}`,
        },
        { path: [name] },
      )
    }
  }
  return { first: args.first, after: args.after, last: args.last, before: args.before }
}

/**
 * A connection field's page, listed by a list use case: Relay's arguments read by
 * {@link pageRequest}, the rest of the use case's input (its filter, its order) given, and a
 * failure thrown as a query error (`queryResultOf`).
 *
 * @example
 * ```ts
 * resolve: (organization, args, context) =>
 *   listConnection(listOrganizations, context, args, {
 *     filter: { parentId: organization.id },
 *     orderBy: args.orderBy ?? 'NAME_ASC',
 *   }),
 * ```
 */
export async function listConnection<Input extends object, T>(
  list: (
    context: UseCaseContext<GatewayPorts>,
    input: PageRequest & Input,
  ) => Promise<UseCaseResult<Page<T>, string>>,
  context: GatewayContext,
  args: Parameters<typeof pageRequest>[0],
  input: Input,
): Promise<ConnectionResult<T>> {
  return connectionFromPage(
    queryResultOf(await list(useCaseContext(context), { ...pageRequest(args), ...input })),
  )
}

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole filtered list holds, across all pages.',
    resolve: (connection) => connection.totalCount,
  }),
)
