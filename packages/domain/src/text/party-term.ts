import { domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import { parseRomanNumeral } from './roman-numeral.js'

/**
 * `khóa <Roman numeral>`, optionally in parentheses; also `khóa 13`, the term in Arabic numerals
 * (1–100), as some texts write it. Both accent placements (khóa, khoá) and any letter case, on
 * NFC text.
 */
const TERM_PATTERN =
  '(?<![\\p{L}\\p{N}])(\\(\\s*)?kh(?:óa|oá)\\s+([ivxlcdm]+|[1-9]\\d{0,2})(?![\\p{L}\\p{N}])(\\s*\\))?'

/** A term (khóa) found in text, with UTF-16 offsets into the NFC text. */
export interface PartyTermMatch {
  readonly start: number
  readonly end: number
  /** The term as a number: 10 for `khóa X`. */
  readonly term: number
}

function termOfNumeral(numeral: string): number | null {
  if (/^\d+$/u.test(numeral)) return Number(numeral) <= 100 ? Number(numeral) : null
  const parsed = parseRomanNumeral(numeral)
  return parsed.ok ? parsed.value : null
}

function toMatch(m: RegExpExecArray): PartyTermMatch | null {
  const term = termOfNumeral(m[2]!)
  if (term === null) return null
  const full = m.index + m[0].length
  // Parentheses belong to the term only when both are there.
  const balanced = m[1] !== undefined && m[3] !== undefined
  const from = balanced ? m.index : m.index + (m[1]?.length ?? 0)
  const end = balanced ? full : full - (m[3]?.length ?? 0)
  return Object.freeze({ start: from, end, term })
}

/**
 * Matches a term (`khóa X`, `(khóa X)`) starting exactly at `index` of an NFC string.
 *
 * @example
 * ```ts
 * matchPartyTermAt('Bộ Chính trị khóa X', 13) // { start: 13, end: 19, term: 10 }
 * ```
 */
export function matchPartyTermAt(text: string, index: number): PartyTermMatch | null {
  const sticky = new RegExp(TERM_PATTERN, 'iuy')
  sticky.lastIndex = index
  const m = sticky.exec(text)
  return m ? toMatch(m) : null
}

/**
 * Finds the first party term in text — `khóa X`, `(khóa X)`, `Khóa XVI`, `KHOÁ XIII`, `khoá X`,
 * composed or decomposed — and returns it as a number, or `null` when there is none.
 *
 * @example
 * ```ts
 * findPartyTerm('Chỉ thị số 42-CT/TW của Bộ Chính trị (khóa X)') // 10
 * findPartyTerm('Ban Chấp hành Trung ương KHOÁ XIII') // 13
 * findPartyTerm('Khoa học và Công nghệ') // null
 * ```
 */
export function findPartyTerm(text: string): number | null {
  return findPartyTerms(text)[0]?.term ?? null
}

/**
 * Finds every party term in text, with offsets into the NFC-normalised text.
 *
 * @example
 * ```ts
 * findPartyTerms('khóa XII và khóa XIII').map((m) => m.term) // [12, 13]
 * ```
 */
export function findPartyTerms(text: string): readonly PartyTermMatch[] {
  if (typeof text !== 'string') return []
  const global = new RegExp(TERM_PATTERN, 'giu')
  const found: PartyTermMatch[] = []
  for (const m of text.normalize('NFC').matchAll(global)) {
    const match = toMatch(m)
    if (match) found.push(match)
  }
  return Object.freeze(found)
}

/**
 * Parses a whole string that names a term (`khóa X`, `(Khóa XVI)`, `KHOÁ XIII`, `khóa 13`) into
 * its number.
 * Never throws: anything else is an `INVALID_PARTY_TERM` error.
 *
 * @example
 * ```ts
 * parsePartyTerm('KHOÁ XIII') // { ok: true, value: 13 }
 * parsePartyTerm('khóa 13') // { ok: true, value: 13 }: Arabic numerals as some texts write it
 * parsePartyTerm('khóa 2020').ok // false
 * ```
 */
export function parsePartyTerm(text: string): Result<number> {
  const s = typeof text === 'string' ? text.normalize('NFC').trim() : ''
  const m = matchPartyTermAt(s, 0)
  if (m && m.start === 0 && m.end === s.length) return ok(m.term)
  const shown = String(text).length > 40 ? `${String(text).slice(0, 40)}…` : String(text)
  return err(
    domainError(
      'INVALID_PARTY_TERM',
      {
        en: `Not a party term: "${shown}" (expected e.g. "khóa X")`,
        vi: `Không phải khóa: "${shown}" (cần dạng "khóa X")`,
      },
      [],
      text,
    ),
  )
}
