import { graphql } from '../../graphql/graphql.js'

/** The documents a leader may switch the dashboard to, earliest issued first. */
export const DashboardDocumentsQuery = graphql(`
  query DashboardDocuments {
    directives(first: 500, orderBy: ISSUED_ASC) {
      edges {
        node {
          id
          symbol
          kind
          issuedOn
          issuer {
            id
            name
          }
        }
      }
    }
  }
`)

/**
 * One document's dashboard on a day: the scorecard of its tasks and those of the documents
 * implementing it, by lead organisation; the chain it belongs to, each document with its task
 * counts; and the path its tables download from (whose id names it to the report download).
 */
export const DashboardQuery = graphql(`
  query Dashboard($id: ID!, $asOf: Date!) {
    directive(id: $id) {
      id
      symbol
      title
      issuedOn
      secrecy
      issuer {
        id
        name
      }
      own: tasks(first: 0) {
        totalCount
      }
      all: tasks(first: 0, includeImplementing: true) {
        totalCount
      }
      tasksWorkbookPath(asOf: $asOf)
      implementationChain {
        id
        symbol
        title
        issuer {
          id
          name
        }
        own: tasks(first: 0) {
          totalCount
        }
        all: tasks(first: 0, includeImplementing: true) {
          totalCount
        }
      }
      implementationTree {
        depth
        parent {
          id
        }
        directive {
          id
          symbol
          title
          issuer {
            id
            name
          }
          own: tasks(first: 0) {
            totalCount
          }
          all: tasks(first: 0, includeImplementing: true) {
            totalCount
          }
        }
      }
    }
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
