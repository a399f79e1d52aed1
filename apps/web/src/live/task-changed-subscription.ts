import { graphql } from '../graphql/graphql.js'

/**
 * Each task the person may see, as it stands after someone changed it elsewhere. It asks for
 * what the lists show of a task, so that the normalised cache changes a shown row in place;
 * whether the task joins or leaves a list is settled by {@link LIVE_CACHE_UPDATES}, which
 * has the lists asked again.
 */
export const TaskChangedSubscription = graphql(`
  subscription TaskChanged {
    taskChanged {
      id
      reference
      title
      status
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
`)
