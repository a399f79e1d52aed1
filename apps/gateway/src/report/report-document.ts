import type { TenantStore } from '@chidao/app'
import {
  type Directive,
  type Organization,
  type OrganizationId,
  parseDocumentSymbol,
  type Report,
  renderReportHtml,
  renderReportMarkdown,
  secrecyMark,
} from '@chidao/domain'
// Types only: the DOCX writer (docx, resvg) is loaded when a DOCX is asked for, so that every
// other command and the server's start do not pay for it.
import type { DocxLayout, ReportDocxOptions } from '@chidao/report-docx'

/** The formats a report is written in. */
export const REPORT_FILE_FORMATS = ['md', 'html', 'docx'] as const

/** One of {@link REPORT_FILE_FORMATS}. */
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number]

/** Tells whether a string is a {@link ReportFileFormat}. */
export function isReportFileFormat(value: unknown): value is ReportFileFormat {
  return typeof value === 'string' && (REPORT_FILE_FORMATS as readonly string[]).includes(value)
}

/** Tells whether a string is a DOCX layout (`party`, `state`). */
export function isReportLayout(value: unknown): value is DocxLayout {
  return value === 'party' || value === 'state'
}

/** A report written out: its bytes or text, its media type and file extension. */
export interface ReportFile {
  readonly body: string | Uint8Array
  readonly contentType: string
  readonly extension: ReportFileFormat
}

const CONTENT_TYPES: Record<ReportFileFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
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

/**
 * The header and closing of a DOCX report drawn from the data, each overridable: the layout
 * (Party for a Party document's symbol, else State), the issuing body and the one above it, the
 * place (the province its names mention), the signing capacity for its kind of organisation,
 * and the recipients — the issuers of the documents it implements "(để báo cáo)", then the
 * records office.
 */
export async function reportDocxDefaults(
  tenant: TenantStore,
  directive: Directive,
  report: Report,
  layout: DocxLayout | null,
): Promise<ReportDocxOptions> {
  const parsed = parseDocumentSymbol(directive.symbolText)
  const chosen: DocxLayout =
    layout ?? (parsed.ok && parsed.value.system === 'STATE' ? 'state' : 'party')
  const scope = report.scope ? await tenant.organizations.findById(report.scope.id) : null
  const parent: Organization | null = scope?.parentId
    ? await tenant.organizations.findById(scope.parentId)
    : null

  let superior: string | null = null
  let issuer = scope?.name ?? ''
  let capacity: string | null = null
  let position: string | null = null
  switch (scope?.kind) {
    case 'STANDING_COMMITTEE':
      // The Standing Committee issues under its committee's name and signs for itself.
      issuer = parent ? headerName(parent.name) : issuer
      capacity = chosen === 'party' ? 'T/M BAN THƯỜNG VỤ' : null
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

  const upward = (await tenant.directives.implementationChain(directive.id))
    .filter((step) => step.depth === 1)
    .map((step) => step.directive.issuerId)
  const upwardNames = (await tenant.organizations.findByIds(upward as OrganizationId[])).flatMap(
    (o) => (o ? [`${o.name} (để báo cáo)`] : []),
  )
  const office =
    chosen === 'party' ? `Lưu Văn phòng${parent ? ` ${headerName(parent.name)}` : ''}` : 'Lưu: VT'

  return {
    layout: chosen,
    superior,
    issuer,
    place: placeIn([scope?.name ?? '', parent?.name ?? '']) ?? null,
    recipients: [...upwardNames, office],
    signature: {
      ...(capacity !== null ? { capacity } : {}),
      ...(position !== null ? { position } : {}),
    },
  }
}

/**
 * Writes a report in a format: Markdown, HTML, or DOCX with the defaults of
 * {@link reportDocxDefaults} under the options given.
 */
export async function writeReport(
  tenant: TenantStore,
  directive: Directive,
  report: Report,
  format: ReportFileFormat,
  docx: ReportDocxOptions = {},
): Promise<ReportFile> {
  const contentType = CONTENT_TYPES[format]
  if (format === 'md') return { body: renderReportMarkdown(report), contentType, extension: format }
  if (format === 'html') return { body: renderReportHtml(report), contentType, extension: format }
  const defaults = await reportDocxDefaults(tenant, directive, report, docx.layout ?? null)
  const defined = Object.fromEntries(
    Object.entries(docx).filter(([, value]) => value !== undefined && value !== null),
  ) as ReportDocxOptions
  const { renderReportDocx } = await import('@chidao/report-docx')
  const body = await renderReportDocx(report, {
    ...defaults,
    ...defined,
    signature: { ...defaults.signature, ...defined.signature },
  })
  return { body, contentType, extension: format }
}

/**
 * A file name for a downloaded report, e.g. `so-ket-06-CTr-TU-2024-03-31.docx`, and its plain
 * ASCII fallback for `Content-Disposition`. A secret report's name starts with its mark:
 * `MẬT-thông-báo-…` (`MAT-thong-bao-…`), so that it shows wherever the file is listed.
 */
export function reportFileName(report: Report, extension: ReportFileFormat) {
  const kind = report.kindLabel.vi.toLocaleLowerCase('vi').replaceAll(' ', '-')
  const symbol = report.directive.symbolText.replaceAll('/', '-')
  const mark = secrecyMark(report.secrecy)
  const prefix = mark === null ? '' : `${mark.replaceAll(' ', '-')}-`
  const name = `${prefix}${kind}-${symbol}-${report.asOf}.${extension}`.normalize('NFC')
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .replace(/[^A-Za-z0-9._-]/g, '_')
  return { name, ascii }
}
