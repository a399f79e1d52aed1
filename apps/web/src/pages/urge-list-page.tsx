import { TIMELINESS_LABELS, type Timeliness } from '@chidao/domain'
import { useMemo, useState } from 'react'
import { useQuery } from 'urql'
import { ErrorMessage } from '../errors/error-message.js'
import { formatDay, labelIn, todayInVietnam } from '../format/format.js'
import { useI18n } from '../i18n/i18n.js'
import { type UrgeListSearch, urgeListVariables } from './urge-list-filter.js'
import { UrgeListFilterForm } from './urge-list-filter-form.js'
import { UrgeListQuery } from './urge-list-query.js'

/**
 * The clerk's urge list: tasks overdue or falling due, filtered by organisation subtree,
 * document and period, earliest deadline first, fifty at a time.
 */
export function UrgeListPage({
  search,
  onSearch,
}: {
  readonly search: UrgeListSearch
  readonly onSearch: (search: UrgeListSearch) => void
}) {
  const { t, language } = useI18n()
  const today = todayInVietnam()
  const [after, setAfter] = useState<string | null>(null)
  const variables = useMemo(
    () => ({ ...urgeListVariables(search, today), after }),
    [search, today, after],
  )
  const [result, reexecute] = useQuery({ query: UrgeListQuery, variables })
  const tasks = result.data?.tasks
  return (
    <section aria-labelledby="urge-list-title">
      <h1 id="urge-list-title">{t('urgeListTitle')}</h1>
      <p>{t('urgeListIntro')}</p>
      <UrgeListFilterForm
        search={search}
        onSearch={(next) => {
          setAfter(null)
          onSearch(next)
        }}
      />
      {result.error ? (
        <ErrorMessage
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {tasks ? (
        <>
          <p aria-live="polite">
            {t('total')}: <strong>{tasks.totalCount.toLocaleString(language)}</strong>
          </p>
          {tasks.edges.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            // A wide table scrolls on its own on a phone: focusable, so the keyboard scrolls it
            // too (WCAG 2.1.1; axe's scrollable-region-focusable).
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
            <section className="table-scroll" tabIndex={0} aria-label={t('tasksCaption')}>
              <table>
                <caption>{t('tasksCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colReference')}</th>
                    <th scope="col">{t('colTitle')}</th>
                    <th scope="col">{t('colLead')}</th>
                    <th scope="col">{t('colDirective')}</th>
                    <th scope="col">{t('colDue')}</th>
                    <th scope="col">{t('colStatus')}</th>
                    <th scope="col">{t('colProgress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {tasks.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>{node.reference ?? '—'}</td>
                      <td>{node.title}</td>
                      <td>{node.lead.name}</td>
                      <td>{node.directive.symbol}</td>
                      <td>
                        {node.due
                          ? formatDay(node.due, language)
                          : (node.deadline?.text ?? t('noDate'))}
                      </td>
                      <td>
                        {node.timeliness
                          ? labelIn(TIMELINESS_LABELS[node.timeliness as Timeliness], language)
                          : labelIn(node.statusLabel, language)}
                      </td>
                      <td>{node.progress === null ? '—' : `${Math.round(node.progress)}%`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {tasks.pageInfo.hasNextPage ? (
            <button type="button" onClick={() => setAfter(tasks.pageInfo.endCursor ?? null)}>
              {t('more')}
            </button>
          ) : null}
        </>
      ) : result.fetching ? (
        <p aria-live="polite">{t('loading')}</p>
      ) : null}
    </section>
  )
}
