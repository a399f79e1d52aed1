import '../clerk.css'
import { useId, useState } from 'react'
import { Button } from 'react-aria-components'
import { useMutation } from 'urql'
import { ErrorFields } from '../../errors/error-fields.js'
import { ErrorMessage } from '../../errors/error-message.js'
import { type ResultOf, readFragment } from '../../graphql/graphql.js'
import { useI18n } from '../../i18n/i18n.js'
import { ImportBundleMutation } from './import-bundle-mutation.js'
import { ImportCountsTable } from './import-counts-table.js'
import { ImportProblems } from './import-problems.js'

type Answer = ResultOf<typeof ImportBundleMutation>['importBundle']

/** The file chosen, read in the browser as text. */
interface ChosenFile {
  readonly name: string
  readonly text: string
}

/**
 * Importing a programme as a bundle (ADMIN only): choose a .yaml or .json file, check it — every
 * problem with its line and column, nothing written — then import it and see the counts.
 */
export function ImportPage({ isAdmin }: { readonly isAdmin: boolean }) {
  const { t } = useI18n()
  const fileId = useId()
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [checkedText, setCheckedText] = useState<string | null>(null)
  const [state, run] = useMutation(ImportBundleMutation)
  if (!isAdmin) {
    return (
      <section aria-labelledby="import-title">
        <h1 id="import-title">{t('importTitle')}</h1>
        <p className="note">{t('importAdminOnly')}</p>
      </section>
    )
  }
  const send = async (dryRun: boolean) => {
    if (!file) return
    setAnswer(null)
    const result = await run({ input: { bundle: file.text, fileName: file.name, dryRun } })
    const value = result.data?.importBundle ?? null
    setAnswer(value)
    setCheckedText(dryRun && value?.__typename === 'ImportBundlePayload' ? file.text : null)
  }
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t('importTitle')}</h1>
      <p>{t('importIntro')}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor={fileId}>{t('importFile')}</label>
          <input
            id={fileId}
            type="file"
            accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
            onChange={async (event) => {
              const chosen = event.target.files?.[0]
              setAnswer(null)
              setCheckedText(null)
              setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null)
            }}
          />
        </div>
        <Button isDisabled={!file || state.fetching} onPress={() => void send(true)}>
          {t('importCheck')}
        </Button>
        <Button
          isDisabled={!file || state.fetching || checkedText !== file.text}
          onPress={() => void send(false)}
        >
          {t('importRun')}
        </Button>
      </div>
      {state.fetching ? <p aria-live="polite">{t('importWorking')}</p> : null}
      {state.error ? <ErrorMessage error={state.error} /> : null}
      {answer ? <ImportAnswer answer={answer} /> : null}
    </section>
  )
}

/** What the gateway answered: the counts, every problem of the text, or another refusal. */
function ImportAnswer({ answer }: { readonly answer: Answer }) {
  const { t, language } = useI18n()
  if (answer.__typename === 'ImportBundlePayload') {
    return (
      <div aria-live="polite">
        <p className="ok">{answer.dryRun ? t('importCheckedOk') : t('importDone')}</p>
        <ImportCountsTable report={answer} />
        {answer.warnings.length > 0 ? (
          <>
            <h2>{t('importWarnings')}</h2>
            <ul>
              {answer.warnings.map((warning) => (
                <li key={`${warning.code}:${warning.path.join('.')}`}>
                  {language === 'vi' ? warning.messageVi : warning.message}{' '}
                  <code>{warning.path.slice(2).join('.')}</code>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    )
  }
  if (answer.__typename === 'ValidationError' && answer.bundleProblems.length > 0) {
    return <ImportProblems problems={answer.bundleProblems} />
  }
  const error = readFragment(ErrorFields, answer)
  return (
    <div role="alert" className="error">
      <p className="error-title">{t('errorTitle')}</p>
      <p>
        {language === 'vi' ? error.messageVi : error.message}
        {error.path.length > 0 ? ` (${t('errorField')}: ${error.path.join('.')})` : null}{' '}
        <code className="error-code">{error.code}</code>
      </p>
    </div>
  )
}
