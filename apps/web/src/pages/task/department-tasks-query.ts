import { graphql } from '../../graphql/graphql.js'

/**
 * The tasks an organisation leads, soonest due first, a page at a time: what a department
 * opens to see its own work.
 */
export const DepartmentTasksQuery = graphql(`
  query DepartmentTasks($filter: TaskFilter, $first: Int, $after: String) {
    tasks(filter: $filter, first: $first, after: $after, orderBy: DUE_ASC) {
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
          status
          progress
          timeliness
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
