import { domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u
const VALUES: ReadonlyArray<readonly [string, number]> = [
  ['M', 1000],
  ['CM', 900],
  ['D', 500],
  ['CD', 400],
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
]
const DIGIT: Readonly<Record<string, number>> = {
  I: 1,
  V: 5,
  X: 10,
  L: 50,
  C: 100,
  D: 500,
  M: 1000,
}

function invalid(text: string) {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text
  return domainError(
    'INVALID_ROMAN_NUMERAL',
    {
      en: `Not a Roman numeral: "${shown}"`,
      vi: `Không phải số La Mã: "${shown}"`,
    },
    [],
    text,
  )
}

/**
 * Parses a Roman numeral (1–3999) in any letter case, as used for party terms (khóa X, XIII)
 * and programme sections. Only standard subtractive forms are accepted (`IV`, not `IIII`).
 * Never throws: anything else is an `INVALID_ROMAN_NUMERAL` error.
 *
 * @example
 * ```ts
 * parseRomanNumeral('XIII') // { ok: true, value: 13 }
 * parseRomanNumeral('xvi') // { ok: true, value: 16 }
 * parseRomanNumeral('IIII').ok // false
 * ```
 */
export function parseRomanNumeral(text: string): Result<number> {
  if (typeof text !== 'string') return err(invalid(String(text)))
  const upper = text.trim().toUpperCase()
  if (upper === '' || !ROMAN.test(upper)) return err(invalid(text))
  let total = 0
  for (let i = 0; i < upper.length; i++) {
    const value = DIGIT[upper[i]!]!
    const next = i + 1 < upper.length ? DIGIT[upper[i + 1]!]! : 0
    total += value < next ? -value : value
  }
  return ok(total)
}

/**
 * Writes a whole number from 1 to 3999 as an upper-case Roman numeral, or returns an
 * `INVALID_ROMAN_NUMERAL` error for any other number.
 *
 * @example
 * ```ts
 * formatRomanNumeral(10) // { ok: true, value: 'X' }
 * formatRomanNumeral(0).ok // false
 * ```
 */
export function formatRomanNumeral(value: number): Result<string> {
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    return err(
      domainError(
        'INVALID_ROMAN_NUMERAL',
        {
          en: `No Roman numeral for ${value}: expected a whole number from 1 to 3999`,
          vi: `Không viết được ${value} bằng số La Mã: cần số nguyên từ 1 đến 3999`,
        },
        [],
        value,
      ),
    )
  }
  let rest = value
  let out = ''
  for (const [symbol, amount] of VALUES) {
    while (rest >= amount) {
      out += symbol
      rest -= amount
    }
  }
  return ok(out)
}
