import { graphql } from '../graphql/graphql.js'
import { DepartmentTaskFragment } from '../pages/task/department-tasks-query.js'
import { UrgedTaskFragment } from '../pages/urge-list-query.js'

/**
 * Each task the person may see, as it stands after someone changed it elsewhere. It asks for
 * what the lists show of a task — their row fragments — so that the normalised cache changes a
 * shown row in place; whether the task joins or leaves a list is settled by
 * {@link LIVE_CACHE_UPDATES}, which has the lists asked again.
 */
export const TaskChangedSubscription = graphql(
  `
    subscription TaskChanged {
      taskChanged {
        ...UrgedTask
        ...DepartmentTask
      }
    }
  `,
  [UrgedTaskFragment, DepartmentTaskFragment],
)
