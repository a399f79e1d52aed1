/**
 * Issuer codes (ký hiệu cơ quan ban hành) whose canonical spelling chidao knows. Other codes
 * are accepted as written, upper-cased. The list fixes the case of mixed-case codes (`TTg`) and
 * lets ASCII spellings (`HDND`) be read with `Đ`.
 *
 * @example
 * ```ts
 * KNOWN_ISSUER_CODES.includes('TTg') // true
 * ```
 */
export const KNOWN_ISSUER_CODES: readonly string[] = Object.freeze([
  // Party, central (Ban Chấp hành, Bộ Chính trị and Ban Bí thư all sign as TW)
  'TW',
  'VPTW',
  'BTCTW',
  'BTGTW',
  'BTGDVTW',
  'BDVTW',
  'UBKTTW',
  'BNCTW',
  // Party, province and below
  'TU',
  'VPTU',
  'BTCTU',
  'BTGTU',
  'BTGDVTU',
  'BDVTU',
  'UBKTTU',
  'HU',
  'QU',
  'TXU',
  'ĐU',
  'ĐUK',
  'ĐĐ',
  'BCS',
  'BCĐ',
  // State
  'CP',
  'TTg',
  'VPCP',
  'TCTTTg',
  'UBND',
  'HĐND',
  'UBTVQH',
  'CTN',
  'SKHCN',
  'BKHCN',
])

const BY_UPPER = new Map(KNOWN_ISSUER_CODES.map((c) => [c.toUpperCase(), c]))
const BY_ASCII = new Map(
  KNOWN_ISSUER_CODES.filter((c) => c.includes('Đ')).map((c) => [
    c.toUpperCase().replaceAll('Đ', 'D'),
    c,
  ]),
)

/** Result of {@link canonicalIssuerSegment}. */
export interface IssuerSegmentMatch {
  readonly code: string
  readonly caseChanged: boolean
  readonly asciiD: boolean
}

/**
 * Canonical spelling of one hyphen-separated segment of an issuer code: a known code in its
 * canonical case (`ttg` → `TTg`, `HDND` → `HĐND`), a legislature code as `QH15`, any other
 * code upper-cased (`ubnd` → `UBND`).
 *
 * @example
 * ```ts
 * canonicalIssuerSegment('Ttg') // { code: 'TTg', caseChanged: true, asciiD: false }
 * ```
 */
export function canonicalIssuerSegment(segment: string): IssuerSegmentMatch {
  const upper = segment.toUpperCase()
  const known = BY_UPPER.get(upper)
  if (known) return { code: known, caseChanged: known !== segment, asciiD: false }
  const legislature = /^(UBTVQH|QH)(\d{1,2})$/u.exec(upper)
  if (legislature) {
    const code = `${legislature[1]}${Number(legislature[2])}`
    return { code, caseChanged: code !== segment, asciiD: false }
  }
  const ascii = BY_ASCII.get(upper)
  if (ascii) return { code: ascii, caseChanged: false, asciiD: true }
  return { code: upper, caseChanged: upper !== segment, asciiD: false }
}
