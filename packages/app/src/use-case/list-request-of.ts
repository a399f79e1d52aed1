import type { PageRequest } from '@chidao/domain'

/** What a list use case is asked: a page, and optionally a filter and an order. */
export interface ListInput<Filter, Order> extends PageRequest {
  readonly filter?: Filter | null
  readonly orderBy?: Order | null
}

/** A request for one page of a filtered, ordered list, as the readers' `list` methods take it. */
export interface ListRequest<Filter, Order> extends PageRequest {
  readonly filter: Filter | null
  readonly orderBy: Order
}

/**
 * The request a list use case gives its reader: the page asked for, field by field, so that
 * nothing else of the input reaches the port; the filter, or none; the order, or the list's
 * default.
 *
 * @example
 * ```ts
 * context.ports.directives.list(listRequestOf(input, 'ISSUED_DESC'))
 * ```
 */
export function listRequestOf<Filter, Order>(
  input: ListInput<Filter, Order>,
  defaultOrder: Order,
): ListRequest<Filter, Order> {
  return {
    ...pageAskedFor(input),
    filter: input.filter ?? null,
    orderBy: input.orderBy ?? defaultOrder,
  }
}

/**
 * The page a list use case was asked for, field by field, so that nothing else of its input
 * reaches the port.
 *
 * @example
 * ```ts
 * context.ports.reminders.reminders({ ...pageAskedFor(input), scope, filter: null })
 * ```
 */
export function pageAskedFor(input: PageRequest): PageRequest {
  return { first: input.first, after: input.after, last: input.last, before: input.before }
}
