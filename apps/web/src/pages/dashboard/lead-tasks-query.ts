import { graphql } from '../../graphql/graphql.js'

/** The tasks one organisation leads under a document and those implementing it. */
export const LeadTasksQuery = graphql(`
  query LeadTasks($directiveId: ID!, $leadId: ID!, $asOf: Date!) {
    organization(id: $leadId) {
      id
      name
    }
    tasks(
      filter: { directiveId: $directiveId, includeImplementing: true, leadOrganizationId: $leadId }
      asOf: $asOf
      first: 50
      orderBy: DUE_ASC
    ) {
      totalCount
      edges {
        node {
          id
          reference
          title
          due
          timeliness
          statusLabel {
            vi
            en
          }
          deadline {
            text
          }
          directive {
            id
            symbol
          }
        }
      }
    }
  }
`)
