import { TIMELINESS_LABELS, type Timeliness } from '@chidao/domain'
import { Link } from '@tanstack/react-router'
import { useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { formatDay, labelIn } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import type { DashboardSearch } from './dashboard-search.js'
import { LeadTasksQuery } from './lead-tasks-query.js'

/**
 * The drill-down from a scorecard line: the tasks the organisation leads under the document
 * and those implementing it, soonest due first, each linking to its page and history.
 */
export function LeadTasks({
  directiveId,
  leadId,
  asOf,
  search,
}: {
  readonly directiveId: string
  readonly leadId: string
  readonly asOf: string
  readonly search: DashboardSearch
}) {
  const { t, language } = useI18n()
  const [result] = useQuery({ query: LeadTasksQuery, variables: { directiveId, leadId, asOf } })
  const name = result.data?.organization?.name ?? ''
  const title = `${t('dashLeadTasksTitle')} ${name}`
  return (
    <section id="dash-lead-tasks" aria-labelledby="dash-lead-tasks-title">
      <h2 id="dash-lead-tasks-title">{title}</h2>
      <Link to="/dashboard" search={{ directive: search.directive, asOf: search.asOf }}>
        {t('dashCloseLead')}
      </Link>
      {result.error ? <ErrorMessage error={result.error} /> : null}
      {result.data ? (
        <ul className="dash-tasks">
          {result.data.tasks.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to="/tasks/$taskId" params={{ taskId: node.id }}>
                {node.directive.symbol} {node.reference ?? ''} — {node.title}
              </Link>
              <span className="dash-task-meta">
                {' · '}
                {node.due ? formatDay(node.due, language) : (node.deadline?.text ?? t('noDate'))}
                {' · '}
                {node.timeliness
                  ? labelIn(TIMELINESS_LABELS[node.timeliness as Timeliness], language)
                  : labelIn(node.statusLabel, language)}
              </span>
            </li>
          ))}
        </ul>
      ) : result.fetching ? (
        <p aria-live="polite">{t('loading')}</p>
      ) : null}
    </section>
  )
}
