import { graphql } from '../../graphql/graphql.js'

/** A document of the chain as the dashboard shows it: symbol, title, issuer and task counts. */
export const ChainDocumentFragment = graphql(`
  fragment ChainDocument on Directive {
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
`)

/**
 * What a document implements (nearest first) and the tree of documents implementing it, each
 * with its task counts: its own, and with those of the documents implementing it.
 */
export const ImplementationChainQuery = graphql(
  `
    query ImplementationChain($id: ID!) {
      directive(id: $id) {
        ...ChainDocument
        implementationChain {
          ...ChainDocument
        }
        implementationTree {
          depth
          parent {
            id
          }
          directive {
            ...ChainDocument
          }
        }
      }
    }
  `,
  [ChainDocumentFragment],
)
