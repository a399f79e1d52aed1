import type { DirectiveKind } from '../directive/directive-kind.js'
import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import { canonicalIssuerSegment } from './issuer-codes.js'
import { type DocumentSystem, kindOfTypeCode, lookupTypeCode } from './type-codes.js'

/**
 * A parsed document number and symbol (số và ký hiệu văn bản).
 *
 * Party documents read `<number>-<TYPE>/<ISSUER>` (`93-KL/TW`); State documents
 * `<number>/<year>/<TYPE>-<ISSUER>` (`40/2024/QĐ-UBND`), `<number>/<TYPE>-<ISSUER>`
 * (`89/TTr-SKHCN`), `<number>/<ISSUER>-<UNIT>` for official letters (`4912/UBND-NC`), or
 * `<number>/<year>/QH<n>` for the National Assembly (`202/2025/QH15`).
 *
 * @example
 * ```ts
 * const r = parseDocumentSymbol('93-KL/TW')
 * if (r.ok) r.value // { system: 'PARTY', number: 93, year: null, typeCode: 'KL', issuerCode: 'TW', kind: 'CONCLUSION', warnings: [] }
 * ```
 */
export interface DocumentSymbol {
  readonly system: DocumentSystem
  /** The number (số), e.g. 93. Numbers restart each term or year, so it is never an identity alone. */
  readonly number: number
  /** The year of State normative documents (2024 in `40/2024/QĐ-UBND`), else `null`. */
  readonly year: number | null
  /** Type code in canonical case (`KL`, `CTr`, `QĐ`, `NĐ`); `null` for official letters and `QH` acts. */
  readonly typeCode: string | null
  /** Issuer code: `TW`, `TU`, `UBND`, `QH15`; for an official letter `4912/UBND-NC`, `UBND-NC`. */
  readonly issuerCode: string
  /**
   * Kind denoted by the type code in its system; `OFFICIAL_LETTER` for State letters with no
   * type; `null` for `QH`/`UBTVQH` acts, whose symbol is the same for laws and resolutions.
   */
  readonly kind: DirectiveKind | null
  /** One English sentence per normalisation applied to noisy input; empty for clean input. */
  readonly warnings: readonly string[]
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu
const SLASHES = /[\u2044\u2215\uFF0F]/gu
const D_LOOKALIKES = /[\u00D0\u0189]/gu
const PREFIX = /^(?:s[ốo](?:\s*hi[ệe]u)?)\s*[:.]?\s*(?=\d)/iu
const TRAILING = /[\s.,;:]+$/u
const SEGMENT = /^[\p{L}&][\p{L}\p{N}&]*$/u
const MAX_NUMBER = 999_999

function invalid(input: string, reason: { en: string; vi: string }): DomainError {
  const shown = input.length > 80 ? `${input.slice(0, 80)}…` : input
  return domainError(
    'INVALID_DOCUMENT_SYMBOL',
    {
      en: `Not a document symbol: "${shown}" (${reason.en})`,
      vi: `Không phải số, ký hiệu văn bản hợp lệ: "${shown}" (${reason.vi})`,
    },
    [],
    input,
  )
}

interface Draft {
  system: DocumentSystem
  number: string
  year: string | null
  type: string | null
  issuer: string[]
}

/**
 * Parses a document number and symbol in any accepted spelling, normalising noise and saying
 * what it changed in `warnings`: letter case (`65-Ctr/TU`), a missing hyphen (`858CV/ĐUK`),
 * `TƯ` for `TW`, a hyphen for the slash (`72-NQ-TW`), a `Số:` prefix, spaces, dashes, NFD
 * input, `Ð` (U+00D0) for `Đ`, and ASCII `QD`/`ND` for `QĐ`/`NĐ`. Never throws: anything else is
 * an `INVALID_DOCUMENT_SYMBOL` error naming the input.
 *
 * @example
 * ```ts
 * parseDocumentSymbol('40/2024/QĐ-UBND') // ok: STATE, number 40, year 2024, typeCode 'QĐ', issuerCode 'UBND', kind 'DECISION'
 * parseDocumentSymbol('Số: 65-Ctr/TƯ') // ok: 65-CTr/TW with three warnings
 * parseDocumentSymbol('1/2') // error INVALID_DOCUMENT_SYMBOL
 * ```
 */
export function parseDocumentSymbol(text: string): Result<DocumentSymbol> {
  if (typeof text !== 'string') {
    return err(invalid(String(text), { en: 'not a string', vi: 'không phải chuỗi ký tự' }))
  }
  const warnings: string[] = []
  let s = text.normalize('NFC')
  if (s !== text) warnings.push('Normalised Unicode to NFC')
  const unified = s.replace(D_LOOKALIKES, 'Đ').replaceAll('\u00F0', 'đ')
  if (unified !== s) {
    s = unified
    warnings.push('Read the look-alike letter "Ð" as "Đ"')
  }
  s = s.trim()
  const prefix = PREFIX.exec(s)
  if (prefix) {
    s = s.slice(prefix[0].length)
    warnings.push(`Removed the prefix "${prefix[0].trim()}"`)
  }
  const trailing = TRAILING.exec(s)
  if (trailing && trailing[0].trim() !== '') {
    warnings.push(`Removed trailing punctuation "${trailing[0].trim()}"`)
  }
  s = s.replace(TRAILING, '')
  const hyphenated = s.replace(DASHES, '-')
  if (hyphenated !== s) {
    s = hyphenated
    warnings.push('Replaced a dash with a hyphen')
  }
  const slashed = s.replace(SLASHES, '/')
  if (slashed !== s) {
    s = slashed
    warnings.push('Replaced a slash look-alike with "/"')
  }
  if (/\s/u.test(s)) {
    s = s.replace(/\s+/gu, '')
    warnings.push('Removed spaces')
  }
  if (s === '') return err(invalid(text, { en: 'empty', vi: 'chuỗi rỗng' }))

  if (s.length > MAX_SYMBOL_LENGTH) return err(invalid(text, tooLong))
  const draft = readDraft(s, warnings)
  if (!draft.ok) return err(invalid(text, draft.error))
  const built = build(text, draft.value, warnings)
  if (built.ok && formatDocumentSymbol(built.value).length > MAX_SYMBOL_LENGTH) {
    return err(invalid(text, tooLong))
  }
  return built
}

/** The longest symbol stored, in canonical form (the database holds 3 to 64 characters). */
export const MAX_SYMBOL_LENGTH = 64

const tooLong = {
  en: `longer than ${MAX_SYMBOL_LENGTH} characters`,
  vi: `dài quá ${MAX_SYMBOL_LENGTH} ký tự`,
}

type Reason = { en: string; vi: string }

function readDraft(s: string, warnings: string[]): Result<Draft, Reason> {
  const state = /^(\d+)\/(.*)$/u.exec(s)
  if (state) {
    const number = state[1]!
    const rest = state[2]!
    const withYear = /^(\d{4})\/(.*)$/u.exec(rest)
    if (withYear) {
      const tail = withYear[2]!
      if (/^(?:UBTVQH|QH)\d{1,2}$/iu.test(tail)) {
        return ok({ system: 'STATE', number, year: withYear[1]!, type: null, issuer: [tail] })
      }
      const parts = tail.split('-')
      if (parts.length < 2) {
        return err({
          en: 'a normative document needs <TYPE>-<ISSUER> after the year',
          vi: 'văn bản quy phạm pháp luật cần <LOẠI>-<CƠ QUAN> sau năm ban hành',
        })
      }
      return ok({
        system: 'STATE',
        number,
        year: withYear[1]!,
        type: parts[0]!,
        issuer: parts.slice(1),
      })
    }
    const parts = rest.split('-')
    if (parts.length >= 2 && lookupTypeCode(parts[0]!)) {
      return ok({ system: 'STATE', number, year: null, type: parts[0]!, issuer: parts.slice(1) })
    }
    return ok({ system: 'STATE', number, year: null, type: null, issuer: parts })
  }
  const party = /^(\d+)(-?)(\p{L}+)([/-])(.*)$/u.exec(s)
  if (party) {
    const [, number, hyphen, type, separator, issuer] = party
    if (hyphen === '') warnings.push('Added the missing hyphen between number and type code')
    if (separator === '-') {
      if (issuer!.includes('/')) {
        return err({ en: 'unexpected slash in the issuer code', vi: 'dấu "/" sai vị trí' })
      }
      warnings.push('Replaced the hyphen before the issuer code with a slash')
    }
    return ok({
      system: 'PARTY',
      number: number!,
      year: null,
      type: type!,
      issuer: issuer!.split('-'),
    })
  }
  return err({
    en: 'expected <number>-<TYPE>/<ISSUER> or <number>/[<year>/]<TYPE>-<ISSUER>',
    vi: 'cần dạng <số>-<LOẠI>/<CƠ QUAN> hoặc <số>/[<năm>/]<LOẠI>-<CƠ QUAN>',
  })
}

function build(input: string, d: Draft, warnings: string[]): Result<DocumentSymbol> {
  const number = Number(d.number)
  if (!Number.isSafeInteger(number) || number < 1 || number > MAX_NUMBER) {
    return err(
      invalid(input, {
        en: `number out of range: ${d.number}`,
        vi: `số không hợp lệ: ${d.number}`,
      }),
    )
  }
  const year = d.year === null ? null : Number(d.year)
  if (year !== null && (year < 1945 || year > 2999)) {
    return err(
      invalid(input, { en: `year out of range: ${year}`, vi: `năm không hợp lệ: ${year}` }),
    )
  }
  let typeCode: string | null = null
  if (d.type !== null) {
    const match = lookupTypeCode(d.type)
    if (!match) {
      return err(
        invalid(input, {
          en: `unknown type code "${d.type}"`,
          vi: `không rõ ký hiệu loại văn bản "${d.type}"`,
        }),
      )
    }
    typeCode = match.type.code
    if (match.asciiD) warnings.push(`Read the type code "${d.type}" as "${typeCode}"`)
    else if (match.caseChanged) {
      warnings.push(`Corrected the case of the type code "${d.type}" to "${typeCode}"`)
    }
  }
  const issuer: string[] = []
  for (const raw of d.issuer) {
    if (!SEGMENT.test(raw)) {
      return err(
        invalid(input, {
          en: `malformed issuer code "${d.issuer.join('-')}"`,
          vi: `ký hiệu cơ quan ban hành không hợp lệ "${d.issuer.join('-')}"`,
        }),
      )
    }
    let segment = raw
    if (/TƯ$/iu.test(segment)) {
      segment = `${segment.slice(0, -2)}TW`
      warnings.push(`Read "${raw.slice(-2)}" (Trung ương) as "TW"`)
    }
    const match = canonicalIssuerSegment(segment)
    if (match.asciiD) warnings.push(`Read the issuer code "${segment}" as "${match.code}"`)
    else if (match.caseChanged) {
      warnings.push(`Corrected the case of the issuer code "${segment}" to "${match.code}"`)
    }
    issuer.push(match.code)
  }
  const legislative = d.system === 'STATE' && typeCode === null && d.year !== null
  const kind: DirectiveKind | null =
    typeCode !== null ? kindOfTypeCode(typeCode, d.system) : legislative ? null : 'OFFICIAL_LETTER'
  return ok(
    Object.freeze({
      system: d.system,
      number,
      year,
      typeCode,
      issuerCode: issuer.join('-'),
      kind,
      warnings: Object.freeze(warnings),
    }),
  )
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/**
 * Writes a symbol in canonical form: numbers below 10 with a leading zero, type codes in
 * canonical case. `parseDocumentSymbol(formatDocumentSymbol(s))` gives `s` back (without
 * warnings).
 *
 * @example
 * ```ts
 * formatDocumentSymbol({ system: 'PARTY', number: 6, year: null, typeCode: 'CTr', issuerCode: 'TU', kind: 'PROGRAM', warnings: [] }) // '06-CTr/TU'
 * ```
 */
export function formatDocumentSymbol(symbol: DocumentSymbol): string {
  const number = pad(symbol.number)
  if (symbol.system === 'PARTY') {
    return symbol.typeCode === null
      ? `${number}/${symbol.issuerCode}`
      : `${number}-${symbol.typeCode}/${symbol.issuerCode}`
  }
  const year = symbol.year === null ? '' : `${symbol.year}/`
  const tail =
    symbol.typeCode === null ? symbol.issuerCode : `${symbol.typeCode}-${symbol.issuerCode}`
  return `${number}/${year}${tail}`
}

/**
 * A stable lookup key for a symbol: its canonical form. Every accepted spelling of the same
 * symbol (`65-Ctr/TƯ`, `Số: 65-CTr/TW`, `65 - CTr / TW`) gives the same key, so a database can
 * index it and find a directive however the symbol was typed. Remember that a Party number is
 * only unique within its issuer, type and term: add the year or term to make an identity.
 *
 * @example
 * ```ts
 * const r = parseDocumentSymbol('445-KL/TƯ')
 * if (r.ok) documentSymbolKey(r.value) // '445-KL/TW'
 * ```
 */
export function documentSymbolKey(symbol: DocumentSymbol): string {
  return formatDocumentSymbol(symbol)
}

/**
 * Parses any accepted spelling and returns its lookup key ({@link documentSymbolKey}).
 *
 * @example
 * ```ts
 * documentSymbolKeyOf('Số: 93-KL/TW') // { ok: true, value: '93-KL/TW' }
 * ```
 */
export function documentSymbolKeyOf(text: string): Result<string> {
  const parsed = parseDocumentSymbol(text)
  return parsed.ok ? ok(documentSymbolKey(parsed.value)) : parsed
}

/**
 * Tells whether two symbols denote the same number and symbol (warnings aside).
 *
 * @example
 * ```ts
 * // 'Số: 65-Ctr/TU' and '65-CTr/TU' parse to the same symbol
 * sameDocumentSymbol(a, b) // true
 * ```
 */
export function sameDocumentSymbol(a: DocumentSymbol, b: DocumentSymbol): boolean {
  return documentSymbolKey(a) === documentSymbolKey(b)
}
