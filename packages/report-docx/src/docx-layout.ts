import {
  DIRECTIVE_KIND_LABELS,
  formatVietnameseDate,
  type IsoDate,
  isIsoDate,
  parseDocumentSymbol,
  type Report,
  type Secrecy,
  secrecyMark,
} from '@chidao/domain'

/**
 * The two document layouts: `party` — a Party document under guideline 36-HD/VPTW of 2018
 * (issuing body and asterisk top left, "ĐẢNG CỘNG SẢN VIỆT NAM" top right, "Số 35-BC/TU",
 * T/M BAN THƯỜNG VỤ); `state` — an administrative document under decree 30/2020/NĐ-CP (the
 * national title and motto top right, "Số: 35/BC-UBND", TM./KT.).
 *
 * @example
 * ```ts
 * const layout: DocxLayout = 'party'
 * ```
 */
export type DocxLayout = 'party' | 'state'

/**
 * The layouts, for validating input and listing them in help texts.
 *
 * @example
 * ```ts
 * DOCX_LAYOUTS.join('|') // 'party|state'
 * ```
 */
export const DOCX_LAYOUTS: readonly DocxLayout[] = Object.freeze(['party', 'state'])

/**
 * Tells whether a value is a {@link DocxLayout}.
 *
 * @example
 * ```ts
 * isDocxLayout('party') // true
 * ```
 */
export function isDocxLayout(value: unknown): value is DocxLayout {
  return value === 'party' || value === 'state'
}

/**
 * The signature block: the capacity the signer signs in (T/M BAN THƯỜNG VỤ, TM. ỦY BAN NHÂN
 * DÂN, KT. CHỦ TỊCH…), the position (BÍ THƯ, PHÓ CHỦ TỊCH…) and the name; left empty, the
 * lines are there for the signer to fill in.
 *
 * @example
 * ```ts
 * const signature: DocxSignature = { capacity: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn A' }
 * ```
 */
export interface DocxSignature {
  readonly capacity?: string | null
  readonly position?: string | null
  readonly name?: string | null
}

/**
 * What the document needs beyond the report: every field optional, each with a default from
 * the report (see {@link resolveDocxOptions}).
 *
 * @example
 * ```ts
 * renderReportDocx(report, { layout: 'party', superior: 'Đảng bộ tỉnh Minh Họa', issuer: 'Tỉnh ủy Minh Họa',
 *   place: 'Minh Họa', recipients: ['Ban Bí thư (để báo cáo)', 'Lưu Văn phòng Tỉnh ủy'] })
 * ```
 */
export interface ReportDocxOptions {
  readonly layout?: DocxLayout | null
  /** The body above the issuer (cơ quan cấp trên / chủ quản), printed above it; none by default. */
  readonly superior?: string | null
  /** The issuing body (cơ quan ban hành); the report's scope by default. */
  readonly issuer?: string | null
  /** The number of the report (số), left blank for the records office to fill in by default. */
  readonly number?: string | number | null
  /**
   * The symbol after the number: `BC/TU` (party) or `BC-UBND` (state); by default the issuer
   * code of the directive reported on.
   */
  readonly symbol?: string | null
  /** The place of the date line (địa danh), e.g. "Minh Họa"; dots by default. */
  readonly place?: string | null
  /** The day of the date line; the report's date (`asOf`) by default. */
  readonly date?: IsoDate | null
  /** The subject line (trích yếu) under "BÁO CÁO"; drawn from the kind and the directive by default. */
  readonly subject?: string | null
  /** The recipients (Nơi nhận), one a line; by default the records office only. */
  readonly recipients?: readonly string[] | null
  readonly signature?: DocxSignature | null
}

/**
 * {@link ReportDocxOptions} with every default applied, as the renderer lays them out.
 *
 * @example
 * ```ts
 * const o: ResolvedDocxOptions = resolveDocxOptions(report, { number: 35 })
 * o.numberLine // 'Số 35-BC/TU'
 * ```
 */
