import { initGraphQLTada } from 'gql.tada'
import type { introspection } from '../graphql-env.d.ts'

/**
 * Writes a GraphQL document typed against the gateway's `schema.graphql`: its variables and
 * result types are read from the document itself, and `gql.tada check` (part of `npm run
 * build`) refuses a document that asks for a field or argument the schema does not have.
 *
 * @example
 * ```ts
 * const Viewer = graphql(`query Viewer { organizations(first: 1) { totalCount } }`)
 * ```
 */
export const graphql = initGraphQLTada<{
  introspection: introspection
  scalars: {
    /** An ISO calendar day, `2026-12-31`. */
    Date: string
    /** An ISO instant with its offset. */
    DateTime: string
  }
}>()

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada'
export { readFragment } from 'gql.tada'
