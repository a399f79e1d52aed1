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

/** Asks for an extension (xin gia hạn), at the version the person read. */
export const RequestDeadlineExtensionMutation = graphql(
  `
    mutation RequestDeadlineExtension($input: RequestDeadlineExtensionInput!) {
      requestDeadlineExtension(input: $input) {
        __typename
        ... on TaskPayload {
          task {
            id
            version
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
)

/** Declines the pending request for an extension, at the version the person read. */
export const DeclineDeadlineExtensionMutation = graphql(
  `
    mutation DeclineDeadlineExtension($input: DeclineDeadlineExtensionInput!) {
      declineDeadlineExtension(input: $input) {
        __typename
        ... on TaskPayload {
          task {
            id
            version
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
)
