import { useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { formatDay, labelIn } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import { TaskQuery } from './task-query.js'

/**
 * A task and its history (a minimal page the dashboard links to; the full task page with its
 * progress reports is built beside the department's work).
 */
export function TaskPage({ taskId }: { readonly taskId: string }) {
  const { t, language } = useI18n()
  const [result] = useQuery({ query: TaskQuery, variables: { id: taskId } })
  const task = result.data?.node && 'title' in result.data.node ? result.data.node : null
  if (result.error) return <ErrorMessage error={result.error} />
  if (!task)
    return result.fetching ? <p aria-live="polite">{t('loading')}</p> : <p>{t('taskNotFound')}</p>
  return (
    <section aria-labelledby="task-title">
      <h1 id="task-title">
        {task.directive.symbol} {task.reference ?? ''} — {task.title}
      </h1>
      <p>
        {t('colLead')}: {task.lead.name}
      </p>
      <h2>{t('taskHistory')}</h2>
      {task.history.length === 0 ? (
        <p>{t('taskNoHistory')}</p>
      ) : (
        <ol>
          {task.history.map((event) => (
            <li key={`${event.at}:${event.typeLabel.en}`}>
              {formatDay(event.on, language)} — {labelIn(event.typeLabel, language)} ({event.actor})
              {event.reason ? `: ${event.reason}` : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
