import { REPORT_KIND_LABELS, type ReportKind, type Secrecy, secrecyMark } from '@chidao/domain'
import { useMemo, useState } from 'react'
import { Button } from 'react-aria-components'
import { useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { useI18n } from '../../i18n/i18n.js'
import { downloadReport, ReportDownloadError, reportDownloadPath } from './report-download.js'
import { ReportDraftForm, type ReportRequest } from './report-draft-form.js'
import { ReportDraftQuery } from './report-draft-query.js'
import { readReportHtml } from './report-html.js'

type DownloadState =
  | { readonly state: 'idle' }
  | { readonly state: 'busy' }
  | { readonly state: 'done'; readonly name: string }
  | { readonly state: 'failed'; readonly error: ReportDownloadError | Error }

/**
 * Drafting the report on the document shown: the form, the draft as the gateway writes it (its
 * secrecy mark above it when it is secret), and "Tải DOCX", which fetches the same report as a
 * Word file with the bearer token.
 */
export function ReportDraft({
  directiveId,
  symbol,
  workbookPath,
  asOf,
  token,
}: {
  readonly directiveId: string
  readonly symbol: string
  readonly workbookPath: string
  readonly asOf: string
  readonly token: string | null
}) {
  const { t } = useI18n()
  const [request, setRequest] = useState<ReportRequest | null>(null)
  const [download, setDownload] = useState<DownloadState>({ state: 'idle' })
  const choice = request && {
    kind: request.kind,
    from: request.from || null,
    to: request.to || null,
    asOf: request.to || asOf,
    layout: request.layout || null,
  }
  const [result] = useQuery({
    query: ReportDraftQuery,
    variables: {
      id: directiveId,
      kind: (choice?.kind ?? 'PERIODIC_REPORT') as ReportKind,
      from: choice?.from ?? null,
      to: choice?.to ?? null,
      asOf: choice?.asOf ?? asOf,
    },
    pause: choice === null,
  })
  const html = result.data?.directive?.report
  const view = useMemo(() => (html ? readReportHtml(html) : null), [html])
  const mark = view ? secrecyMark(view.secrecy as Secrecy) : null
  const startDownload = async () => {
    if (!choice) return
    setDownload({ state: 'busy' })
    const kind = REPORT_KIND_LABELS[choice.kind as ReportKind]?.vi ?? choice.kind
    try {
      const name = await downloadReport(
        reportDownloadPath(workbookPath, choice),
        token,
        `${kind} ${symbol} ${choice.asOf}.docx`,
      )
      setDownload({ state: 'done', name })
    } catch (error) {
      setDownload({ state: 'failed', error: error as Error })
    }
  }
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('reportTitle')}</h2>
      <p>{t('reportIntro')}</p>
      <ReportDraftForm
        initial={{ kind: 'INTERIM_REVIEW', from: '', to: '', layout: '' }}
        onDraft={(next) => {
          setDownload({ state: 'idle' })
          setRequest(next)
        }}
      />
      {result.error ? <ErrorMessage error={result.error} /> : null}
      {result.fetching && !view ? <p aria-live="polite">{t('loading')}</p> : null}
      {view ? (
        <>
          <div className="report-actions">
            <Button onPress={startDownload} isDisabled={download.state === 'busy'}>
              {t('reportDownload')}
            </Button>
            <DownloadStatus download={download} />
          </div>
          <article className="report-draft" aria-labelledby="report-draft-title">
            <h3 id="report-draft-title">{t('reportDraftTitle')}</h3>
            {mark ? (
              <p className="report-mark">
                {t('reportSecret')} <strong>{mark}</strong>
              </p>
            ) : null}
            {view.content}
          </article>
        </>
      ) : null}
    </section>
  )
}

/** How the download went, said where the button is. */
function DownloadStatus({ download }: { readonly download: DownloadState }) {
  const { t, language } = useI18n()
  if (download.state === 'busy') return <span aria-live="polite">{t('reportDownloading')}</span>
  if (download.state === 'done') {
    return (
      <span aria-live="polite">
        {t('reportDownloaded')}: <code>{download.name}</code>
      </span>
    )
  }
  if (download.state === 'failed') {
    const error = download.error
    const field = error instanceof ReportDownloadError ? error.field : null
    const message =
      language === 'vi' && error instanceof ReportDownloadError && error.messageVi
        ? error.messageVi
        : error.message
    return (
      <span role="alert" className="error">
        {t('reportDownloadFailed')}: {message}
        {field ? ` (${t('errorField')}: ${field})` : null}
      </span>
    )
  }
  return null
}
