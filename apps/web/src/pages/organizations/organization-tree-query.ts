import { graphql } from '../../graphql/graphql.js'

/** A page of the tenant's organisations, each with its parent: the tree is built from them. */
export const OrganizationListQuery = graphql(`
  query OrganizationList($first: Int, $after: String) {
    organizations(first: $first, after: $after, orderBy: NAME_ASC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          shortName
          level
          levelLabel {
            vi
            en
          }
          parent {
            id
          }
        }
      }
    }
  }
`)
