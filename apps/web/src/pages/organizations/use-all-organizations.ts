import { useEffect, useState } from 'react'
import { type CombinedError, type OperationResult, useClient } from 'urql'
import type { ResultOf } from '../../graphql/graphql.js'
import type { TreeOrganization } from './organization-tree.js'
import { OrganizationListQuery } from './organization-tree-query.js'

/** The largest page the gateway gives. */
const PAGE = 500

type Node = ResultOf<typeof OrganizationListQuery>['organizations']['edges'][number]['node']

/**
 * Every organisation of the tenant, page after page: a tree needs them all, and a search
 * accent-insensitive in the page must see them all. `null` while loading.
 */
export function useAllOrganizations(): {
  readonly organizations: readonly TreeOrganization[] | null
  readonly error: CombinedError | null
  readonly reload: () => void
} {
  const client = useClient()
  const [organizations, setOrganizations] = useState<Node[] | null>(null)
  const [error, setError] = useState<CombinedError | null>(null)
  const [attempt, setAttempt] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is what a retry changes
  useEffect(() => {
    let cancelled = false
    void (async () => {
      const all: Node[] = []
      let after: string | null = null
      for (;;) {
        const result: OperationResult<ResultOf<typeof OrganizationListQuery>> = await client
          .query(OrganizationListQuery, { first: PAGE, after }, { requestPolicy: 'network-only' })
          .toPromise()
        if (cancelled) return
        if (result.error || !result.data) {
          setError(result.error ?? null)
          return
        }
        const page: ResultOf<typeof OrganizationListQuery>['organizations'] =
          result.data.organizations
        all.push(...page.edges.map((edge) => edge.node))
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break
        after = page.pageInfo.endCursor
      }
      setError(null)
      setOrganizations(all)
    })()
    return () => {
      cancelled = true
    }
  }, [client, attempt])
  return { organizations, error, reload: () => setAttempt((n) => n + 1) }
}
