import type { Page } from '@chidao/domain'
import type { UseCase } from './define-use-case.js'
import { defineUseCase } from './define-use-case.js'
import { type ListInput, listRequestOf } from './list-request-of.js'

/** A reader of one list: one page of it, filtered and ordered as asked. */
export interface ListReader<Filter, Order, Node> {
  list(request: ListInput<Filter, Order>): Promise<Page<Node>>
}

/**
 * Defines a list use case that hands the list request to its reader and answers the page, with
 * the total of the filtered list: the page asked for, the filter or none, the order asked or
 * `defaultOrder`. It cannot fail (a cursor of another list is a bug); what the caller may not
 * see is left out by the reader, as if it did not exist.
 *
 * @example
 * ```ts
 * export const listDirectives = defineListUseCase(
 *   'listDirectives',
 *   'ISSUED_DESC',
 *   (ports: ListDirectivesPorts) => ports.directives,
 * )
 * ```
 */
export function defineListUseCase<Ports, Filter, Order, Node>(
  name: string,
  defaultOrder: NoInfer<Order>,
  readerOf: (ports: Ports) => ListReader<Filter, Order, Node>,
): UseCase<Ports, ListInput<Filter, Order>, Page<Node>, never> {
  return defineUseCase<Ports, Page<Node>, never, ListInput<Filter, Order>>({
    name,
    errors: [],
    run: (context, input) => readerOf(context.ports).list(listRequestOf(input, defaultOrder)),
  })
}
