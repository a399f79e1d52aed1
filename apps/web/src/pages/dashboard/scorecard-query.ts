import { graphql } from '../../graphql/graphql.js'
import { RateFiguresFragment } from './rate.js'
import { TimelinessCountsFragment } from './timeliness-series.js'

/**
 * The scorecard of a document's tasks and those of the documents implementing it, as of a day,
 * by lead organisation: counts by timeliness and rates on both denominators.
 */
export const ScorecardQuery = graphql(
  `
    query DashboardScorecard($id: ID!, $asOf: Date!) {
      scorecard(directiveId: $id, asOf: $asOf) {
        asOf
        counts {
          ...TimelinessCounts
          cancelled
        }
        onTimeRateDueByDate {
          ...RateFigures
        }
        onTimeRateAllAssigned {
          ...RateFigures
        }
        completionRateDueByDate {
          ...RateFigures
        }
        byLead {
          organization {
            id
            code
            name
          }
          counts {
            ...TimelinessCounts
          }
          onTimeRateDueByDate {
            ...RateFigures
          }
          progress {
            percent
            childrenTotal
            childrenWithData
          }
        }
      }
    }
  `,
  [RateFiguresFragment, TimelinessCountsFragment],
)
