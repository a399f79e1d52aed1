import { graphql, type ResultOf } from '../../graphql/graphql.js'

/**
 * The task page: everything a department or a leader reads about one task — its terms, where
 * it sits in the task tree, its reports, its history and the request for an extension awaiting
 * an answer — and its `version`, which every change sends back.
 */
export const TaskPageQuery = graphql(`
  query TaskPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Task {
        id
        version
        reference
        title
        description
        status
        progress
        due
        completedOn
        timeliness
        directive {
          id
          symbol
          title
        }
        lead {
          id
          code
          name
        }
        coordinators {
          id
          code
          name
        }
        monitor {
          id
          name
        }
        deadline {
          kind
          text
          due
        }
        originalDeadline {
          text
        }
        reportingDuty {
          cadence
          recipient {
            id
            name
          }
        }
        parent {
          id
          reference
          title
        }
        subtasks {
          id
          reference
          title
          lead {
            id
            name
          }
        }
        progressReports {
          id
          reportedOn
          percent
          narrative
          evidence
          period
          organization {
            id
            name
          }
          supersededBy {
            id
          }
        }
        history {
          type
          at
          on
          actor
          reason
          from
          to
          details {
            __typename
            ... on DeadlineExtension {
              document
              deadline {
                text
              }
              previousDeadline {
                text
              }
            }
            ... on LeadReassignment {
              document
              lead {
                id
                name
              }
              previousLead {
                id
                name
              }
            }
            ... on ExtensionRequest {
              requestedDeadline {
                text
              }
              by {
                id
                name
              }
            }
            ... on ExtensionRefusal {
              by {
                id
                name
              }
            }
          }
        }
        pendingExtensionRequest {
          at
          on
          actor
          reason
          details {
            __typename
            ... on ExtensionRequest {
              requestedDeadline {
                text
                due
              }
              by {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`)

/** The task as the page reads it. */
export type TaskView = Extract<
  NonNullable<ResultOf<typeof TaskPageQuery>['node']>,
  { __typename: 'Task' }
>
