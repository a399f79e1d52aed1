import type { ReactNode } from 'react'
import type { CombinedError } from 'urql'
import { ErrorMessage } from '../errors/error-message.js'
import { formatDay } from '../format/format.js'
import { type FragmentOf, graphql, readFragment } from '../graphql/graphql.js'
import { useI18n } from '../i18n/i18n.js'

/**
 * What every task list shows of a task, whatever the page: the item, the deadline (a day, or
 * as written when it has none) and the progress. A page's own row fragment spreads it.
 */
export const TaskListRowFragment = graphql(`
  fragment TaskListRow on Task {
    id
    reference
    due
    progress
    deadline {
      text
    }
  }
`)

/** A page of tasks as a Relay connection answers it, each node as the page's query reads it. */
export interface TaskListPage<Node> {
  readonly totalCount: number
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null }
  readonly edges: readonly { readonly node: Node }[]
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
export function TaskListResult<Node, Row extends FragmentOf<typeof TaskListRowFragment>>({
  tasks,
  read,
  error,
  fetching,
  caption,
  columns,
  standing,
  onRetry,
  onMore,
}: {
  readonly tasks: TaskListPage<Node> | undefined
  /** Reads a node through the page's row fragment (which spreads {@link TaskListRowFragment}). */
  readonly read: (node: Node) => Row
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
                  {tasks.edges.map(({ node }) => {
                    const row = read(node)
                    const task = readFragment(TaskListRowFragment, row)
                    return (
                      <tr key={task.id}>
                        <td>{task.reference ?? '—'}</td>
                        {columns.map((column) => (
                          <td key={column.header}>{column.cell(row)}</td>
                        ))}
                        <td>
                          {task.due
                            ? formatDay(task.due, language)
                            : (task.deadline?.text ?? t('noDate'))}
                        </td>
                        <td>{standing.cell(row)}</td>
                        <td>{task.progress === null ? '—' : `${Math.round(task.progress)}%`}</td>
                      </tr>
                    )
                  })}
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
