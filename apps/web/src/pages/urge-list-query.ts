import { graphql } from '../graphql/graphql.js'

/**
 * The urge list (danh sách đôn đốc): the tasks to urge, earliest deadline first, with what a
 * clerk writes into the urging letter — item, title, lead, document, deadline, standing and
 * the last reported progress.
 */
export const UrgeListQuery = graphql(`
  query UrgeList($filter: TaskFilter, $first: Int, $after: String, $asOf: Date) {
    tasks(filter: $filter, first: $first, after: $after, asOf: $asOf, orderBy: DUE_ASC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          title
          due
          progress
          timeliness
          statusLabel {
            vi
            en
          }
          deadline {
            text
          }
          lead {
            id
            code
            name
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
