import {
  type Directive,
  type Organization,
  type OrganizationId,
  parseDocumentSymbol,
} from '@chidao/domain'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'

/** The layouts of a report to sign: a Party document's, or a State one's. */
export const REPORT_LAYOUTS = ['party', 'state'] as const

/** One of {@link REPORT_LAYOUTS}. */
export type ReportLayout = (typeof REPORT_LAYOUTS)[number]

/** Tells whether a string is a {@link ReportLayout}. */
export function isReportLayout(value: unknown): value is ReportLayout {
  return typeof value === 'string' && (REPORT_LAYOUTS as readonly string[]).includes(value)
}

/**
 * The header and closing of a report to sign, as drawn from the records: what a DOCX writer
 * lays out unless told otherwise.
 *
 * @example
 * ```ts
 * // { layout: 'party', superior: null, issuer: 'Tỉnh ủy Minh Họa', place: 'Minh Họa',
 * //   recipients: ['Ban Bí thư Trung ương Đảng (để báo cáo)', 'Lưu Văn phòng Tỉnh ủy'],
 * //   signature: { capacity: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ' } }
 * ```
 */
export interface ReportLetterhead {
  readonly layout: ReportLayout
  /** The body above the issuer (cơ quan chủ quản), if it is printed. */
  readonly superior: string | null
  /** The issuing body (cơ quan ban hành). */
  readonly issuer: string
  /** The province or city of the date line (địa danh), where the names tell it. */
  readonly place: string | null
  /** Nơi nhận, one a line. */
  readonly recipients: readonly string[]
  readonly signature: { readonly capacity?: string; readonly position?: string }
}

/** The ports {@link reportLetterhead} reads. */
export interface ReportLetterheadPorts {
  readonly organizations: Pick<OrganizationReader, 'findById' | 'findByIds'>
  readonly directives: Pick<DirectiveReader, 'implementationChain'>
}

/** "Tỉnh ủy tỉnh Minh Họa" → "Tỉnh ủy Minh Họa", as the name stands in a document's header. */
function headerName(name: string): string {
  return name.replace(
    /^(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)\s+(tỉnh|thành phố|huyện|quận|thị xã)\s+/iu,
    '$1 ',
  )
}

/** The province or city an organisation's name mentions: "… tỉnh Minh Họa" → "Minh Họa". */
function placeIn(names: readonly string[]): string | null {
  for (const name of names) {
    const m = /(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u.exec(
      name,
    )
    if (m?.[1] && !/^(tỉnh|thành)/iu.test(m[1])) return m[1]
  }
  return null
}

/** Who issues and who signs, for the kind of the organisation the report speaks for. */
function issuerAndSigner(
  scope: Organization | null,
  parent: Organization | null,
  layout: ReportLayout,
) {
  let superior: string | null = null
  let issuer = scope?.name ?? ''
  let capacity: string | null = null
  let position: string | null = null
  switch (scope?.kind) {
    case 'STANDING_COMMITTEE':
      // The Standing Committee issues under its committee's name and signs for itself.
      issuer = parent ? headerName(parent.name) : issuer
      capacity = layout === 'party' ? 'T/M BAN THƯỜNG VỤ' : null
      position = 'BÍ THƯ'
      break
    case 'PARTY_COMMITTEE':
      issuer = headerName(issuer)
      capacity = 'T/M BAN THƯỜNG VỤ'
      position = 'BÍ THƯ'
      break
    case 'PARTY_ADVISORY_BOARD':
      superior = parent ? headerName(parent.name) : null
      capacity = ''
      position = 'TRƯỞNG BAN'
      break
    case 'PEOPLES_COMMITTEE':
      capacity = 'TM. ỦY BAN NHÂN DÂN'
      position = 'CHỦ TỊCH'
      break
    case 'DEPARTMENT':
      superior = parent ? (parent.shortName ?? parent.name) : null
      capacity = ''
      position = 'GIÁM ĐỐC'
      break
    default:
      superior = parent ? (parent.shortName ?? parent.name) : null
  }
  return { superior, issuer, capacity, position }
}

/**
 * The part of a letterhead that depends on the organisation speaking alone: the issuing body
 * and the one above it, the place its names tell, the signing capacity for its kind, and the
 * records office that keeps the copy (Lưu …). Shared by reports and letters.
 *
 * @example
 * ```ts
 * const head = await organizationLetterhead(ports.organizations, tinhUy, 'party')
 * head.signature.position // 'BÍ THƯ'
 * ```
 */
export async function organizationLetterhead(
  organizations: Pick<OrganizationReader, 'findById'>,
  scope: Organization | null,
  layout: ReportLayout,
): Promise<Omit<ReportLetterhead, 'recipients'> & { readonly office: string }> {
  const parent = scope?.parentId ? await organizations.findById(scope.parentId) : null
  const { superior, issuer, capacity, position } = issuerAndSigner(scope, parent, layout)
  const office =
    layout === 'party' ? `Lưu Văn phòng${parent ? ` ${headerName(parent.name)}` : ''}` : 'Lưu: VT'
  return Object.freeze({
    layout,
    superior,
    issuer,
    place: placeIn([scope?.name ?? '', parent?.name ?? '']) ?? null,
    office,
    signature: Object.freeze({
      ...(capacity !== null ? { capacity } : {}),
      ...(position !== null ? { position } : {}),
    }),
  })
}

/**
 * The letterhead of a report speaking for `scope`, drawn from the records: the layout (the
 * one asked, else Party for a Party document's symbol and State for a State one's), the
 * issuing body and the one above it, the place (the province its names mention), the signing
 * capacity for its kind of organisation, and the recipients — the issuers of the documents the
 * directive implements "(để báo cáo)", then the records office.
 *
 * @example
 * ```ts
 * const letterhead = await reportLetterhead(ports, directive, tinhUy, null)
 * letterhead.signature.position // 'BÍ THƯ'
 * ```
 */
export async function reportLetterhead(
  ports: ReportLetterheadPorts,
  directive: Directive,
  scope: Organization | null,
  layout: ReportLayout | null,
): Promise<ReportLetterhead> {
  const parsed = parseDocumentSymbol(directive.symbolText)
  const chosen: ReportLayout =
    layout ?? (parsed.ok && parsed.value.system === 'STATE' ? 'state' : 'party')
  const { office, ...head } = await organizationLetterhead(ports.organizations, scope, chosen)

  const upward = (await ports.directives.implementationChain(directive.id))
    .filter((step) => step.depth === 1)
    .map((step) => step.directive.issuerId)
  const upwardNames = (await ports.organizations.findByIds(upward as OrganizationId[])).flatMap(
    (o) => (o ? [`${o.name} (để báo cáo)`] : []),
  )
  return Object.freeze({ ...head, recipients: Object.freeze([...upwardNames, office]) })
}
