import type { PageRequest } from '@chidao/domain'

/**
 * What a list is asked for: a page, the rows it keeps and their order (each list's default when
 * absent).
 *
 * @example
 * ```ts
 * const request: ListRequest<OrganizationFilter, OrganizationOrder> = { filter: { rootsOnly: true }, first: 20 }
 * ```
 */
export type ListRequest<Filter, Order> = PageRequest & {
  readonly filter?: Filter | null
  readonly orderBy?: Order | null
}
