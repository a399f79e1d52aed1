import type { CombinedError } from 'urql'
import { useI18n } from '../i18n/i18n.js'

/** One problem as a person reads it: what went wrong, in their language, and where. */
export interface Problem {
  readonly message: string
  readonly code: string | null
  readonly field: string | null
}

/**
 * The problems of a failed request in the reader's language. The gateway gives every error an
 * English `message`, a Vietnamese `extensions.messageVi`, a `code` and, where an input was
 * wrong, the field's `path`; a network failure has none of these and is said plainly.
 */
export function problemsOf(error: CombinedError, language: 'vi' | 'en'): Problem[] {
  if (error.networkError && error.graphQLErrors.length === 0) return []
  return error.graphQLErrors.map((graphQLError) => {
    const extensions = graphQLError.extensions as Record<string, unknown>
    const vi = typeof extensions.messageVi === 'string' ? extensions.messageVi : null
    const path = Array.isArray(extensions.path) ? extensions.path.join('.') : null
    return {
      message: language === 'vi' && vi ? vi : graphQLError.message,
      code: typeof extensions.code === 'string' ? extensions.code : null,
      field: path,
    }
  })
}

/** Shows why a request failed, with a way to try again. */
export function ErrorMessage({
  error,
  onRetry,
}: {
  readonly error: CombinedError
  readonly onRetry?: () => void
}) {
  const { t, language } = useI18n()
  const problems = problemsOf(error, language)
  return (
    <div role="alert" className="error">
      <p className="error-title">{t('errorTitle')}</p>
      {problems.length === 0 ? (
        <p>{t('errorNetwork')}</p>
      ) : (
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.code}:${problem.field}:${problem.message}`}>
              {problem.message}
              {problem.field ? ` (${t('errorField')}: ${problem.field})` : null}
              {problem.code ? <code className="error-code"> {problem.code}</code> : null}
            </li>
          ))}
        </ul>
      )}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  )
}
