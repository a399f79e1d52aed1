import { graphql } from '../../graphql/graphql.js'

// Each error type is named rather than matched as `... on Error`: the normalised cache reads a
// mutation's answer back through itself, and without the schema it cannot know that
// ConflictError is an Error, so an interface fragment would come back without its fields.

/** Files a progress report; the page reloads the task after it. */
export const ReportProgressMutation = graphql(`
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
      ... on ConflictError { code message messageVi path }
      ... on ForbiddenError { code message messageVi path }
      ... on NotFoundError { code message messageVi path }
      ... on UnauthenticatedError { code message messageVi path }
      ... on ValidationError { code message messageVi path }
    }
  }
`)

/** Records the task completed, at the version the person read. */
export const CompleteTaskMutation = graphql(`
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
      ... on ConflictError { code message messageVi path }
      ... on ForbiddenError { code message messageVi path }
      ... on NotFoundError { code message messageVi path }
      ... on UnauthenticatedError { code message messageVi path }
      ... on ValidationError { code message messageVi path }
    }
  }
`)

/** Extends the deadline, at the version the person read. */
export const ExtendTaskDeadlineMutation = graphql(`
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
      ... on ConflictError { code message messageVi path }
      ... on ForbiddenError { code message messageVi path }
      ... on NotFoundError { code message messageVi path }
      ... on UnauthenticatedError { code message messageVi path }
      ... on ValidationError { code message messageVi path }
    }
  }
`)

/** Asks for an extension (xin gia hạn), at the version the person read. */
export const RequestDeadlineExtensionMutation = graphql(`
  mutation RequestDeadlineExtension($input: RequestDeadlineExtensionInput!) {
    requestDeadlineExtension(input: $input) {
      __typename
      ... on TaskPayload {
        task {
          id
          version
        }
      }
      ... on ConflictError { code message messageVi path }
      ... on ForbiddenError { code message messageVi path }
      ... on NotFoundError { code message messageVi path }
      ... on UnauthenticatedError { code message messageVi path }
      ... on ValidationError { code message messageVi path }
    }
  }
`)

/** Declines the pending request for an extension, at the version the person read. */
export const DeclineDeadlineExtensionMutation = graphql(`
  mutation DeclineDeadlineExtension($input: DeclineDeadlineExtensionInput!) {
    declineDeadlineExtension(input: $input) {
      __typename
      ... on TaskPayload {
        task {
          id
          version
        }
      }
      ... on ConflictError { code message messageVi path }
      ... on ForbiddenError { code message messageVi path }
      ... on NotFoundError { code message messageVi path }
      ... on UnauthenticatedError { code message messageVi path }
      ... on ValidationError { code message messageVi path }
    }
  }
`)
