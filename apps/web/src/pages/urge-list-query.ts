import { graphql } from '../graphql/graphql.js'
import { TaskListRowFragment } from './task-list-result.js'

/**
 * A task as the urge list shows it, with what a clerk writes into the urging letter — item,
 * title, lead, document, deadline, standing and the last reported progress.
 */
export const UrgedTaskFragment = graphql(
  `
    fragment UrgedTask on Task {
      ...TaskListRow
      title
      timeliness
      statusLabel {
        vi
        en
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
  `,
  [TaskListRowFragment],
)

/** The urge list (danh sách đôn đốc): the tasks to urge, earliest deadline first. */
export const UrgeListQuery = graphql(
  `
    query UrgeList($filter: TaskFilter, $first: Int, $after: String, $asOf: Date) {
      tasks(filter: $filter, first: $first, after: $after, asOf: $asOf, orderBy: DUE_ASC) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...UrgedTask
          }
        }
      }
    }
  `,
  [UrgedTaskFragment],
)
