import { useQuery } from 'urql'
import { ErrorMessage } from '../../errors/error-message.js'
import { type FragmentOf, readFragment } from '../../graphql/graphql.js'
import { useI18n } from '../../i18n/i18n.js'
import type { DashboardSearch } from './dashboard-search.js'
import { buildImplementationChain, type ChainDocument } from './implementation-chain.js'
import { ChainDocumentFragment, ImplementationChainQuery } from './implementation-chain-query.js'
import { ImplementationChainView } from './implementation-chain-view.js'

function chainDocument(node: FragmentOf<typeof ChainDocumentFragment>): ChainDocument {
  const document = readFragment(ChainDocumentFragment, node)
  return {
    id: document.id,
    symbol: document.symbol,
    title: document.title,
    issuer: document.issuer.name,
    ownTasks: document.own.totalCount,
    allTasks: document.all.totalCount,
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
