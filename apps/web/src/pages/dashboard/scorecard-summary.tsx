import type { ResultOf } from '../../graphql/graphql.js'
import { useI18n } from '../../i18n/i18n.js'
import { formatRate } from './rate.js'
import type { ScorecardQuery } from './scorecard-query.js'

type Scorecard = ResultOf<typeof ScorecardQuery>['scorecard']

/** The headline figures of a scorecard, every rate with its denominator. */
export function ScorecardSummary({ scorecard }: { readonly scorecard: Scorecard }) {
  const { t, language } = useI18n()
  const rate = (r: Scorecard['onTimeRateDueByDate']) => formatRate(r, language, t('dashNoRate'))
  return (
    <section aria-labelledby="dash-summary-title">
      <h2 id="dash-summary-title">{t('dashSummary')}</h2>
      <dl className="dash-figures">
        <div>
          <dt>{t('dashTasksTotal')}</dt>
          <dd>{scorecard.counts.total}</dd>
        </div>
        <div>
          <dt>{t('dashOnTimeDue')}</dt>
          <dd>{rate(scorecard.onTimeRateDueByDate)}</dd>
        </div>
        <div>
          <dt>{t('dashOnTimeAll')}</dt>
          <dd>{rate(scorecard.onTimeRateAllAssigned)}</dd>
        </div>
        <div>
          <dt>{t('dashCompletedDue')}</dt>
          <dd>{rate(scorecard.completionRateDueByDate)}</dd>
        </div>
      </dl>
    </section>
  )
}
