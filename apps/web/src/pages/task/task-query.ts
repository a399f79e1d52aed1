import { graphql } from '../../graphql/graphql.js'

/** A task with its history: what the leader reaches from the dashboard. */
export const TaskQuery = graphql(`
  query Task($id: ID!) {
    node(id: $id) {
      ... on Task {
        id
        reference
        title
        directive {
          id
          symbol
        }
        lead {
          id
          name
        }
        history {
          at
          on
          actor
          reason
          typeLabel {
            vi
            en
          }
        }
      }
    }
  }
`)
