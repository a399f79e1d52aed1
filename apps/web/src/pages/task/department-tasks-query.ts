import { graphql } from '../../graphql/graphql.js'
import { TaskListRowFragment } from '../task-list-result.js'

/** A task as its department's list shows it: a link to its page, its document and status. */
export const DepartmentTaskFragment = graphql(
  `
    fragment DepartmentTask on Task {
      ...TaskListRow
      id
      title
      status
      timeliness
      directive {
        id
        symbol
      }
    }
  `,
  [TaskListRowFragment],
)

/**
 * The tasks an organisation leads, soonest due first, a page at a time: what a department
 * opens to see its own work.
 */
export const DepartmentTasksQuery = graphql(
  `
    query DepartmentTasks($filter: TaskFilter, $first: Int, $after: String) {
      tasks(filter: $filter, first: $first, after: $after, orderBy: DUE_ASC) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...DepartmentTask
          }
        }
      }
    }
  `,
  [DepartmentTaskFragment],
)
