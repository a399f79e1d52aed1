import { graphql } from '../../graphql/graphql.js'

/**
 * The scorecard of a document's tasks and those of the documents implementing it, as of a day,
 * by lead organisation: counts by timeliness and rates on both denominators.
 */
export const ScorecardQuery = graphql(`
  query DashboardScorecard($id: ID!, $asOf: Date!) {
    scorecard(directiveId: $id, asOf: $asOf) {
      asOf
      counts {
        total
        completedOnTime
        completedLate
        inProgress
        overdue
        cancelled
      }
      onTimeRateDueByDate {
        numerator
        denominator
        percent
      }
      onTimeRateAllAssigned {
        numerator
        denominator
        percent
      }
      completionRateDueByDate {
        numerator
        denominator
        percent
      }
      byLead {
        organization {
          id
          code
          name
        }
        counts {
          total
          completedOnTime
          completedLate
          inProgress
          overdue
        }
        onTimeRateDueByDate {
          numerator
          denominator
          percent
        }
        progress {
          percent
          childrenTotal
          childrenWithData
        }
      }
    }
  }
`)
