import { compareVietnamese, matchesSearch } from '@chidao/domain'

/** An organisation as the tree needs it. */
export interface TreeOrganization {
  readonly id: string
  readonly code: string
  readonly name: string
  readonly shortName?: string | null
  readonly level: string
  readonly levelLabel: { readonly vi: string; readonly en: string }
  readonly parent: { readonly id: string } | null
}

/** A node of the tree: an organisation and the bodies directly below it. */
export interface OrganizationNode {
  /** The organisation's id: the key of its row in the tree. */
  readonly id: string
  readonly organization: TreeOrganization
  readonly children: readonly OrganizationNode[]
}

const byName = (a: OrganizationNode, b: OrganizationNode) =>
  compareVietnamese(a.organization.name, b.organization.name) ||
  compareVietnamese(a.organization.code, b.organization.code)

/**
 * The tree of organisations by parent, each level in Vietnamese order. An organisation whose
 * parent is not in the list (not visible, or cut by a search) stands at the root.
 */
export function organizationTree(organizations: readonly TreeOrganization[]): OrganizationNode[] {
  const ids = new Set(organizations.map((o) => o.id))
  const below = new Map<string | null, TreeOrganization[]>()
  for (const organization of organizations) {
    const parent =
      organization.parent && ids.has(organization.parent.id) ? organization.parent.id : null
    below.set(parent, [...(below.get(parent) ?? []), organization])
  }
  const build = (parent: string | null): OrganizationNode[] =>
    (below.get(parent) ?? [])
      .map((organization) => ({
        id: organization.id,
        organization,
        children: build(organization.id),
      }))
      .sort(byName)
  return build(null)
}

/** Whether an organisation's name, short name or code holds every word typed, accents aside. */
export function organizationMatches(organization: TreeOrganization, query: string): boolean {
  const text = `${organization.code} ${organization.name} ${organization.shortName ?? ''}`
  return matchesSearch(text, query)
}

/**
 * What a search shows: the organisations matching it and every body above them, so each match
 * stays in its place in the tree; and the ids to expand to show them all.
 */
export function searchTree(
  organizations: readonly TreeOrganization[],
  query: string,
): { readonly tree: OrganizationNode[]; readonly expanded: Set<string>; readonly matches: number } {
  if (query.trim() === '') {
    return {
      tree: organizationTree(organizations),
      expanded: new Set(),
      matches: organizations.length,
    }
  }
  const byId = new Map(organizations.map((o) => [o.id, o]))
  const kept = new Set<string>()
  const expanded = new Set<string>()
  let matches = 0
  for (const organization of organizations) {
    if (!organizationMatches(organization, query)) continue
    matches += 1
    kept.add(organization.id)
    let parent = organization.parent ? byId.get(organization.parent.id) : undefined
    while (parent && !expanded.has(parent.id)) {
      kept.add(parent.id)
      expanded.add(parent.id)
      parent = parent.parent ? byId.get(parent.parent.id) : undefined
    }
  }
  const tree = organizationTree(organizations.filter((o) => kept.has(o.id)))
  return { tree, expanded, matches }
}
