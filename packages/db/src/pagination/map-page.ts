import type { Page } from '@chidao/domain'

/**
 * A page of rows as read, as a page of frozen records: the same cursors, flags and count.
 *
 * @example
 * ```ts
 * return mapPage(await keysetPage(filtered, order, request), toOrganization)
 * ```
 */
export function mapPage<Row, T>(page: Page<Row>, toRecord: (row: Row) => T): Page<T> {
  return Object.freeze({
    ...page,
    edges: Object.freeze(
      page.edges.map((edge) => Object.freeze({ node: toRecord(edge.node), cursor: edge.cursor })),
    ),
  })
}
