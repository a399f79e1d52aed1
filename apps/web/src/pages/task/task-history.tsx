import {
  TASK_EVENT_TYPE_LABELS,
  TASK_STATUS_LABELS,
  type TaskEventType,
  type TaskStatus,
} from '@chidao/domain'
import { formatDay, labelIn } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import { actorName } from './stale-edit.js'
import type { TaskView } from './task-query.js'
import { type TimelineEntry, timelineOf } from './task-timeline.js'

/** The evidence of a report: links open in a new tab; a document reference is shown as text. */
export function EvidenceList({ evidence }: { readonly evidence: readonly string[] }) {
  const { t } = useI18n()
  if (evidence.length === 0) return null
  return (
    <p className="evidence">
      {t('taskEvidence')}:{' '}
      {evidence.map((item, index) => (
        <span key={item}>
          {index > 0 ? ', ' : null}
          {/^https?:\/\//.test(item) ? (
            <a href={item} rel="noreferrer noopener" target="_blank">
              {item}
            </a>
          ) : (
            item
          )}
        </span>
      ))}
    </p>
  )
}

function EventEntry({ event }: { readonly event: TaskView['history'][number] }) {
  const { t, language } = useI18n()
  const status = (code: string) => labelIn(TASK_STATUS_LABELS[code as TaskStatus], language)
  const details = event.details
  return (
    <>
      <strong>{labelIn(TASK_EVENT_TYPE_LABELS[event.type as TaskEventType], language)}</strong>{' '}
      {t('taskHistoryBy')} {actorName(event.actor)}
      {details?.__typename === 'DeadlineExtension' ? (
        <p>
          <del>{details.previousDeadline.text}</del> → <ins>{details.deadline.text}</ins>
          {details.document ? ` (${t('taskHistoryDocument')} ${details.document})` : null}
        </p>
      ) : details?.__typename === 'LeadReassignment' ? (
        <p>
          <del>{details.previousLead.name}</del> → <ins>{details.lead.name}</ins>
          {details.document ? ` (${t('taskHistoryDocument')} ${details.document})` : null}
        </p>
      ) : details?.__typename === 'ExtensionRequest' ? (
        <p>
          {t('taskHistoryRequested')} <ins>{details.requestedDeadline.text}</ins>
          {details.by ? ` (${details.by.name})` : null}
        </p>
      ) : details?.__typename === 'ExtensionRefusal' && details.by ? (
        <p>{details.by.name}</p>
      ) : event.from && event.from !== event.to ? (
        <p>
          {status(event.from)} → {status(event.to)}
        </p>
      ) : null}
      {event.reason ? (
        <p>
          {t('taskHistoryReason')}: {event.reason}
        </p>
      ) : null}
    </>
  )
}

function ReportEntry({ report }: { readonly report: TaskView['progressReports'][number] }) {
  const { t } = useI18n()
  return (
    <>
      <strong>{t('taskHistoryReport')}</strong> {t('taskHistoryBy')} {report.organization.name}
      {report.percent === null ? null : `: ${Math.round(report.percent)}%`}
      {report.period ? ` (${t('taskPeriodShort')} ${report.period})` : null}
      {report.narrative ? <p>{report.narrative}</p> : null}
      <EvidenceList evidence={report.evidence} />
    </>
  )
}

function entryKey(entry: TimelineEntry): string {
  return entry.kind === 'report'
    ? entry.report.id
    : `${entry.event.at}:${entry.event.type}:${entry.event.to}`
}

/**
 * The history of the task in date order: each event of its lifecycle, extension, reassignment,
 * request for an extension and refusal with who made it and why, and each progress report with its evidence.
 */
export function TaskHistory({ task }: { readonly task: TaskView }) {
  const { t, language } = useI18n()
  const entries = timelineOf(task)
  return (
    <section aria-labelledby="task-history">
      <h2 id="task-history">{t('taskHistory')}</h2>
      {entries.length === 0 ? (
        <p>{t('taskHistoryEmpty')}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => (
            <li key={entryKey(entry)}>
              <time dateTime={entry.day}>{formatDay(entry.day, language)}</time>{' '}
              {entry.kind === 'event' ? (
                <EventEntry event={entry.event} />
              ) : (
                <ReportEntry report={entry.report} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
