import { ErrorFields } from '../../errors/error-fields.js'
import { graphql } from '../../graphql/graphql.js'

/** Files a progress report; the page reloads the task after it. */
export const ReportProgressMutation = graphql(
  `
    mutation ReportProgress($input: ReportProgressInput!) {
      reportProgress(input: $input) {
        __typename
        ... on ReportProgressPayload {
          task {
            id
            version
            progress
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
)

/** Records the task completed, at the version the person read. */
export const CompleteTaskMutation = graphql(
  `
    mutation CompleteTask($input: CompleteTaskInput!) {
      completeTask(input: $input) {
        __typename
        ... on TaskPayload {
          task {
            id
            version
            status
            completedOn
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
)

/** Extends the deadline, at the version the person read. */
export const ExtendTaskDeadlineMutation = graphql(
  `
    mutation ExtendTaskDeadline($input: ExtendTaskDeadlineInput!) {
      extendTaskDeadline(input: $input) {
        __typename
        ... on TaskPayload {
          task {
            id
            version
            due
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
)