export interface ResolvedDocxOptions {
  readonly layout: DocxLayout
  readonly superior: string | null
  readonly issuer: string
  /** "Số 35-BC/TU" or "Số:   /BC-UBND". */
  readonly numberLine: string
  /**
   * The report's secrecy mark as printed under the number ("MẬT", "TỐI MẬT", "TUYỆT MẬT"),
   * `null` for a public report. It comes from the report, never from the options: no option
   * lowers or removes it.
   */
  readonly secrecyMark: string | null
  /** "Minh Họa, ngày 31 tháng 3 năm 2024". */
  readonly dateLine: string
  readonly subject: string
  readonly recipients: readonly string[]
  readonly signature: {
    readonly capacity: string
    readonly position: string
    readonly name: string
  }
}

const BLANK_NUMBER = '\u00a0'.repeat(6)

/** "Minh Họa, ngày 07 tháng 12 năm 2026": a day below 10 and January and February with a 0, as decree 30/2020/NĐ-CP writes them. */
function vietnameseDateLine(place: string, date: IsoDate): string {
  return `${place}, ${formatVietnameseDate(date, 'long')}`
}

/**
 * The text with its first letter in lower case (Vietnamese rules).
 *
 * @example
 * ```ts
 * lowerFirst('Kết quả') // 'kết quả'
 * ```
 */
