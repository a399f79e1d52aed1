import { type DomainError, domainError, type ErrorPath } from '../domain-error.js'
import {
  ORGANIZATION_KIND_LABELS,
  type OrganizationKind,
} from '../organization/organization-kind.js'
import {
  ORGANIZATION_LEVEL_LABELS,
  type OrganizationLevel,
} from '../organization/organization-level.js'
import type { DocumentSymbol } from '../symbol/document-symbol.js'

/** What a check of a directive's issuer needs to know of the issuing organisation. */
export interface IssuerFacts {
  readonly code: string
  readonly name: string
  readonly kind: OrganizationKind
  readonly level: OrganizationLevel
}

const PARTY_BODIES: ReadonlySet<OrganizationKind> = new Set([
  'PARTY_COMMITTEE',
  'STANDING_COMMITTEE',
  'PARTY_ADVISORY_BOARD',
  'PARTY_DELEGATION',
])
const STATE_BODIES: ReadonlySet<OrganizationKind> = new Set([
  'PEOPLES_COUNCIL',
  'PEOPLES_COMMITTEE',
  'DEPARTMENT',
])

/** What an issuer code of a symbol says of the body that signs with it. */
interface Implied {
  readonly en: string
  readonly vi: string
  readonly kinds?: ReadonlySet<OrganizationKind>
  readonly level?: OrganizationLevel
}

const PARTY_CENTRAL: Implied = {
  en: 'a central Party body',
  vi: 'cơ quan Đảng ở Trung ương',
  kinds: PARTY_BODIES,
  level: 'CENTRAL',
}
const PARTY_PROVINCE: Implied = {
  en: 'a provincial Party body',
  vi: 'cơ quan Đảng cấp tỉnh',
  kinds: PARTY_BODIES,
  level: 'PROVINCE',
}
const PARTY_ANY: Implied = { en: 'a Party body', vi: 'cơ quan Đảng', kinds: PARTY_BODIES }
const STATE_CODES: ReadonlyMap<string, Implied> = new Map([
  [
    'UBND',
    { en: "a people's committee", vi: 'Ủy ban nhân dân', kinds: new Set(['PEOPLES_COMMITTEE']) },
  ],
  [
    'HĐND',
    { en: "a people's council", vi: 'Hội đồng nhân dân', kinds: new Set(['PEOPLES_COUNCIL']) },
  ],
  ['CP', { en: 'the Government', vi: 'Chính phủ', level: 'CENTRAL' }],
  ['TTg', { en: 'the Prime Minister', vi: 'Thủ tướng Chính phủ', level: 'CENTRAL' }],
  ['VPCP', { en: 'the Government Office', vi: 'Văn phòng Chính phủ', level: 'CENTRAL' }],
])
const STATE_ANY: Implied = {
  en: 'a State body',
  vi: 'cơ quan nhà nước',
}

function implied(symbol: DocumentSymbol): Implied | null {
  if (symbol.system === 'PARTY') {
    const code = symbol.issuerCode
    if (code.endsWith('TW')) return PARTY_CENTRAL
    if (code.endsWith('TU')) return PARTY_PROVINCE
    return PARTY_ANY
  }
  const head = symbol.issuerCode.split('-')[0]!
  return STATE_CODES.get(head) ?? STATE_ANY
}

function contradicts(expected: Implied, issuer: IssuerFacts, system: DocumentSymbol['system']) {
  if (expected.kinds !== undefined && !expected.kinds.has(issuer.kind)) {
    // Only a body of the other system contradicts a Party code outright: a front or an
    // association signing with a Party-style number is unusual but not wrong.
    if (system === 'STATE' || STATE_BODIES.has(issuer.kind)) return true
  }
  if (system === 'STATE' && expected.kinds === undefined && PARTY_BODIES.has(issuer.kind)) {
    return issuer.kind !== 'PARTY_DELEGATION'
  }
  return expected.level !== undefined && issuer.level !== expected.level
}

/**
 * A warning, not a refusal, when the issuing organisation contradicts what the symbol says of
 * who signs it: `93-KL/TW` (a central Party body) issued by a people's committee, `40/2024/
 * QĐ-UBND` issued by a Party committee, `52-CT/TU` by a commune. Code
 * `ISSUER_CONTRADICTS_SYMBOL`, messages in both languages naming the symbol and the issuer;
 * `null` when they agree or the symbol says too little.
 *
 * @example
 * ```ts
 * issuerSymbolWarning(kl93, '93-KL/TW', { code: 'UBND-TINH', name: 'Ủy ban nhân dân tỉnh', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE' })
 *   ?.messageVi // 'Ký hiệu 93-KL/TW là của cơ quan Đảng ở Trung ương, nhưng cơ quan ban hành là …'
 * ```
 */
export function issuerSymbolWarning(
  symbol: DocumentSymbol,
  symbolText: string,
  issuer: IssuerFacts,
  path: ErrorPath = ['issuerCode'],
): DomainError | null {
  const expected = implied(symbol)
  if (expected === null || !contradicts(expected, issuer, symbol.system)) return null
  const kind = ORGANIZATION_KIND_LABELS[issuer.kind]
  const level = ORGANIZATION_LEVEL_LABELS[issuer.level]
  return domainError(
    'ISSUER_CONTRADICTS_SYMBOL',
    {
      en: `The symbol ${symbolText} is that of ${expected.en}, but the issuer is ${issuer.code} (${issuer.name}: ${kind.en.toLowerCase()}, ${level.en.toLowerCase()} level); recorded as given — check the issuer`,
      vi: `Ký hiệu ${symbolText} là của ${expected.vi}, nhưng cơ quan ban hành là ${issuer.code} (${issuer.name}: ${kind.vi.toLowerCase()}, ${level.vi.toLowerCase()}); đã ghi nhận như đã nhập — đề nghị kiểm tra lại cơ quan ban hành`,
    },
    path,
    issuer.code,
  )
}
