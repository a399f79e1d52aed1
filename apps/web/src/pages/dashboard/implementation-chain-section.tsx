import { useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { useI18n } from '../../i18n/i18n.js'
import type { DashboardSearch } from './dashboard-search.js'
import { buildImplementationChain, type ChainDocument } from './implementation-chain.js'
import { ImplementationChainQuery } from './implementation-chain-query.js'
import { ImplementationChainView } from './implementation-chain-view.js'

interface DocumentNode {
  readonly id: string
  readonly symbol: string
  readonly title: string
  readonly issuer: { readonly name: string }
  readonly own: { readonly totalCount: number }
  readonly all: { readonly totalCount: number }
}

function chainDocument(node: DocumentNode): ChainDocument {
  return {
    id: node.id,
    symbol: node.symbol,
    title: node.title,
    issuer: node.issuer.name,
    ownTasks: node.own.totalCount,
    allTasks: node.all.totalCount,
  }
}

/** The implementation chain of the document shown, read and laid out. */
export function ImplementationChainSection({
  id,
  search,
}: {
  readonly id: string
  readonly search: DashboardSearch
}) {
  const { t } = useI18n()
  const [result] = useQuery({ query: ImplementationChainQuery, variables: { id } })
  const document = result.data?.directive
  if (result.error) return <ErrorMessage error={result.error} />
  if (!document) return result.fetching ? <p aria-live="polite">{t('loading')}</p> : null
  const chain = buildImplementationChain(
    chainDocument(document),
    document.implementationChain.map(chainDocument),
    document.implementationTree.map((entry) => ({
      ...chainDocument(entry.directive),
      depth: entry.depth,
      parentId: entry.parent?.id ?? null,
    })),
  )
  return <ImplementationChainView chain={chain} search={search} />
}
