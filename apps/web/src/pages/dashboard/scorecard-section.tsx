import { useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { useI18n } from '../../i18n/i18n.js'
import type { DashboardSearch } from './dashboard-search.js'
import { ScorecardChart } from './scorecard-chart.js'
import { ScorecardQuery } from './scorecard-query.js'
import { ScorecardSummary } from './scorecard-summary.js'
import { ScorecardTable } from './scorecard-table.js'

/** The scorecard of the document shown: headline rates, then by lead as a chart and a table. */
export function ScorecardSection({
  id,
  asOf,
  search,
}: {
  readonly id: string
  readonly asOf: string
  readonly search: DashboardSearch
}) {
  const { t } = useI18n()
  const [result, reexecute] = useQuery({ query: ScorecardQuery, variables: { id, asOf } })
  const scorecard = result.data?.scorecard
  if (result.error) {
    return (
      <ErrorMessage
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    )
  }
  if (!scorecard) return result.fetching ? <p aria-live="polite">{t('loading')}</p> : null
  return (
    <>
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
        <ScorecardTable scorecard={scorecard} search={search} />
      </section>
    </>
  )
}
