import { graphql } from '../../graphql/graphql.js'

/**
 * The documents a leader may switch the dashboard to, earliest issued first: the first 75, as
 * many as the gateway's cost limit (`CHIDAO_MAX_COST`, 5000) lets one query list with issuers.
 */
export const DashboardDocumentsQuery = graphql(`
  query DashboardDocuments {
    directives(first: 75, orderBy: ISSUED_ASC) {
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

/** The document shown: what it is, and where its tables download from. */
export const DashboardDocumentQuery = graphql(`
  query DashboardDocument($id: ID!, $asOf: Date!) {
    directive(id: $id) {
      id
      symbol
      title
      issuedOn
      issuer {
        id
        name
      }
      tasksWorkbookPath(asOf: $asOf)
    }
  }
`)
