import { useI18n } from '../../i18n/i18n.js'

/** One problem of a bundle's text, located. */
export interface BundleProblemView {
  readonly line: number | null
  readonly column: number | null
  readonly path: string
  readonly code: string
  readonly message: string
  readonly messageVi: string
}

/**
 * Where a problem is, as the reader says it: "Dòng 12, cột 5" / "Line 12, column 5", or
 * nothing when the whole text is at fault.
 */
export function problemPlace(
  problem: Pick<BundleProblemView, 'line' | 'column'>,
  words: { readonly line: string; readonly column: string },
): string {
  if (problem.line === null) return ''
  return problem.column === null
    ? `${words.line} ${problem.line}`
    : `${words.line} ${problem.line}, ${words.column} ${problem.column}`
}

/** Every problem of a refused bundle, in the reader's language, each with line, column, path. */
export function ImportProblems({ problems }: { readonly problems: readonly BundleProblemView[] }) {
  const { t, language } = useI18n()
  const words = { line: t('importLine'), column: t('importColumn') }
  return (
    <div role="alert" className="error">
      <p className="error-title">
        {t('importProblems')} ({problems.length.toLocaleString(language)})
      </p>
      <ol className="problems">
        {problems.map((problem, index) => {
          const place = problemPlace(problem, words)
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity but their order
            <li key={index}>
              {place ? <strong>{place}: </strong> : null}
              {language === 'vi' ? problem.messageVi : problem.message}
              {problem.path ? (
                <>
                  {' '}
                  ({t('importAt')} <code>{problem.path}</code>)
                </>
              ) : null}{' '}
              <code className="error-code">{problem.code}</code>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
