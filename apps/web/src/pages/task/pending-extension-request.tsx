import { formatDay } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import { actorName } from './stale-edit.js'
import type { TaskView } from './task-query.js'

/**
 * The request for an extension awaiting an answer, as everyone who reads the task sees it: the
 * deadline asked for, why, which organisation asked and who sent it, and when.
 */
export function PendingExtensionRequest({ task }: { readonly task: TaskView }) {
  const { t, language } = useI18n()
  const request = task.pendingExtensionRequest
  if (!request) return null
  const details = request.details?.__typename === 'ExtensionRequest' ? request.details : null
  const asked = details?.requestedDeadline
  return (
    <section aria-labelledby="task-pending-extension" className="task-pending">
      <h2 id="task-pending-extension">{t('taskPendingTitle')}</h2>
      <dl>
        <dt>{t('taskPendingDeadline')}</dt>
        <dd>
          {asked?.text}
          {asked?.due ? ` (${formatDay(asked.due, language)})` : null}
        </dd>
        <dt>{t('taskPendingReason')}</dt>
        <dd>{request.reason}</dd>
        <dt>{t('taskPendingBy')}</dt>
        <dd>
          {details?.by?.name ?? null} ({actorName(request.actor)})
        </dd>
        <dt>{t('taskPendingOn')}</dt>
        <dd>
          <time dateTime={request.on}>{formatDay(request.on, language)}</time>
        </dd>
      </dl>
    </section>
  )
}
