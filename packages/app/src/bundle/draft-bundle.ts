import {
  type Draft,
  draftBundleFromDocument,
  type IntakeDocument,
  type KnownOrganization,
  type Organization,
} from '@chidao/domain'
import { mayImportBundle } from '../policy/policy.js'
import type { BundleStore } from '../ports/bundle-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase, enforce, REFUSAL_CODES } from '../use-case/use-case.js'

/** A document read by an intake reader, to draft a bundle from. */
export interface DraftBundleInput {
  readonly document: IntakeDocument
  /** The tenant's name as the draft's header writes it; its id when omitted. */
  readonly tenantName?: string | null
}

/** The ports {@link draftBundle} calls: it only reads. */
export interface DraftBundlePorts {
  readonly bundles: Pick<BundleStore, 'tenantId'>
  readonly organizations: Pick<OrganizationReader, 'list'>
}

const PAGE = 500

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
  // A body dissolved is no longer given tasks: names are matched with the bodies that exist.
  return all
    .filter((o) => o.dissolvedOn === null)
    .map((o) => ({
      code: o.code,
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      level: o.level,
      parent: o.parentId === null ? null : (codeOf.get(o.parentId) ?? null),
      foundedOn: o.foundedOn,
      partyTerm: o.partyTerm,
    }))
}

/**
 * Drafts a bundle (gói dữ liệu) from a programme or plan that an intake reader has read
 * (Word, PDF, a workbook): the domain's drafting rules (`draftBundleFromDocument`) read its
 * header, tasks and task tables, and match the organisations it names with the tenant's, read
 * at the caller's clearance. Nothing is written: the draft goes to a person, who checks its
 * doubts and imports it with {@link importBundle}. Who may import a bundle may draft one
 * (`bundle.import`: ADMIN); refused otherwise, before anything is read.
 *
 * @example
 * ```ts
 * const result = await draftBundle(context, { document })
 * if (result.ok) console.log(draftReviewComments(result.value), result.value.validated.ok)
 * ```
 */
export const draftBundle = defineUseCase({
  name: 'draftBundle',
  errors: [...REFUSAL_CODES],
  async run(context: UseCaseContext<DraftBundlePorts>, input: DraftBundleInput): Promise<Draft> {
    const { ports, caller } = context
    enforce(mayImportBundle(caller))
    const organizations = await tenantOrganizations(ports.organizations)
    const tenantId = ports.bundles.tenantId
    return draftBundleFromDocument({
      document: input.document,
      tenant: { id: tenantId, name: input.tenantName?.trim() || tenantId },
      organizations,
    })
  },
})

/** What {@link draftBundle} may fail with. */
export const DRAFT_BUNDLE_ERRORS = draftBundle.errors

/** A code {@link draftBundle} may fail with. */
export type DraftBundleError = UseCaseErrorOf<typeof draftBundle>
