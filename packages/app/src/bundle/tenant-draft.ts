import {
  type Draft,
  draftBundleFromDocument,
  type IntakeDocument,
  type KnownOrganization,
  type Organization,
} from '@chidao/domain'
import type { BundleStore } from '../ports/bundle-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'

/** The ports drafting reads: the tenant's id and stored name, and its organisations. */
export interface TenantDraftPorts {
  readonly bundles: Pick<BundleStore, 'tenantId' | 'tenantName'>
  readonly organizations: Pick<OrganizationReader, 'list'>
}

const PAGE = 500

/**
 * Every organisation of the tenant the caller may read, as drafting matches names with them:
 * the dissolved ones too, with the day and their successors' codes, since a document written
 * before a merger names them.
 */
async function tenantOrganizations(
  organizations: Pick<OrganizationReader, 'list'>,
): Promise<KnownOrganization[]> {
  const all: Organization[] = []
  let after: string | null = null
  for (;;) {
    const page = await organizations.list({ first: PAGE, after, orderBy: 'CODE_ASC' })
    all.push(...page.edges.map((e) => e.node))
    const last = page.edges.at(-1)
    if (!page.hasNextPage || last === undefined) break
    after = last.cursor
  }
  const codeOf = new Map(all.map((o) => [o.id, o.code]))
  return all.map((o) => {
    const successorIds = o.successorIds ?? (o.successorId === null ? [] : [o.successorId])
    const successors = successorIds.flatMap((id) => codeOf.get(id) ?? [])
    return {
      code: o.code,
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      level: o.level,
      parent: o.parentId === null ? null : (codeOf.get(o.parentId) ?? null),
      foundedOn: o.foundedOn,
      partyTerm: o.partyTerm,
      dissolvedOn: o.dissolvedOn,
      ...(successors.length > 0 ? { successors } : {}),
    }
  })
}

/**
 * Drafts a bundle from a document read by an intake reader with the domain's rules, against
 * the tenant's organisations: the one drafting both `draftBundle` and `draftBundleFromFile`
 * do, once the policy allowed it. The draft's header names the tenant as asked, else by the
 * name stored for it, else by its id (before the tenant's first import).
 */
export async function draftForTenant(
  ports: TenantDraftPorts,
  document: IntakeDocument,
  tenantName: string | null | undefined,
): Promise<Draft> {
  const organizations = await tenantOrganizations(ports.organizations)
  const tenantId = ports.bundles.tenantId
  const name = tenantName?.trim() || (await ports.bundles.tenantName())?.trim() || tenantId
  return draftBundleFromDocument({
    document,
    tenant: { id: tenantId, name },
    organizations,
  })
}
