import { ErrorFields } from '../../errors/error-fields.js'
import { graphql } from '../../graphql/graphql.js'

/**
 * Imports a bundle, or only checks it (`dryRun`): the counts per kind of record it gives (or
 * would give), or every problem of its text with line, column and path.
 */
export const ImportBundleMutation = graphql(
  `
    mutation ImportBundle($input: ImportBundleInput!) {
      importBundle(input: $input) {
        __typename
        ... on ImportBundlePayload {
          dryRun
          organizations {
            created
            updated
            unchanged
          }
          memberships {
            created
            updated
            unchanged
          }
          directives {
            created
            updated
            unchanged
          }
          relations {
            created
            updated
            unchanged
          }
          tasks {
            created
            updated
            unchanged
          }
          progressReports {
            created
            updated
            unchanged
          }
          assessments {
            created
            updated
            unchanged
          }
          warnings {
            code
            message
            messageVi
            path
          }
        }
        ... on ValidationError {
          bundleProblems {
            line
            column
            path
            code
            message
            messageVi
          }
        }
        ...ErrorFields
      }
    }
  `,
  [ErrorFields],
)
