import type { ReactNode } from 'react'
import type { CombinedError } from 'urql'
import { ErrorMessage } from '../errors/error-message.js'
import { formatDay } from '../format/format.js'
import { useI18n } from '../i18n/i18n.js'

/** What a row of a task list shows of a task, whatever the query that read it. */
export interface TaskListRow {
  readonly id: string
  readonly reference: string | null
  readonly due: string | null
  readonly progress: number | null
  readonly deadline: { readonly text: string } | null
}

/** A page of tasks as a Relay connection answers it. */
export interface TaskListPage<Row extends TaskListRow> {
  readonly totalCount: number
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null }
  readonly edges: readonly { readonly node: Row }[]
}

/** One column between the item and the deadline, or the standing after it. */
export interface TaskListColumn<Row> {
  readonly header: string
  readonly cell: (task: Row) => ReactNode
}

/**
 * A list of tasks as every page shows one: the error of its query (with a retry), the total,
 * the table — item, the page's own columns, the deadline as a day (or as written when it has
 * none), the standing, the progress — scrolling on its own on a phone, and the next page.
 */
export function TaskListResult<Row extends TaskListRow>({
  tasks,
  error,
  fetching,
  caption,
  columns,
  standing,
  onRetry,
  onMore,
}: {
  readonly tasks: TaskListPage<Row> | undefined
  readonly error: CombinedError | undefined
  readonly fetching: boolean
  readonly caption: string
  /** The columns after the item: the title, and what else the page shows. */
  readonly columns: readonly TaskListColumn<Row>[]
  readonly standing: TaskListColumn<Row>
  readonly onRetry: () => void
  readonly onMore: (after: string | null) => void
}) {
  const { t, language } = useI18n()
  return (
    <>
      {error ? <ErrorMessage error={error} onRetry={onRetry} /> : null}
      {tasks ? (
        <>
          <p aria-live="polite">
            {t('total')}: <strong>{tasks.totalCount.toLocaleString(language)}</strong>
          </p>
          {tasks.edges.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            // A wide table scrolls on its own on a phone: focusable, so the keyboard scrolls it
            // too (WCAG 2.1.1; axe's scrollable-region-focusable).
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
            <section className="table-scroll" tabIndex={0} aria-label={caption}>
              <table>
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colReference')}</th>
                    {columns.map((column) => (
                      <th scope="col" key={column.header}>
                        {column.header}
                      </th>
                    ))}
                    <th scope="col">{t('colDue')}</th>
                    <th scope="col">{standing.header}</th>
                    <th scope="col">{t('colProgress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {tasks.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>{node.reference ?? '—'}</td>
                      {columns.map((column) => (
                        <td key={column.header}>{column.cell(node)}</td>
                      ))}
                      <td>
                        {node.due
                          ? formatDay(node.due, language)
                          : (node.deadline?.text ?? t('noDate'))}
                      </td>
                      <td>{standing.cell(node)}</td>
                      <td>{node.progress === null ? '—' : `${Math.round(node.progress)}%`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {tasks.pageInfo.hasNextPage ? (
            <button type="button" onClick={() => onMore(tasks.pageInfo.endCursor ?? null)}>
              {t('more')}
            </button>
          ) : null}
        </>
      ) : fetching ? (
        <p aria-live="polite">{t('loading')}</p>
      ) : null}
    </>
  )
}
