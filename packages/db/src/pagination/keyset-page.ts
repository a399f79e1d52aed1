import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type Page,
  type PageEdge,
  type PageRequest,
} from '@chidao/domain'
import {
  type ExpressionBuilder,
  type QueryExecutorProvider,
  type RawBuilder,
  type SelectQueryBuilder,
  sql,
} from 'kysely'

/** The column a first page counts its whole list into. */
const TOTAL = '__total_count'
const PART = '__part'
const RANK = '__rank'

/** Thrown for a cursor this server did not produce, or produced for another ordering. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError'
  constructor(readonly cursor: string) {
    super(`Invalid cursor "${cursor.slice(0, 80)}": use a cursor returned by the same query`)
  }
}

/** How a list is ordered: a sort column and the unique id column that breaks ties. */
export interface KeysetOrder<Row> {
  /** A stable name, written into cursors so that a cursor of another ordering is refused. */
  readonly name: string
  /** The column to sort by; compared with the "C" collation (byte order, index-friendly). */
  readonly sortColumn: string
  /**
   * An expression to sort and seek by instead of `sortColumn`, used as is (no collation): for
   * dates, timestamps and nullable columns, e.g. `coalesce(task.deadline_due, '9999-12-31')`.
   * Cursor values are compared with it as untyped literals, so the database reads them in the
   * expression's type: give `sortValue` a text form that converts back exactly.
   */
  readonly sortExpression?: RawBuilder<unknown>
  readonly idColumn: string
  readonly direction: 'asc' | 'desc'
  /** Reads the sort value back from a row, to build its cursor. */
  readonly sortValue: (row: Row) => string | number
  readonly idValue: (row: Row) => string
}

/**
 * An order of the rows of `table`, its ties broken by their id (`<table>.id`), which every row
 * has and no two share.
 *
 * @example
 * ```ts
 * keysetOrder<OrganizationRow>('organization', {
 *   name: 'code', sortColumn: 'organization.code', direction: 'asc', sortValue: (r) => r.code,
 * })
 * ```
 */
export function keysetOrder<Row extends { readonly id: string }>(
  table: string,
  order: Omit<KeysetOrder<Row>, 'idColumn' | 'idValue'>,
): KeysetOrder<Row> {
  return { ...order, idColumn: `${table}.id`, idValue: (row) => row.id }
}

function encodeCursor(order: string, sortValue: string | number, id: string): string {
  return Buffer.from(JSON.stringify([order, sortValue, id]), 'utf8').toString('base64url')
}

function decodeCursor(cursor: string, order: string): [string | number, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed[0] === order &&
      (typeof parsed[1] === 'string' || typeof parsed[1] === 'number') &&
      typeof parsed[2] === 'string'
    ) {
      return [parsed[1], parsed[2]]
    }
  } catch {
    // fall through: not our cursor
  }
  throw new InvalidCursorError(cursor)
}

function sortExpression<Row>(order: KeysetOrder<Row>) {
  return order.sortExpression ?? sql`${sql.ref(order.sortColumn)} collate "C"`
}

function pageSize(n: number | null | undefined): number {
  if (n === null || n === undefined) return DEFAULT_PAGE_SIZE
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`Page size must be a whole number ≥ 0, got ${n}`)
  return Math.min(n, MAX_PAGE_SIZE)
}

/**
 * Fetches one page by keyset (seek) pagination: `where (sort, id) > (cursor)` on an index,
 * so that page 1,000 costs what page 1 costs and rows inserted meanwhile never shift a page.
 *
 * `totalCount`: on a first page (no cursor) the page query counts its own filtered rows with
 * `count(*) over ()` — one statement and one scan; past a cursor the rows no longer are the
 * whole list, so the same filtered rows are counted beside the page.
 *
 * @example
 * ```ts
 * const page = await keysetPage(trx.selectFrom('organization').select(columns), order, { first: 20 })
 * ```
 */
