/**
 * A request for one page of a list, in Relay's terms: `first` items after the `after` cursor,
 * or `last` items before the `before` cursor. Cursors are opaque strings produced by the
 * repository that returned the previous page.
 */
export interface PageRequest {
  readonly first?: number | null
  readonly after?: string | null
  readonly last?: number | null
  readonly before?: string | null
}

/** One item of a page with the cursor that points at it. */
export interface PageEdge<T> {
  readonly node: T
  readonly cursor: string
}

/**
 * A page of a list: the items, whether more lie on either side, and how many items the whole
 * filtered list holds.
 */
export interface Page<T> {
  readonly edges: readonly PageEdge<T>[]
  readonly hasNextPage: boolean
  readonly hasPreviousPage: boolean
  readonly totalCount: number
}

/**
 * The largest page a repository returns, whatever is asked.
 *
 * @example
 * ```ts
 * repository.list({ first: 10_000 }) // returns at most MAX_PAGE_SIZE items
 * ```
 */
export const MAX_PAGE_SIZE = 500
/**
 * The page size used when a request names none.
 *
 * @example
 * ```ts
 * repository.list({}) // returns the first DEFAULT_PAGE_SIZE items
 * ```
 */
export const DEFAULT_PAGE_SIZE = 50
