import '../clerk.css'
import { useEffect, useMemo, useState } from 'react'
import { Input, Label, TextField } from 'react-aria-components'
import { ErrorMessage } from '../../errors/error-message.js'
import { useI18n } from '../../i18n/i18n.js'
import { OrganizationDisclosureList } from './organization-disclosure-list.js'
import { searchTree } from './organization-tree.js'
import { useAllOrganizations } from './use-all-organizations.js'

/**
 * The organisation tree: every body under the one above it, each level in Vietnamese order,
 * each body's children opened and closed by its own button, searched by name or code without
 * accents.
 */
export function OrganizationTreePage({
  query,
  onQuery,
}: {
  readonly query: string
  readonly onQuery: (query: string) => void
}) {
  const { t, language } = useI18n()
  const { organizations, error, reload } = useAllOrganizations()
  const [typed, setTyped] = useState(query)
  const shown = useMemo(
    () => (organizations ? searchTree(organizations, typed) : null),
    [organizations, typed],
  )
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  useEffect(() => {
    if (!shown) return
    setExpanded(
      typed.trim() === '' ? new Set(shown.tree.map((node) => node.id)) : new Set(shown.expanded),
    )
  }, [shown, typed])
  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open)
      if (!next.delete(id)) next.add(id)
      return next
    })
  return (
    <section aria-labelledby="org-tree-title">
      <h1 id="org-tree-title">{t('orgTreeTitle')}</h1>
      <p>{t('orgTreeIntro')}</p>
      <TextField
        type="search"
        value={typed}
        onChange={(value) => {
          setTyped(value)
          onQuery(value)
        }}
        className="filters"
      >
        <Label>{t('orgTreeSearch')}</Label>
        <Input />
      </TextField>
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {shown ? (
        <>
          <p aria-live="polite">
            {t('orgTreeFound')}: <strong>{shown.matches.toLocaleString(language)}</strong>
          </p>
          {shown.tree.length === 0 ? (
            <p>{t('orgTreeNone')}</p>
          ) : (
            <OrganizationDisclosureList nodes={shown.tree} expanded={expanded} onToggle={toggle} />
          )}
        </>
      ) : error ? null : (
        <p aria-live="polite">{t('loading')}</p>
      )}
    </section>
  )
}
