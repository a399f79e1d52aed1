import { ErrorMessage } from '../../errors/error-message.js'
import { useI18n } from '../../i18n/i18n.js'
import type { Language } from '../../i18n/messages.js'
import { StaleEditNotice } from './stale-edit-notice.js'
import type { TaskWriteState, WriteProblem } from './use-task-write.js'

/** The gateway's refusal about `field`, in the reader's language, to show beside it. */
export function problemAt(state: TaskWriteState, field: string, language: Language): string | null {
  if (state.status !== 'refused') return null
  const problem = state.problems.find((p) => p.field === field)
  return problem ? messageOf(problem, language) : null
}

function messageOf(problem: WriteProblem, language: Language): string {
  return language === 'vi' ? problem.messageVi : problem.message
}

/**
 * How a change went, below its form: sending, a refusal that names no field of the form
 * (those show beside their field), a failed request, or the stale-edit notice.
 */
export function WriteFeedback({
  state,
  fields,
  onRedo,
}: {
  readonly state: TaskWriteState
  /** The fields the form shows: refusals naming one of them show there instead. */
  readonly fields: readonly string[]
  readonly onRedo: () => void
}) {
  const { t, language } = useI18n()
  switch (state.status) {
    case 'sending':
      return <p aria-live="polite">{t('taskSending')}</p>
    case 'failed':
      return <ErrorMessage error={state.error} />
    case 'stale':
      return <StaleEditNotice changes={state.changes} changedBy={state.changedBy} onRedo={onRedo} />
    case 'refused': {
      const general = state.problems.filter((p) => !p.field || !fields.includes(p.field))
      if (general.length === 0) return null
      return (
        <div role="alert" className="error">
          <p className="error-title">{t('errorTitle')}</p>
          <ul>
            {general.map((problem) => (
              <li key={`${problem.code}:${problem.field}`}>
                {messageOf(problem, language)}
                {problem.field ? ` (${t('errorField')}: ${problem.field})` : null}
                <code className="error-code"> {problem.code}</code>
              </li>
            ))}
          </ul>
        </div>
      )
    }
    default:
      return null
  }
}
