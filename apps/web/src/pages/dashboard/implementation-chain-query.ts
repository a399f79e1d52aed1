import { graphql } from '../../graphql/graphql.js'

/**
 * What a document implements (nearest first) and the tree of documents implementing it, each
 * with its task counts: its own, and with those of the documents implementing it.
 */
export const ImplementationChainQuery = graphql(`
  query ImplementationChain($id: ID!) {
    directive(id: $id) {
      id
      symbol
      title
      issuer {
        id
        name
      }
      own: tasks(first: 0) {
        totalCount
      }
      all: tasks(first: 0, includeImplementing: true) {
        totalCount
      }
      implementationChain {
        id
        symbol
        title
        issuer {
          id
          name
        }
        own: tasks(first: 0) {
          totalCount
        }
        all: tasks(first: 0, includeImplementing: true) {
          totalCount
        }
      }
      implementationTree {
        depth
        parent {
          id
        }
        directive {
          id
          symbol
          title
          issuer {
            id
            name
          }
          own: tasks(first: 0) {
            totalCount
          }
          all: tasks(first: 0, includeImplementing: true) {
            totalCount
          }
        }
      }
    }
  }
`)
