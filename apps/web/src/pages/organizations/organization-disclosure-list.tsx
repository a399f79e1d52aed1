import { labelIn } from '../../format/format.js'
import { useI18n } from '../../i18n/i18n.js'
import type { OrganizationNode } from './organization-tree.js'

/**
 * The tree as nested lists, each body with children opened and closed by a button of its own
 * (a disclosure: `aria-expanded`, `aria-controls`), reached with Tab and pressed with Enter or
 * Space. Native elements only: a screen reader announces the list levels and counts, and a
 * phone screen wraps the rows.
 */
export function OrganizationDisclosureList({
  nodes,
  expanded,
  onToggle,
  level = 1,
}: {
  readonly nodes: readonly OrganizationNode[]
  readonly expanded: ReadonlySet<string>
  readonly onToggle: (id: string) => void
  readonly level?: number
}) {
  const { t, language } = useI18n()
  return (
    <ul
      className={level === 1 ? 'org-tree' : 'org-subtree'}
      aria-label={level === 1 ? t('orgTreeLabel') : undefined}
    >
      {nodes.map((node) => {
        const { organization, children } = node
        const open = expanded.has(node.id)
        const childrenId = `org-children-${node.id}`
        return (
          <li key={node.id}>
            <div className="tree-row">
              {children.length > 0 ? (
                <button
                  type="button"
                  className="tree-toggle"
                  aria-expanded={open}
                  aria-controls={open ? childrenId : undefined}
                  aria-label={`${organization.name} (${children.length.toLocaleString(language)})`}
                  onClick={() => onToggle(node.id)}
                >
                  <span aria-hidden="true" className="chevron" />
                </button>
              ) : (
                <span className="chevron-space" />
              )}
              <span className="tree-name">{organization.name}</span>
              <span className="code">{organization.code}</span>
              <span className="level">{labelIn(organization.levelLabel, language)}</span>
            </div>
            {open ? (
              <div id={childrenId}>
                <OrganizationDisclosureList
                  nodes={children}
                  expanded={expanded}
                  onToggle={onToggle}
                  level={level + 1}
                />
              </div>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
