import type { DirectiveKind } from './directive-kind.js'

/**
 * Words that name a kind of document, longest first where one begins another, with the kind
 * they name (`null`: "Văn bản" says nothing). Citations read the words before a symbol with
 * them, and a directive's title (trích yếu) is read with them when it opens with its kind.
 *
 * @example
 * ```ts
 * KIND_WORDS.find(([w]) => w === 'Quy định')?.[1] // 'REGULATION'
 * ```
 */
export const KIND_WORDS: ReadonlyArray<readonly [string, DirectiveKind | null]> = Object.freeze([
  ['Nghị quyết liên tịch', 'RESOLUTION'],
  ['Nghị quyết', 'RESOLUTION'],
  ['Chỉ thị', 'DIRECTIVE'],
  ['Thông báo kết luận', 'NOTICE'],
  ['Kết luận', 'CONCLUSION'],
  ['Chương trình hành động', 'PROGRAM'],
  ['Chương trình', 'PROGRAM'],
  ['Kế hoạch', 'PLAN'],
  ['Quyết định', 'DECISION'],
  ['Quy định', 'REGULATION'],
  ['Qui định', 'REGULATION'],
  ['Quy chế', 'RULES'],
  ['Qui chế', 'RULES'],
  ['Nghị định', 'DECREE'],
  ['Thông tư liên tịch', 'CIRCULAR'],
  ['Thông tư', 'CIRCULAR'],
  ['Thông tri', 'CIRCULAR_NOTICE'],
  ['Tờ trình', 'PROPOSAL'],
  ['Hướng dẫn', 'GUIDANCE'],
  ['Thông báo', 'NOTICE'],
  ['Thông cáo', 'COMMUNIQUE'],
  ['Báo cáo', 'REPORT'],
  ['Đề án', 'PROJECT'],
  ['Dự án', 'PROJECT'],
  ['Phương án', 'SCHEME'],
  ['Công văn', 'OFFICIAL_LETTER'],
  ['Công điện', 'DISPATCH'],
  ['Biên bản', 'MINUTES'],
  ['Giấy mời', 'INVITATION'],
  ['Hợp đồng', 'CONTRACT'],
  ['Bộ luật', 'LAW'],
  ['Luật', 'LAW'],
  ['Pháp lệnh', 'OTHER'],
  ['Lệnh', 'OTHER'],
  ['Văn bản', null],
] as const)

const KIND_BY_WORDS = new Map(KIND_WORDS.map(([w, k]) => [w.toLowerCase(), k]))

/**
 * The kind that kind words name (any case, any run of spaces), or `null`.
 *
 * @example
 * ```ts
 * kindOfWords('quy  định') // 'REGULATION'
 * ```
 */
export function kindOfWords(words: string): DirectiveKind | null {
  return KIND_BY_WORDS.get(words.normalize('NFC').replace(/\s+/gu, ' ').toLowerCase()) ?? null
}

const OPENING = new RegExp(
  `^\\s*(${KIND_WORDS.map(([w]) => w.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
)

/**
 * The kind a title (trích yếu) names by its opening words — "Quy định về kiểm điểm…" names a
 * Quy định — or `null` when it opens otherwise.
 *
 * @example
 * ```ts
 * kindNamedByTitle('Quy định về kiểm điểm và đánh giá, xếp loại chất lượng') // 'REGULATION'
 * kindNamedByTitle('Về việc thành lập Ban Chỉ đạo') // null
 * ```
 */
export function kindNamedByTitle(title: string): DirectiveKind | null {
  const m = OPENING.exec(title.normalize('NFC'))
  return m ? kindOfWords(m[1]!) : null
}

/**
 * Whether the kind the words name agrees with the kind the symbol's type code denotes. They
 * agree when equal, when the code says nothing, and for a Quy định numbered with `QĐ`: Party
 * regulations are numbered so in practice (Quy định 366-QĐ/TW of the Politburo).
 *
 * @example
 * ```ts
 * wordsAgreeWithCode('REGULATION', 'DECISION') // true
 * wordsAgreeWithCode('DIRECTIVE', 'CONCLUSION') // false
 * ```
 */
export function wordsAgreeWithCode(words: DirectiveKind, code: DirectiveKind | null): boolean {
  if (code === null || words === code) return true
  return words === 'REGULATION' && code === 'DECISION'
}
