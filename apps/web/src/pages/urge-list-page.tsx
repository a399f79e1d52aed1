import { TIMELINESS_LABELS, type Timeliness } from '@chidao/domain'
import { useMemo, useState } from 'react'
import { useQuery } from 'urql'
import { labelIn, todayInVietnam } from '../format/format.js'
import { type ResultOf, readFragment } from '../graphql/graphql.js'
import { useI18n } from '../i18n/i18n.js'
import type { SearchInAddress } from './search-in-address.js'
import { TaskListResult } from './task-list-result.js'
import { type UrgeListSearch, urgeListVariables } from './urge-list-filter.js'
import { UrgeListFilterForm } from './urge-list-filter-form.js'
import { UrgedTaskFragment, UrgeListQuery } from './urge-list-query.js'

type UrgedTask = ResultOf<typeof UrgedTaskFragment>

/**
 * The clerk's urge list: tasks overdue or falling due, filtered by organisation subtree,
 * document and period, earliest deadline first, fifty at a time.
 */
export function UrgeListPage({ search, onSearch }: SearchInAddress<UrgeListSearch>) {
  const { t, language } = useI18n()
  const today = todayInVietnam()
  const [after, setAfter] = useState<string | null>(null)
  const variables = useMemo(
    () => ({ ...urgeListVariables(search, today), after }),
    [search, today, after],
  )
  const [result, reexecute] = useQuery({ query: UrgeListQuery, variables })
  const tasks = result.data?.tasks
  return (
    <section aria-labelledby="urge-list-title">
      <h1 id="urge-list-title">{t('urgeListTitle')}</h1>
      <p>{t('urgeListIntro')}</p>
      <UrgeListFilterForm
        search={search}
        onSearch={(next) => {
          setAfter(null)
          onSearch(next)
        }}
      />
      <TaskListResult
        tasks={tasks}
        read={(node) => readFragment(UrgedTaskFragment, node)}
        error={result.error}
        fetching={result.fetching}
        caption={t('tasksCaption')}
        columns={[
          { header: t('colTitle'), cell: (task: UrgedTask) => task.title },
          { header: t('colLead'), cell: (task: UrgedTask) => task.lead.name },
          { header: t('colDirective'), cell: (task: UrgedTask) => task.directive.symbol },
        ]}
        standing={{
          header: t('colStatus'),
          cell: (task) =>
            task.timeliness
              ? labelIn(TIMELINESS_LABELS[task.timeliness as Timeliness], language)
              : labelIn(task.statusLabel, language),
        }}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        onMore={setAfter}
      />
    </section>
  )
}
