import { Link } from '@tanstack/react-router'
import { useI18n } from '../../i18n/i18n.js'
import type { DashboardSearch } from './dashboard-search.js'
import type { ChainDocument, ImplementationChain } from './implementation-chain.js'

function Counts({ document }: { readonly document: ChainDocument }) {
  const { t } = useI18n()
  return (
    <span className="dash-chain-counts">
      {' — '}
      {document.ownTasks} {t('dashChainTasks')}
      {document.allTasks !== document.ownTasks
        ? ` (${document.allTasks} ${t('dashChainTasksWithChildren')})`
        : null}
    </span>
  )
}

function DocumentLink({
  document,
  search,
}: {
  readonly document: ChainDocument
  readonly search: DashboardSearch
}) {
  return (
    <>
      <Link to="/dashboard" search={{ asOf: search.asOf, directive: document.id }}>
        {document.symbol}
      </Link>{' '}
      <span className="dash-chain-issuer">{document.issuer}</span>
      <Counts document={document} />
    </>
  )
}

/**
 * The chain the document shown belongs to: what it implements, root first (42-CT/TW →
 * 93-KL/TW → …), and the documents implementing it as an indented tree, each with its task
 * counts and a link that switches the dashboard to it.
 */
export function ImplementationChainView({
  chain,
  search,
}: {
  readonly chain: ImplementationChain
  readonly search: DashboardSearch
}) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="dash-chain-title">
      <h2 id="dash-chain-title">{t('dashChainTitle')}</h2>
      <p>{t('dashChainIntro')}</p>
      <h3>{t('dashChainImplements')}</h3>
      {chain.ancestors.length === 0 ? (
        <p>{t('dashChainNone')}</p>
      ) : (
        <ol className="dash-chain">
          {chain.ancestors.map((document) => (
            <li key={document.id}>
              <DocumentLink document={document} search={search} />
            </li>
          ))}
          <li aria-current="true">
            <strong>{chain.current.symbol}</strong> ({t('dashChainCurrent')})
            <Counts document={chain.current} />
          </li>
        </ol>
      )}
      <h3>{t('dashChainImplementedBy')}</h3>
      {chain.descendants.length === 0 ? (
        <p>{t('dashChainNone')}</p>
      ) : (
        <ul className="dash-chain-children">
          {chain.descendants.map((document) => (
            <li key={document.id} className={`dash-depth-${Math.min(document.depth, 4)}`}>
              <DocumentLink document={document} search={search} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
