import { useI18n } from '../../i18n/i18n.js'
import type { MessageKey } from '../../i18n/messages.js'
import type { Session } from '../../session/session.js'
import { CompleteTaskForm } from './complete-task-form.js'
import { DeclineExtensionForm } from './decline-extension-form.js'
import { ExtendDeadlineForm } from './extend-deadline-form.js'
import { ReportProgressForm } from './report-progress-form.js'
import { RequestExtensionForm } from './request-extension-form.js'
import { type TaskAction, taskActions } from './task-permissions.js'
import type { TaskView } from './task-query.js'
import type { TaskWriteContext } from './use-task-write.js'

/**
 * The changes the person may make to the task, each a form, and in words why the others are
 * not offered.
 */
export function TaskActions({
  task,
  session,
  write,
  done,
}: {
  readonly task: TaskView
  readonly session: Session
  readonly write: TaskWriteContext
  /** The last change the person made, said once it is made. */
  readonly done: MessageKey | null
}) {
  const { t } = useI18n()
  const actions = taskActions(session, task)
  // Declining is offered only while a request waits, and asking is moot for who may grant:
  // neither needs a word when it is not offered.
  const explained = (Object.keys(actions) as TaskAction[]).filter(
    (name) => name !== 'decline' && !(name === 'request' && actions.extend.allowed),
  )
  const reasons = [
    ...new Set(
      explained.flatMap((name) => {
        const action = actions[name]
        return action.allowed ? [] : [action.why]
      }),
    ),
  ]
  const request = task.pendingExtensionRequest
  const asked =
    request?.details?.__typename === 'ExtensionRequest'
      ? request.details.requestedDeadline.text
      : ''
  return (
    <section aria-labelledby="task-actions">
      <h2 id="task-actions">{t('taskActions')}</h2>
      <p role="status" className="done">
        {done ? t(done) : null}
      </p>
      <div className="task-forms">
        {actions.report.allowed ? (
          <ReportProgressForm
            taskId={task.id}
            withPeriod={task.reportingDuty !== null || task.deadline?.kind === 'RECURRING'}
            write={write}
          />
        ) : null}
        {actions.complete.allowed ? <CompleteTaskForm taskId={task.id} write={write} /> : null}
        {actions.request.allowed ? <RequestExtensionForm taskId={task.id} write={write} /> : null}
        {actions.extend.allowed ? (
          // Remounted when a request comes or goes, to start from the deadline it asks for.
          <ExtendDeadlineForm
            key={request?.at ?? 'none'}
            taskId={task.id}
            write={write}
            asked={asked}
          />
        ) : null}
        {actions.decline.allowed ? <DeclineExtensionForm taskId={task.id} write={write} /> : null}
      </div>
      {reasons.length > 0 ? (
        <div className="why-not">
          <h3>{t('taskWhyNotTitle')}</h3>
          <ul>
            {reasons.map((why) => (
              <li key={why}>{t(why)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
