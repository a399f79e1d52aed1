import type { DirectiveKind } from '../directive/directive-kind.js'

/** The two numbering systems of Vietnamese documents: the Party's and the State's. */
export type DocumentSystem = 'PARTY' | 'STATE'

/**
 * A document type code (ký hiệu loại văn bản) with its canonical spelling and the kind of
 * document it denotes in each system (`null` where the system does not use the code).
 */
export interface DocumentTypeCode {
  /** Canonical spelling, e.g. `CTr`, `QĐi`, `NĐ`. */
  readonly code: string
  /** Kind in the Party system (guideline 36-HD/VPTW), or `null` if the Party does not use it. */
  readonly party: DirectiveKind | null
  /** Kind in the State system (decree 30/2020/NĐ-CP), or `null` if the State does not use it. */
  readonly state: DirectiveKind | null
}

function t(code: string, party: DirectiveKind | null, state: DirectiveKind | null) {
  return Object.freeze({ code, party, state })
}

/**
 * Every document type code chidao knows, Party and State, in canonical case.
 * `TT` is the Party's Thông tri (`CIRCULAR_NOTICE`) but the State's Thông tư (`CIRCULAR`).
 *
 * @example
 * ```ts
 * DOCUMENT_TYPE_CODES.find((c) => c.code === 'KL')?.party // 'CONCLUSION'
 * ```
 */
export const DOCUMENT_TYPE_CODES: readonly DocumentTypeCode[] = Object.freeze([
  // Party and State
  t('NQ', 'RESOLUTION', 'RESOLUTION'), // Nghị quyết
  t('CT', 'DIRECTIVE', 'DIRECTIVE'), // Chỉ thị
  t('QĐ', 'DECISION', 'DECISION'), // Quyết định
  t('QC', 'RULES', 'RULES'), // Quy chế
  t('TT', 'CIRCULAR_NOTICE', 'CIRCULAR'), // Thông tri (Party) / Thông tư (State)
  t('HD', 'GUIDANCE', 'GUIDANCE'), // Hướng dẫn
  t('TB', 'NOTICE', 'NOTICE'), // Thông báo
  t('BC', 'REPORT', 'REPORT'), // Báo cáo
  t('KH', 'PLAN', 'PLAN'), // Kế hoạch
  t('CTr', 'PROGRAM', 'PROGRAM'), // Chương trình
  t('ĐA', 'PROJECT', 'PROJECT'), // Đề án
  t('TTr', 'PROPOSAL', 'PROPOSAL'), // Tờ trình
  t('BB', 'MINUTES', 'MINUTES'), // Biên bản
  t('TC', 'COMMUNIQUE', 'COMMUNIQUE'), // Thông cáo
  // Party only
  t('KL', 'CONCLUSION', null), // Kết luận
  t('QĐi', 'REGULATION', null), // Quy định (Party)
  t('CV', 'OFFICIAL_LETTER', null), // Công văn (State letters carry no type code)
  t('BS', 'COPY', null), // Bản sao
  // State only
  t('QyĐ', null, 'REGULATION'), // Quy định (State)
  t('NĐ', null, 'DECREE'), // Nghị định
  t('TTLT', null, 'CIRCULAR'), // Thông tư liên tịch
  t('PA', null, 'SCHEME'), // Phương án
  t('DA', null, 'PROJECT'), // Dự án
  t('HĐ', null, 'CONTRACT'), // Hợp đồng
  t('CĐ', null, 'DISPATCH'), // Công điện
  t('GM', null, 'INVITATION'), // Giấy mời
  t('BGN', null, 'OTHER'), // Bản ghi nhớ
  t('BTT', null, 'OTHER'), // Bản thỏa thuận
  t('GUQ', null, 'OTHER'), // Giấy ủy quyền
  t('GGT', null, 'OTHER'), // Giấy giới thiệu
  t('GNP', null, 'OTHER'), // Giấy nghỉ phép
  t('PG', null, 'OTHER'), // Phiếu gửi
  t('PC', null, 'OTHER'), // Phiếu chuyển
  t('PB', null, 'OTHER'), // Phiếu báo
  t('L', null, 'OTHER'), // Lệnh (of the State President, `05/2020/L-CTN`)
])

const BY_UPPER = new Map(DOCUMENT_TYPE_CODES.map((c) => [c.code.toUpperCase(), c]))

/**
 * Type codes as typed on keyboards without `Đ` (`QD`, `ND`), read as the code with `Đ`.
 * `DA` and `HD` are not here: they are codes of their own (Dự án, Hướng dẫn).
 */
const ASCII_ALIASES: ReadonlyMap<string, string> = new Map([
  ['QD', 'QĐ'],
  ['QDI', 'QĐi'],
  ['QYD', 'QyĐ'],
  ['ND', 'NĐ'],
  ['CD', 'CĐ'],
])

/** Result of {@link lookupTypeCode}: the code, and what was changed to find it. */
export interface TypeCodeMatch {
  readonly type: DocumentTypeCode
  readonly caseChanged: boolean
  readonly asciiD: boolean
}

/**
 * Finds a type code in any letter case (`Ctr` → `CTr`) and, failing that, with an ASCII `D`
 * for `Đ` (`QD` → `QĐ`). Expects `Đ`, not look-alikes (normalise those first).
 *
 * @example
 * ```ts
 * lookupTypeCode('Ctr')?.type.code // 'CTr'
 * lookupTypeCode('XY') // null
 * ```
 */
export function lookupTypeCode(text: string): TypeCodeMatch | null {
  const upper = text.toUpperCase()
  const direct = BY_UPPER.get(upper)
  if (direct) return { type: direct, caseChanged: direct.code !== text, asciiD: false }
  const alias = ASCII_ALIASES.get(upper)
  if (alias) return { type: BY_UPPER.get(alias.toUpperCase())!, caseChanged: false, asciiD: true }
  return null
}

/**
 * The kind a type code denotes in a system; a code of the other system only is read with the
 * other system's meaning (a State letter numbered `12/CV-UBND` is still a Công văn).
 *
 * @example
 * ```ts
 * kindOfTypeCode('TT', 'PARTY') // 'CIRCULAR_NOTICE'
 * kindOfTypeCode('TT', 'STATE') // 'CIRCULAR'
 * ```
 */
export function kindOfTypeCode(code: string, system: DocumentSystem): DirectiveKind | null {
  const type = BY_UPPER.get(code.toUpperCase())
  if (!type) return null
  return system === 'PARTY' ? (type.party ?? type.state) : (type.state ?? type.party)
}
