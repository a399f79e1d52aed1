import type { OrganizationKind } from '../organization/organization-kind.js'
import type { OrganizationLevel } from '../organization/organization-level.js'
import { cleanText } from '../text/nfc.js'
import { organizationKey, organizationKeyVariants } from './organization-key.js'

/** One of the tenant's organisations, as drafting compares names with it. */
export interface KnownOrganization {
  readonly code: string
  readonly name: string
  readonly shortName?: string | null
  readonly kind?: OrganizationKind | null
  readonly level?: OrganizationLevel | null
  /** Code of its parent, where known. */
  readonly parent?: string | null
  /** Carried into the draft as stored, so that importing it changes nothing of the body. */
  readonly foundedOn?: string | null
  readonly partyTerm?: number | null
  /** The day it was dissolved or merged away; absent or `null` while it exists. */
  readonly dissolvedOn?: string | null
  /** Codes of the bodies that took over its work, the principal first, once dissolved. */
  readonly successors?: readonly string[]
}

/** Whether a known organisation was dissolved (a historical document may still name it). */
export function isDissolved(organization: KnownOrganization): boolean {
  return organization.dissolvedOn != null
}

/** How a name was matched, from the surest. */
export type OrganizationMatchHow = 'NAME' | 'SHORT_NAME' | 'SEARCH_KEY' | 'SHORTER_NAME' | 'PREFIX'

/** A name matched to one of the tenant's organisations, or not (`organization: null`). */
export interface OrganizationMatch {
  /** The name as the document writes it (NFC, spaces folded). */
  readonly name: string
  readonly organization: KnownOrganization | null
  readonly how: OrganizationMatchHow | null
  /** 0–1: 1 for the very name, lower for looser matches; 0 when none. */
  readonly confidence: number
}

const CONFIDENCE: Record<OrganizationMatchHow, number> = {
  NAME: 1,
  SHORT_NAME: 0.95,
  SEARCH_KEY: 0.9,
  SHORTER_NAME: 0.85,
  PREFIX: 0.65,
}

/** The names of some organisations, looked up from the surest way to the loosest. */
class NameIndex {
  private readonly byName = new Map<string, KnownOrganization[]>()
  private readonly byShort = new Map<string, KnownOrganization[]>()
  private readonly byKey = new Map<string, KnownOrganization[]>()
  private readonly byVariant = new Map<string, KnownOrganization[]>()
  private readonly keys: readonly (readonly [string, KnownOrganization])[]

  constructor(organizations: readonly KnownOrganization[]) {
    const add = (map: Map<string, KnownOrganization[]>, key: string, o: KnownOrganization) => {
      const list = map.get(key) ?? []
      if (!list.includes(o)) list.push(o)
      map.set(key, list)
    }
    for (const o of organizations) {
      add(this.byName, cleanText(o.name), o)
      if (o.shortName) {
        add(this.byShort, cleanText(o.shortName), o)
        add(this.byKey, organizationKey(o.shortName), o)
      }
      add(this.byKey, organizationKey(o.name), o)
      for (const v of organizationKeyVariants(o.name)) add(this.byVariant, v, o)
    }
    this.keys = organizations.map((o) => [organizationKey(o.name), o] as const)
  }

  match(name: string): OrganizationMatch {
    const found = (list: readonly KnownOrganization[] | undefined, how: OrganizationMatchHow) =>
      list !== undefined && list.length === 1
        ? { name, organization: list[0]!, how, confidence: CONFIDENCE[how] }
        : null
    const key = organizationKey(name)
    const variants = organizationKeyVariants(name)
    const shorter = variants
      .map((v) => this.byVariant.get(v))
      .find((list) => list !== undefined && list.length === 1)
    return (
      found(this.byName.get(name), 'NAME') ??
      found(this.byShort.get(name), 'SHORT_NAME') ??
      found(this.byKey.get(key), 'SEARCH_KEY') ??
      found(shorter, 'SHORTER_NAME') ??
      found(
        key.split(' ').length >= 2
          ? this.keys.filter(([k]) => k.startsWith(`${key} `)).map(([, o]) => o)
          : undefined,
        'PREFIX',
      ) ?? { name, organization: null, how: null, confidence: 0 }
    )
  }
}

/**
 * Matches the names a document gives organisations ("Ban Tuyên giáo", "Sở Nội vụ", "UBND
 * tỉnh") against the tenant's organisations: the very name, then the short name, the
 * accent-insensitive key with abbreviations written out, the name without the province or
 * "Tỉnh ủy", and last a name the written one begins (when only one does). A name two
 * organisations answer equally is not matched.
 *
 * The bodies that exist are matched first. A dissolved body ({@link isDissolved}) answers a
 * name only when none that exists does, or when it answers it more surely: a programme written
 * before a merger names "Ban Tuyên giáo Tỉnh ủy" or "Huyện ủy An Phú", which are known bodies,
 * not new ones; drafting tells the reviewer they are gone.
 *
 * @example
 * ```ts
 * const matcher = new OrganizationMatcher([{ code: 'BTG-TU', name: 'Ban Tuyên giáo Tỉnh ủy' }])
 * matcher.match('Ban Tuyên giáo').organization?.code // 'BTG-TU'
 * ```
 */
export class OrganizationMatcher {
  private readonly living: NameIndex
  private readonly dissolved: NameIndex

  constructor(readonly organizations: readonly KnownOrganization[]) {
    this.living = new NameIndex(organizations.filter((o) => !isDissolved(o)))
    this.dissolved = new NameIndex(organizations.filter(isDissolved))
  }

  // Drafting asks about the same names and runs of list parts again and again.
  private readonly cache = new Map<string, OrganizationMatch>()

  /** Matches one name (see the class). */
  match(written: string): OrganizationMatch {
    const cached = this.cache.get(written)
    if (cached !== undefined) return cached
    const name = cleanText(written)
    const living = this.living.match(name)
    const gone = this.dissolved.match(name)
    const found = gone.confidence > living.confidence ? gone : living
    this.cache.set(written, found)
    return found
  }
}
