import type { BundleOrganizationInput } from '../bundle/bundle.js'
import type { SourcePlace } from './intake-document.js'
import {
  type KnownOrganization,
  type OrganizationMatch,
  OrganizationMatcher,
} from './organization-matcher.js'
import { type ProposedOrganization, proposeOrganization } from './proposed-organization.js'

/** A name resolved to a code: the tenant's organisation's, or a proposed new one's. */
export interface ResolvedOrganization {
  readonly code: string
  readonly match: OrganizationMatch
  /** Set when the name matched none of the tenant's organisations. */
  readonly proposed: ProposedOrganization | null
}

/**
 * The organisations of a draft: names resolved against the tenant's, the same unmatched name
 * always proposed under one code, and the list the bundle must carry (the tenant's that are
 * named, with their ancestors so their place in the tree is kept, then the proposed ones).
 */
export class DraftOrganizations {
  private readonly matcher: OrganizationMatcher
  private readonly byCode = new Map<string, KnownOrganization>()
  private readonly used = new Set<string>()
  private readonly proposedByName = new Map<string, ProposedOrganization>()
  readonly unmatched: { name: string; code: string; place: SourcePlace }[] = []

  constructor(organizations: readonly KnownOrganization[]) {
    this.matcher = new OrganizationMatcher(organizations)
    for (const o of organizations) this.byCode.set(o.code.toUpperCase(), o)
  }

  get organizationMatcher(): OrganizationMatcher {
    return this.matcher
  }

  /** Resolves a name, proposing a new organisation when it matches none. */
  resolve(name: string, place: SourcePlace): ResolvedOrganization {
    const match = this.matcher.match(name)
    if (match.organization !== null) {
      const code = match.organization.code.toUpperCase()
      this.use(code)
      return { code, match, proposed: null }
    }
    const key = match.name.toLocaleLowerCase('vi')
    let proposed = this.proposedByName.get(key)
    if (proposed === undefined) {
      const taken = new Set([
        ...this.byCode.keys(),
        ...[...this.proposedByName.values()].map((p) => p.code),
      ])
      proposed = proposeOrganization(match.name, taken)
      this.proposedByName.set(key, proposed)
      this.unmatched.push({ name: match.name, code: proposed.code, place })
    }
    return { code: proposed.code, match, proposed }
  }

  /** The tenant's organisation of this code, where it has one. */
  known(code: string): KnownOrganization | null {
    return this.byCode.get(code.toUpperCase()) ?? null
  }

  /** Marks a body carried by the bundle, with its ancestors and, once dissolved, its successors. */
  private use(code: string): void {
    for (let c: string | null | undefined = code; c && !this.used.has(c); ) {
      this.used.add(c)
      const known = this.byCode.get(c)
      for (const s of known?.successors ?? []) this.use(s.toUpperCase())
      c = known?.parent?.toUpperCase()
    }
  }

  /** Every proposed organisation, in the order first named. */
  get proposed(): readonly ProposedOrganization[] {
    return [...this.proposedByName.values()]
  }

  /** The organisations the bundle carries. */
  toBundle(): BundleOrganizationInput[] {
    const known = [...this.byCode.values()]
      .filter((o) => this.used.has(o.code.toUpperCase()))
      .map((o) => ({
        code: o.code,
        name: o.name,
        ...(o.shortName ? { shortName: o.shortName } : {}),
        kind: o.kind ?? 'OTHER',
        level: o.level ?? 'PROVINCE',
        ...(o.parent && this.byCode.has(o.parent.toUpperCase()) ? { parent: o.parent } : {}),
        ...(o.foundedOn ? { foundedOn: o.foundedOn } : {}),
        ...(o.partyTerm != null ? { partyTerm: o.partyTerm } : {}),
        ...(o.dissolvedOn ? { dissolvedOn: o.dissolvedOn } : {}),
        ...successorsOf(o, this.byCode),
      }))
    return [...known, ...this.proposed.map((p) => ({ ...p }))]
  }
}

/** A dissolved body's successors as a bundle writes them: one as `successor`, several as a list. */
function successorsOf(
  o: KnownOrganization,
  byCode: ReadonlyMap<string, KnownOrganization>,
): { successor?: string; successors?: string[] } {
  const carried = (o.successors ?? []).filter((c) => byCode.has(c.toUpperCase()))
  if (carried.length === 0) return {}
  return carried.length === 1 ? { successor: carried[0]! } : { successors: carried }
}
