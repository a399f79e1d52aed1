import { TASK_STATUS_LABELS, type TaskStatus } from '@chidao/domain'
import { formatDay, labelIn } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import type { Language, MessageKey } from '../../i18n/messages.js'
import type { FieldChange, TaskField } from './stale-edit.js'

const FIELD_NAMES: Readonly<Record<TaskField, MessageKey>> = {
  title: 'taskTitle',
  status: 'taskStatus',
  deadline: 'taskDeadline',
  due: 'taskDue',
  progress: 'taskProgress',
  completedOn: 'taskCompletedOn',
  lead: 'taskLead',
  coordinators: 'taskCoordinators',
  reports: 'taskFieldReports',
}

function shown(change: FieldChange, value: FieldChange['before'], language: Language): string {
  if (value === null || value === '') return '—'
  switch (change.field) {
    case 'status':
      return labelIn(TASK_STATUS_LABELS[value as TaskStatus], language)
    case 'due':
    case 'completedOn':
      return formatDay(String(value), language)
    case 'progress':
      return `${Math.round(Number(value))}%`
    default:
      return String(value)
  }
}

/**
 * Says that someone else changed the task while the person was making their change: each
 * field that differs, as it was when they began and as it is now, who changed it, and a
 * button to send their change again on the current version (their input is kept).
 */
export function StaleEditNotice({
  changes,
  changedBy,
  onRedo,
}: {
  readonly changes: readonly FieldChange[]
  readonly changedBy: readonly string[]
  readonly onRedo: () => void
}) {
  const { t, language } = useI18n()
  return (
    <div role="alert" className="stale-edit">
      <p className="error-title">{t('taskStaleTitle')}</p>
      <p>{t('taskStaleExplain')}</p>
      {changes.length === 0 ? (
        <p>{t('taskStaleNothingVisible')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('taskStaleField')}</th>
              <th scope="col">{t('taskStaleBefore')}</th>
              <th scope="col">{t('taskStaleAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{t(FIELD_NAMES[change.field])}</th>
                <td>
                  <del>{shown(change, change.before, language)}</del>
                </td>
                <td>
                  <ins>{shown(change, change.after, language)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changedBy.length > 0 ? (
        <p>
          {t('taskStaleBy')}: {changedBy.join(', ')}
        </p>
      ) : null}
      <p>{t('taskStaleKept')}</p>
      <button type="button" onClick={onRedo}>
        {t('taskStaleRedo')}
      </button>
    </div>
  )
}
