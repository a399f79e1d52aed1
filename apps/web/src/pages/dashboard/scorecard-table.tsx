import { TIMELINESS_LABELS } from '@chidao/domain'
import { Link } from '@tanstack/react-router'
import { formatDay, labelIn } from '../../format/format.js'
import type { ResultOf } from '../../graphql/graphql.js'
import { useI18n } from '../../i18n/i18n.js'
import type { DashboardSearch } from './dashboard-search.js'
import { formatPercent, formatRate } from './rate.js'
import type { ScorecardQuery } from './scorecard-query.js'
import { TIMELINESS_SERIES } from './timeliness-series.js'

type Scorecard = ResultOf<typeof ScorecardQuery>['scorecard']

/**
 * The scorecard by lead organisation as a table, in the gateway's order (higher level first,
 * then by name in Vietnamese order); each lead links to its tasks below the table.
 */
export function ScorecardTable({
  scorecard,
  search,
}: {
  readonly scorecard: Scorecard
  readonly search: DashboardSearch
}) {
  const { t, language } = useI18n()
  const caption = `${t('dashScorecardCaption')} ${formatDay(scorecard.asOf, language)}`
  if (scorecard.byLead.length === 0) return <p>{t('dashNoLeads')}</p>
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
    <section className="table-scroll" tabIndex={0} aria-label={caption}>
      <table className="dash-scorecard">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashColLead')}</th>
            <th scope="col">{t('dashColTotal')}</th>
            {TIMELINESS_SERIES.map((series) => (
              <th scope="col" key={series.timeliness}>
                {labelIn(TIMELINESS_LABELS[series.timeliness], language)}
              </th>
            ))}
            <th scope="col">{t('dashColOnTimeRate')}</th>
            <th scope="col">{t('dashColProgress')}</th>
          </tr>
        </thead>
        <tbody>
          {scorecard.byLead.map((line) => (
            <tr key={line.organization.id}>
              <th scope="row">
                {line.organization.name}{' '}
                <Link
                  to="/dashboard"
                  search={{ ...search, lead: line.organization.id }}
                  hash="dash-lead-tasks"
                  className="dash-lead-link"
                  aria-label={`${t('dashLeadTasks')}: ${line.organization.name}`}
                >
                  {t('dashLeadTasks')}
                </Link>
              </th>
              <td className="n">{line.counts.total}</td>
              {TIMELINESS_SERIES.map((series) => (
                <td className="n" key={series.timeliness}>
                  {line.counts[series.count]}
                </td>
              ))}
              <td className="n">
                {formatRate(line.onTimeRateDueByDate, language, t('dashNoRate'))}
              </td>
              <td className="n">
                {line.progress.percent === null
                  ? '—'
                  : `${formatPercent(line.progress.percent, language)} (${line.progress.childrenWithData}/${line.progress.childrenTotal})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
