import {
  asId,
  type Directive,
  type DirectiveId,
  type Organization,
  type OrganizationId,
  type OrganizationLevel,
  parseDocumentSymbol,
  type Secrecy,
  type TenantId,
} from '@chidao/domain'
import {
  ANONYMOUS_CALLER,
  type Caller,
  fixedClock,
  type OrganizationReader,
  type Role,
  type UseCaseContext,
} from '../../src/index.js'
import { tenantOrganization } from './organization-fixture.js'

/** Ids that look like the database's: the use cases and the validators take uuids. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

/** A signed-in caller of one organisation. */
export function caller(role: Role, org: string | null, clearance: Secrecy = 'PUBLIC'): Caller {
  return {
    authenticated: true,
    subject: 'lan',
    actor: 'user:lan',
    organizationCode: org,
    roles: [role],
    clearance,
  }
}

export { ANONYMOUS_CALLER }

/** A context for a use case: the ports given, the caller, a clock fixed on 2026-01-15. */
export function contextOf<Ports>(ports: Ports, who: Caller): UseCaseContext<Ports> {
  return { ports, caller: who, clock: fixedClock('2026-01-15T03:00:00Z'), requestId: 'req-1' }
}

/** An organisation of the tree below, by code. */
export function organization(
  n: number,
  code: string,
  parentId: OrganizationId | null = null,
  level: OrganizationLevel = 'PROVINCE',
): Organization {
  return tenantOrganization(uuid(n), code, code, level, 'OTHER', parentId)
}

/** A small tree: TU above BTV-TU; UBND-TINH above SKHCN. */
export const TU = organization(1, 'TU')
export const BTV_TU = organization(2, 'BTV-TU', TU.id)
export const UBND_TINH = organization(3, 'UBND-TINH')
export const SKHCN = organization(4, 'SKHCN', UBND_TINH.id)
export const TREE: readonly Organization[] = [TU, BTV_TU, UBND_TINH, SKHCN]

/** The organisations of {@link TREE}, read as the use cases read them. */
export function organizationReader(
  all: readonly Organization[] = TREE,
): Pick<OrganizationReader, 'findByIds' | 'findByCode' | 'ancestorsOf'> {
  const byId = new Map(all.map((o) => [o.id, o]))
  return {
    findByIds: async (ids) => ids.map((id) => byId.get(id) ?? null),
    findByCode: async (code) => all.find((o) => o.code === code) ?? null,
    ancestorsOf: async (id) => {
      const line: Organization[] = []
      for (let o = byId.get(id); o?.parentId; ) {
        const parent = byId.get(o.parentId)
        if (!parent) break
        line.push(parent)
        o = parent
      }
      return line
    },
  }
}

/** A document issued by `issuer`, stored with this id. */
export function directive(
  n: number,
  symbol: string,
  issuer: Organization,
  secrecy: Secrecy = 'PUBLIC',
): Directive {
  const parsed = parseDocumentSymbol(symbol)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return {
    id: asId<DirectiveId>(uuid(100 + n)),
    tenantId: asId<TenantId>('demo'),
    kind: parsed.value.kind ?? 'OTHER',
    symbol: parsed.value,
    symbolText: symbol,
    issuerId: issuer.id,
    issuerTerm: null,
    issuedOn: '2025-09-15',
    title: symbol,
    secrecy,
    urgency: 'NORMAL',
    sections: [],
    version: 1,
  }
}

/** A port method that must not be reached: the test fails if the use case calls it. */
export function never(name: string): () => never {
  return () => {
    throw new Error(`${name} should not have been called`)
  }
}

/** The standing committee's programme 01-CTr/TU, public. */
export const PROGRAMME = directive(1, '01-CTr/TU', BTV_TU)

/** The standing committee's notice 215-TB/TU, secret (MẬT): hidden from a PUBLIC caller. */
export const SECRET_NOTICE = directive(3, '215-TB/TU', BTV_TU, 'MAT')

/** A well-formed document id that names no document. */
export const ABSENT_DIRECTIVE = uuid(999) as DirectiveId

/**
 * `findById` of a directive store that sees only `visible`, as the store hides from a caller
 * what its clearance does not reach: any other id is answered as absent.
 *
 * @example
 * ```ts
 * const directives = { findById: directiveFinder(PROGRAMME), link }
 * ```
 */
export function directiveFinder(
  ...visible: readonly Directive[]
): (id: DirectiveId) => Promise<Directive | null> {
  const byId = new Map(visible.map((d) => [d.id, d]))
  return async (id) => byId.get(id) ?? null
}
