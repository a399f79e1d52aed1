import { useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { formatDay, todayInVietnam } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import { DashboardPicker } from './dashboard-picker.js'
import { DashboardDocumentsQuery, DashboardQuery } from './dashboard-query.js'
import { type DashboardSearch, defaultDocument } from './dashboard-search.js'
import { buildImplementationChain, type ChainDocument } from './implementation-chain.js'
import { ImplementationChainView } from './implementation-chain-view.js'
import { LeadTasks } from './lead-tasks.js'
import { ReportDraft } from './report-draft.js'
import { ScorecardChart } from './scorecard-chart.js'
import { ScorecardSummary } from './scorecard-summary.js'
import { ScorecardTable } from './scorecard-table.js'

/**
 * The leader's dashboard: a document (by default the programme) as of a day — the scorecard by
 * lead organisation as a chart and a table, the drill-down to a lead's tasks, the chain of
 * documents it belongs to, and drafting the report on it.
 */
export function DashboardPage({
  search,
  onSearch,
  token,
}: {
  readonly search: DashboardSearch
  readonly onSearch: (search: DashboardSearch) => void
  readonly token: string | null
}) {
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

interface DocumentNode {
  readonly id: string
  readonly symbol: string
  readonly title: string
  readonly issuer: { readonly name: string }
  readonly own: { readonly totalCount: number }
  readonly all: { readonly totalCount: number }
}

function chainDocument(node: DocumentNode): ChainDocument {
  return {
    id: node.id,
    symbol: node.symbol,
    title: node.title,
    issuer: node.issuer.name,
    ownTasks: node.own.totalCount,
    allTasks: node.all.totalCount,
  }
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
  const [result, reexecute] = useQuery({ query: DashboardQuery, variables: { id, asOf } })
  if (result.error) {
    return (
      <ErrorMessage
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    )
  }
  const document = result.data?.directive
  const scorecard = result.data?.scorecard
  if (!document || !scorecard) {
    return result.fetching ? <p aria-live="polite">{t('loading')}</p> : <p>{t('notFound')}</p>
  }
  const here = { ...search, directive: id, asOf }
  const chain = buildImplementationChain(
    chainDocument(document),
    document.implementationChain.map(chainDocument),
    document.implementationTree.map((entry) => ({
      ...chainDocument(entry.directive),
      depth: entry.depth,
      parentId: entry.parent?.id ?? null,
    })),
  )
  return (
    <>
      <p className="dash-document">
        <strong>{document.symbol}</strong> — {document.title} ({document.issuer.name},{' '}
        {formatDay(document.issuedOn, language)})
      </p>
      <ScorecardSummary scorecard={scorecard} />
      <section aria-labelledby="dash-scorecard-title">
        <h2 id="dash-scorecard-title">{t('dashScorecardTitle')}</h2>
        <ScorecardChart
          lines={scorecard.byLead.map((line) => ({
            id: line.organization.id,
            name: line.organization.name,
            counts: line.counts,
          }))}
        />
        <ScorecardTable scorecard={scorecard} search={here} />
      </section>
      {search.lead ? (
        <LeadTasks directiveId={id} leadId={search.lead} asOf={asOf} search={here} />
      ) : null}
      <ImplementationChainView chain={chain} search={here} />
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