export function lowerFirst(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toLocaleLowerCase('vi')}${text.slice(1)}`
}

/**
 * The subject line of a report: "Sơ kết thực hiện Chương trình hành động số 06-CTr/TU của Ban
 * Thường vụ Tỉnh ủy …": the kind, then the directive named by its type, number and title.
 *
 * @example
 * ```ts
 * reportSubject(report) // 'Sơ kết thực hiện Chương trình hành động số 06-CTr/TU của Ban Thường vụ Tỉnh ủy …'
 * ```
 */
export function reportSubject(report: Report): string {
  // The kind of document keeps its capital: "thực hiện Chương trình", "thực hiện Kết luận".
  return `${reportKindPhrase(report)} thực hiện ${directiveName(report, true)}`
}

/**
 * What the report gives, as its subject line starts: "Kết quả" for a periodic report (under
 * "BÁO CÁO", "Báo cáo định kỳ" would say it twice), "Sơ kết", "Tổng kết".
 *
 * @example
 * ```ts
 * reportKindPhrase(report) // 'Sơ kết'
 * ```
 */
export function reportKindPhrase(report: Report): string {
  return report.kind === 'PERIODIC_REPORT' ? 'Kết quả' : report.kindLabel.vi
}

/**
 * The directive as running text names it: its kind and number ("Chương trình số 06-CTr/TU"),
 * or with `withTitle` its whole title with the number put in after the kind.
 *
 * @example
 * ```ts
 * directiveName(report) // 'Chương trình số 06-CTr/TU'
 * ```
 */
export function directiveName(report: Report, withTitle = false): string {
  const symbol = report.directive.symbolText
  const title = report.directive.title.trim()
  const parsed = parseDocumentSymbol(symbol)
  const kind = parsed.ok && parsed.value.kind !== null ? parsed.value.kind : null
  const kindName = kind === null ? 'văn bản' : DIRECTIVE_KIND_LABELS[kind].vi
  if (!withTitle) return `${kindName} số ${symbol}`
  let named: string
  if (title.toLocaleLowerCase('vi').startsWith(kindName.toLocaleLowerCase('vi'))) {
    // "Chương trình hành động của …" → "Chương trình hành động số 06-CTr/TU của …"
    const at = title.slice(kindName.length).search(/\s(của|về|thực hiện|triển khai|tiếp tục)\s/u)
    named =
      at < 0
        ? `${title} số ${symbol}`
        : `${title.slice(0, kindName.length + at)} số ${symbol}${title.slice(kindName.length + at)}`
  } else {
    named = `${kindName} số ${symbol} ${lowerFirst(title)}`
  }
  return named
}

function defaultSymbol(report: Report, layout: DocxLayout): string {
  const parsed = parseDocumentSymbol(report.directive.symbolText)
  const issuer = parsed.ok ? parsed.value.issuerCode : null
  if (layout === 'party') return `BC/${issuer ?? '…'}`
  return `BC-${issuer ?? '…'}`
}

/**
 * What a signed document falls back on where the options say nothing: its day, its issuer, its
 * secrecy (never overridden), its subject, the symbol after its number in each layout, the
 * signature of each layout and the records office.
 *
 * @example
 * ```ts
 * const defaults: SignedDocumentDefaults = { date: '2026-12-07', issuer: 'Ban Tuyên giáo Tỉnh ủy', secrecy: 'PUBLIC',
 *   subject: 'V/v đôn đốc…', symbol: (layout) => (layout === 'party' ? 'CV/BTGTU' : 'BTGTU') }
 * ```
 */
export interface SignedDocumentDefaults {
  readonly date: IsoDate
  readonly issuer: string
  readonly secrecy: Secrecy
  readonly subject: string
  readonly symbol: (layout: DocxLayout) => string
}

/**
 * Applies the defaults of a signed document to {@link ReportDocxOptions}: what the report's
 * and the letter's options share. Fails with a `RangeError` naming the field (in English and
 * Vietnamese) for a layout or a date that is not one.
 *
 * @example
 * ```ts
 * resolveSignedDocumentOptions(defaults, { layout: 'state', number: 4912, symbol: 'UBND-VX' }).numberLine // 'Số: 4912/UBND-VX'
 * ```
 */
export function resolveSignedDocumentOptions(
  defaults: SignedDocumentDefaults,
  options: ReportDocxOptions = {},
): ResolvedDocxOptions {
  const layout = options.layout ?? 'party'
  if (!isDocxLayout(layout)) {
    throw new RangeError(
      `layout must be party or state, got "${String(layout)}" / layout phải là party hoặc state`,
    )
  }
  const date = options.date ?? defaults.date
  if (!isIsoDate(date)) {
    throw new RangeError(
      `date must be a date YYYY-MM-DD, got "${String(date)}" / date phải là ngày YYYY-MM-DD`,
    )
  }
  const nfc = (text: string) => text.normalize('NFC').trim()
  const symbol = nfc(options.symbol ?? defaults.symbol(layout))
  const number =
    options.number === null || options.number === undefined || String(options.number).trim() === ''
      ? BLANK_NUMBER
      : nfc(String(options.number))
  const numberLine =
    layout === 'party' ? `Số ${number}-${symbol}` : `Số: ${number}/${symbol.replace(/^\//, '')}`
  const party = layout === 'party'
  const signature = options.signature ?? {}
  return Object.freeze({
    layout,
    superior: options.superior ? nfc(options.superior) : null,
    issuer: nfc(options.issuer ?? defaults.issuer),
    numberLine,
    secrecyMark: secrecyMark(defaults.secrecy),
    dateLine: vietnameseDateLine(nfc(options.place ?? '…………'), date),
    subject: nfc(options.subject ?? defaults.subject),
    recipients: Object.freeze(
      (options.recipients ?? [party ? 'Lưu Văn phòng' : 'Lưu: VT']).map(nfc).filter(Boolean),
    ),
    signature: Object.freeze({
      capacity: nfc(signature.capacity ?? (party ? 'T/M BAN THƯỜNG VỤ' : 'TM. ỦY BAN NHÂN DÂN')),
      position: nfc(signature.position ?? (party ? 'BÍ THƯ' : 'CHỦ TỊCH')),
      name: nfc(signature.name ?? ''),
    }),
  })
}

/**
 * Applies the defaults to {@link ReportDocxOptions}; fails with a `RangeError` naming the field
 * (in English and Vietnamese) for a layout or a date that is not one.
 *
 * @example
 * ```ts
 * resolveDocxOptions(report, { number: 35, place: 'Minh Họa' }).numberLine // 'Số 35-BC/TU'
 * ```
 */
export function resolveDocxOptions(
  report: Report,
  options: ReportDocxOptions = {},
): ResolvedDocxOptions {
  return resolveSignedDocumentOptions(
    {
      date: report.asOf,
      issuer: report.scope?.name ?? '',
      secrecy: report.secrecy,
      subject: reportSubject(report),
      symbol: (layout) => defaultSymbol(report, layout),
    },
    options,
  )
}