export async function keysetPage<DB, TB extends keyof DB, Row>(
  filtered: SelectQueryBuilder<DB, TB, Row>,
  order: KeysetOrder<Row>,
  request: PageRequest,
): Promise<Page<Row>> {
  const backward = request.last != null || request.before != null
  const size = pageSize(backward ? request.last : request.first)
  const cursor = backward ? request.before : request.after
  // Reading backwards flips the direction, then the rows are flipped back.
  const ascending = (order.direction === 'asc') !== backward
  let query = filtered
  if (cursor) {
    const [value, id] = decodeCursor(cursor, order.name)
    query = query.where((eb: ExpressionBuilder<DB, TB>) =>
      eb(
        sql`(${sortExpression(order)}, ${sql.ref(order.idColumn)})`,
        ascending ? '>' : '<',
        sql`(${value}, ${id})`,
      ),
    ) as typeof query
  } else {
    query = query.select(sql<string>`count(*) over ()`.as(TOTAL)) as unknown as typeof query
  }
  const dir = ascending ? 'asc' : 'desc'
  const page = query
    .orderBy(sortExpression(order), dir)
    .orderBy(sql.ref(order.idColumn), dir)
    .limit(size + 1)
    .execute() as Promise<Row[]>
  const [rows, totalCount] = cursor
    ? await Promise.all([page, countOf(filtered)])
    : await page.then(
        (r) => [r, Number((r[0] as Record<string, unknown> | undefined)?.[TOTAL] ?? 0)] as const,
      )
  const more = rows.length > size
  const pageRows = rows.slice(0, size)
  if (backward) pageRows.reverse()
  const edges: PageEdge<Row>[] = pageRows.map((row) =>
    Object.freeze({
      node: row,
      cursor: encodeCursor(order.name, order.sortValue(row), order.idValue(row)),
    }),
  )
  return Object.freeze({
    edges: Object.freeze(edges),
    hasNextPage: backward ? Boolean(cursor) : more,
    hasPreviousPage: backward ? more : Boolean(cursor),
    totalCount,
  })
}

/** How many rows a filtered query gives. */
async function countOf<DB, TB extends keyof DB, Row>(
  filtered: SelectQueryBuilder<DB, TB, Row>,
): Promise<number> {
  // The selection's type is lost over generic tables; the row is `{ n }` all the same.
  const row = (await filtered
    .clearSelect()
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow()) as { readonly n: number | string }
  return Number(row.n)
}

/** One list of {@link firstPages}: its filtered rows, their order and the page size asked. */
export interface FirstPageRequest<DB, TB extends keyof DB, Row> {
  readonly filtered: SelectQueryBuilder<DB, TB, Row>
  readonly order: KeysetOrder<Row>
  readonly first?: number | null
}

/**
 * The first pages of many lists in one statement — the lists nested in a list (the tasks of
 * each organisation of a page). Each list is its own parenthesised part of a UNION ALL, with
 * its own index, order and limit, and counts itself with `count(*) over ()`; its rows carry
 * the part's number and their rank, so that they are put back in place whatever order the
 * union returns them in. Pages of a list past a cursor go through {@link keysetPage}.
 */
export async function firstPages<DB, TB extends keyof DB, Row>(
  executor: QueryExecutorProvider,
  lists: readonly FirstPageRequest<DB, TB, Row>[],
): Promise<Page<Row>[]> {
  if (lists.length === 0) return []
  const sizes = lists.map((list) => pageSize(list.first))
  const parts = lists.map((list, index) => {
    const dir = list.order.direction
    const orderSql = sql`${sortExpression(list.order)} ${sql.raw(dir)}, ${sql.ref(list.order.idColumn)} ${sql.raw(dir)}`
    const query = list.filtered
      .select([
        sql<number>`${sql.lit(index)}`.as(PART),
        sql<string>`count(*) over ()`.as(TOTAL),
        sql<string>`row_number() over (order by ${orderSql})`.as(RANK),
      ])
      .orderBy(sortExpression(list.order), dir)
      .orderBy(sql.ref(list.order.idColumn), dir)
      .limit(sizes[index]! + 1)
    return sql`(${query})`
  })
  const result = await sql<Record<string, unknown>>`${sql.join(parts, sql` union all `)}`.execute(
    executor,
  )
  const rowsOf: Record<string, unknown>[][] = lists.map(() => [])
  for (const row of result.rows) rowsOf[Number(row[PART])]!.push(row)
  return lists.map((list, index) => {
    const rows = rowsOf[index]!.sort((a, b) => Number(a[RANK]) - Number(b[RANK]))
    const size = sizes[index]!
    const edges: PageEdge<Row>[] = rows.slice(0, size).map((row) =>
      Object.freeze({
        node: row as Row,
        cursor: encodeCursor(
          list.order.name,
          list.order.sortValue(row as Row),
          list.order.idValue(row as Row),
        ),
      }),
    )
    return Object.freeze({
      edges: Object.freeze(edges),
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      totalCount: Number(rows[0]?.[TOTAL] ?? 0),
    })
  })
}
