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
import { labelIn } from '../../format/format.js'
import { type ResultOf, readFragment } from '../../graphql/graphql.js'
import { useI18n } from '../../i18n/i18n.js'
import { TaskListResult } from '../task-list-result.js'
import { DepartmentTaskFragment, DepartmentTasksQuery } from './department-tasks-query.js'
import { type DepartmentTasksSearch, departmentTasksVariables } from './department-tasks-search.js'

type DepartmentTask = ResultOf<typeof DepartmentTaskFragment>

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
      <TaskListResult
        tasks={tasks}
        read={(node) => readFragment(DepartmentTaskFragment, node)}
        error={result.error}
        fetching={result.fetching}
        caption={t('taskListCaption')}
        columns={[
          {
            header: t('taskTitle'),
            cell: (task: DepartmentTask) => (
              <Link to="/tasks/$taskId" params={{ taskId: task.id }}>
                {task.title}
              </Link>
            ),
          },
          { header: t('taskDirective'), cell: (task: DepartmentTask) => task.directive.symbol },
        ]}
        standing={{
          header: t('taskStatus'),
          cell: (task) => (
            <>
              {labelIn(TASK_STATUS_LABELS[task.status as TaskStatus], language)}
              {task.timeliness === 'OVERDUE'
                ? ` — ${labelIn(TIMELINESS_LABELS[task.timeliness as Timeliness], language)}`
                : null}
            </>
          ),
        }}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        onMore={setAfter}
      />
    </section>
  )
}
