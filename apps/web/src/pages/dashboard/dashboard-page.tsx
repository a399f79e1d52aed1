import { useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { formatDay, todayInVietnam } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import type { SearchInAddress } from '../search-in-address.js'
import { DashboardPicker } from './dashboard-picker.js'
import { DashboardDocumentQuery, DashboardDocumentsQuery } from './dashboard-query.js'
import { type DashboardSearch, defaultDocument } from './dashboard-search.js'
import { ImplementationChainSection } from './implementation-chain-section.js'
import { LeadTasks } from './lead-tasks.js'
import { ReportDraft } from './report-draft.js'
import { ScorecardSection } from './scorecard-section.js'

/**
 * The leader's dashboard: a document (by default the programme) as of a day — the scorecard by
 * lead organisation as a chart and a table, the drill-down to a lead's tasks, the chain of
 * documents it belongs to, and drafting the report on it.
 */
export function DashboardPage({
  search,
  onSearch,
  token,
}: SearchInAddress<DashboardSearch> & { readonly token: string | null }) {
  const { t } = useI18n()
  const [documents] = useQuery({ query: DashboardDocumentsQuery })
  const edges = documents.data?.directives.edges ?? []
  const directive = search.directive ?? defaultDocument(edges.map(({ node }) => node))
  const asOf = search.asOf ?? todayInVietnam()
  return (
    <section aria-labelledby="dash-title">
      <h1 id="dash-title">{t('dashTitle')}</h1>
      <p>{t('dashIntro')}</p>
      {documents.error ? <ErrorMessage error={documents.error} /> : null}
      {documents.data && directive === null ? <p>{t('dashNoDocuments')}</p> : null}
      {documents.data && directive !== null ? (
        <>
          <DashboardPicker
            key={`${directive}:${asOf}`}
            documents={edges}
            directive={directive}
            asOf={asOf}
            onPick={(pick) => onSearch({ directive: pick.directive, asOf: pick.asOf })}
          />
          <DocumentDashboard id={directive} asOf={asOf} search={search} token={token} />
        </>
      ) : documents.fetching ? (
        <p aria-live="polite">{t('loading')}</p>
      ) : null}
    </section>
  )
}

/** One document's scorecard, chain and report, as of a day. */
function DocumentDashboard({
  id,
  asOf,
  search,
  token,
}: {
  readonly id: string
  readonly asOf: string
  readonly search: DashboardSearch
  readonly token: string | null
}) {
  const { t, language } = useI18n()
  const [result] = useQuery({ query: DashboardDocumentQuery, variables: { id, asOf } })
  const document = result.data?.directive
  if (result.error) return <ErrorMessage error={result.error} />
  if (!document) {
    return result.fetching ? <p aria-live="polite">{t('loading')}</p> : <p>{t('notFound')}</p>
  }
  const here = { ...search, directive: id, asOf }
  return (
    <>
      <p className="dash-document">
        <strong>{document.symbol}</strong> — {document.title} ({document.issuer.name},{' '}
        {formatDay(document.issuedOn, language)})
      </p>
      <ScorecardSection id={id} asOf={asOf} search={here} />
      {search.lead ? (
        <LeadTasks directiveId={id} leadId={search.lead} asOf={asOf} search={here} />
      ) : null}
      <ImplementationChainSection id={id} search={here} />
      <ReportDraft
        key={id}
        directiveId={id}
        symbol={document.symbol}
        workbookPath={document.tasksWorkbookPath}
        asOf={asOf}
        token={token}
      />
    </>
  )
}
