import { graphql } from '../graphql/graphql.js'

/**
 * What the app reads of any typed error the gateway answers (its `Error` interface): the stable
 * code, what went wrong in English and in Vietnamese, and the path of the input field it names.
 * A mutation spreads it once beside its payload, whatever error types its field may answer; the
 * normalised cache knows which types are errors (`INTERFACE_IMPLEMENTATIONS`).
 *
 * @example
 * ```ts
 * const CompleteTask = graphql(
 *   `mutation ($input: CompleteTaskInput!) {
 *     completeTask(input: $input) { __typename ... on TaskPayload { task { id } } ...ErrorFields }
 *   }`,
 *   [ErrorFields],
 * )
 * ```
 */
export const ErrorFields = graphql(`
  fragment ErrorFields on Error {
    code
    message
    messageVi
    path
  }
`)
