import {
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  type TaskStatus,
  TIMELINESS_LABELS,
  type Timeliness,
} from '@chidao/domain'
import { Link } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { formatDay, labelIn } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import { DepartmentTasksQuery } from './department-tasks-query.js'
import { type DepartmentTasksSearch, departmentTasksVariables } from './department-tasks-search.js'

/**
 * A department's own tasks (nhiệm vụ của đơn vị): those its organisation leads, filtered by
 * status, soonest due first, each leading to its task page.
 */
export function DepartmentTasksPage({
  organization,
  search,
  onSearch,
}: {
  readonly organization: string | null
  readonly search: DepartmentTasksSearch
  readonly onSearch: (search: DepartmentTasksSearch) => void
}) {
  const { t, language } = useI18n()
  const [after, setAfter] = useState<string | null>(null)
  const variables = useMemo(
    () => departmentTasksVariables(organization ?? '', search, after),
    [organization, search, after],
  )
  const [result, reexecute] = useQuery({
    query: DepartmentTasksQuery,
    variables,
    pause: !organization,
  })
  const tasks = result.data?.tasks
  return (
    <section aria-labelledby="department-tasks-title">
      <h1 id="department-tasks-title">{t('taskListTitle')}</h1>
      <p>{t('taskListIntro')}</p>
      {!organization ? (
        <p>{t('taskListNoOrganization')}</p>
      ) : (
        <>
          <p>
            {t('taskListOrganization')}: <strong>{organization}</strong>
          </p>
          <div className="filters">
            <label>
              {t('taskListStatus')}{' '}
              <select
                value={search.status ?? ''}
                onChange={(event) => {
                  setAfter(null)
                  const status = event.target.value as TaskStatus | ''
                  onSearch(status ? { status } : {})
                }}
              >
                <option value="">{t('taskListStatusAll')}</option>
                {TASK_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {labelIn(TASK_STATUS_LABELS[status], language)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </>
      )}
      {result.error ? (
        <ErrorMessage
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {tasks ? (
        <>
          <p aria-live="polite">
            {t('total')}: <strong>{tasks.totalCount.toLocaleString(language)}</strong>
          </p>
          {tasks.edges.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
            <section className="table-scroll" tabIndex={0} aria-label={t('taskListCaption')}>
              <table>
                <caption>{t('taskListCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('taskReference')}</th>
                    <th scope="col">{t('taskTitle')}</th>
                    <th scope="col">{t('taskDirective')}</th>
                    <th scope="col">{t('taskDue')}</th>
                    <th scope="col">{t('taskStatus')}</th>
                    <th scope="col">{t('taskProgress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {tasks.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>{node.reference ?? '—'}</td>
                      <td>
                        <Link to="/tasks/$taskId" params={{ taskId: node.id }}>
                          {node.title}
                        </Link>
                      </td>
                      <td>{node.directive.symbol}</td>
                      <td>
                        {node.due
                          ? formatDay(node.due, language)
                          : (node.deadline?.text ?? t('noDate'))}
                      </td>
                      <td>
                        {labelIn(TASK_STATUS_LABELS[node.status as TaskStatus], language)}
                        {node.timeliness === 'OVERDUE'
                          ? ` — ${labelIn(TIMELINESS_LABELS[node.timeliness as Timeliness], language)}`
                          : null}
                      </td>
                      <td>{node.progress === null ? '—' : `${Math.round(node.progress)}%`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {tasks.pageInfo.hasNextPage ? (
            <button type="button" onClick={() => setAfter(tasks.pageInfo.endCursor ?? null)}>
              {t('more')}
            </button>
          ) : null}
        </>
      ) : result.fetching ? (
        <p aria-live="polite">{t('loading')}</p>
      ) : null}
    </section>
  )
}
