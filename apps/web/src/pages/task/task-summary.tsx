import {
  RECURRENCE_CADENCE_LABELS,
  type RecurrenceCadence,
  TASK_STATUS_LABELS,
  type TaskStatus,
  TIMELINESS_LABELS,
  type Timeliness,
} from '@chidao/domain'
import { Link } from '@tanstack/react-router'
import { formatDay, labelIn } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import type { TaskView } from './task-query.js'

/**
 * What a task is: the document that assigns it, who leads and coordinates, the deadline as
 * written and its due day, its standing, progress, and its place in the task tree.
 */
export function TaskSummary({ task }: { readonly task: TaskView }) {
  const { t, language } = useI18n()
  const none = t('taskNone')
  const extended =
    task.originalDeadline && task.originalDeadline.text !== task.deadline?.text
      ? task.originalDeadline.text
      : null
  return (
    <section aria-labelledby="task-details">
      <h2 id="task-details">{t('taskDetails')}</h2>
      {task.description ? <p>{task.description}</p> : null}
      <dl className="task-facts">
        <dt>{t('taskDirective')}</dt>
        <dd>
          {task.directive.symbol}
          {task.directive.title ? ` — ${task.directive.title}` : null}
        </dd>
        <dt>{t('taskLead')}</dt>
        <dd>{task.lead.name}</dd>
        <dt>{t('taskCoordinators')}</dt>
        <dd>{task.coordinators.map((o) => o.name).join('; ') || none}</dd>
        {task.monitor ? (
          <>
            <dt>{t('taskMonitor')}</dt>
            <dd>{task.monitor.name}</dd>
          </>
        ) : null}
        <dt>{t('taskDeadline')}</dt>
        <dd>{task.deadline?.text ?? none}</dd>
        {extended ? (
          <>
            <dt>{t('taskOriginalDeadline')}</dt>
            <dd>{extended}</dd>
          </>
        ) : null}
        <dt>{t('taskDue')}</dt>
        <dd>{task.due ? formatDay(task.due, language) : t('noDate')}</dd>
        <dt>{t('taskStatus')}</dt>
        <dd>{labelIn(TASK_STATUS_LABELS[task.status as TaskStatus], language)}</dd>
        {task.timeliness ? (
          <>
            <dt>{t('taskTimeliness')}</dt>
            <dd>{labelIn(TIMELINESS_LABELS[task.timeliness as Timeliness], language)}</dd>
          </>
        ) : null}
        <dt>{t('taskProgress')}</dt>
        <dd>{task.progress === null ? t('taskNoFigure') : `${Math.round(task.progress)}%`}</dd>
        {task.completedOn ? (
          <>
            <dt>{t('taskCompletedOn')}</dt>
            <dd>{formatDay(task.completedOn, language)}</dd>
          </>
        ) : null}
        {task.reportingDuty ? (
          <>
            <dt>{t('taskReportingDuty')}</dt>
            <dd>
              {labelIn(
                RECURRENCE_CADENCE_LABELS[task.reportingDuty.cadence as RecurrenceCadence],
                language,
              )}
              , {t('taskReportingTo')} {task.reportingDuty.recipient.name}
            </dd>
          </>
        ) : null}
        <dt>{t('taskParent')}</dt>
        <dd>
          {task.parent ? (
            <Link to="/tasks/$taskId" params={{ taskId: task.parent.id }}>
              {[task.parent.reference, task.parent.title].filter(Boolean).join(' ')}
            </Link>
          ) : (
            none
          )}
        </dd>
        <dt>{t('taskSubtasks')}</dt>
        <dd>
          {task.subtasks.length === 0 ? (
            none
          ) : (
            <ul>
              {task.subtasks.map((subtask) => (
                <li key={subtask.id}>
                  <Link to="/tasks/$taskId" params={{ taskId: subtask.id }}>
                    {[subtask.reference, subtask.title].filter(Boolean).join(' ')}
                  </Link>{' '}
                  ({subtask.lead.name})
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  )
}
