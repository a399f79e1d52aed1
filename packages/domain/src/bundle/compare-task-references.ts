import { parseRomanNumeral } from '../text/roman-numeral.js'

const DIGITS = /^\d+$/u
const ROMAN = /^[IVXLCDM]+$/u

function rank(part: string): { kind: number; value: number } {
  if (DIGITS.test(part)) return { kind: 1, value: Number(part) }
  if (ROMAN.test(part)) {
    const roman = parseRomanNumeral(part)
    if (roman.ok) return { kind: 0, value: roman.value }
  }
  return { kind: 2, value: 0 }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Compares task references ("III.2.b") in the order a document reads them: part by part,
 * upper-case Roman numerals by value (`IV` before `IX`), numbers by value (`2` before `10`),
 * letters alphabetically, and a reference before those nested in it (`III` before `III.1`).
 * Ties of spelling (`02` and `2`) fall back to the text, so the order is total.
 *
 * @example
 * ```ts
 * ['III.10', 'III.2', 'II.1', 'III'].sort(compareTaskReferences) // ['II.1', 'III', 'III.2', 'III.10']
 * ```
 */
export function compareTaskReferences(a: string, b: string): number {
  const pa = a.split('.')
  const pb = b.split('.')
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!
    const y = pb[i]!
    if (x === y) continue
    const rx = rank(x)
    const ry = rank(y)
    if (rx.kind !== ry.kind) return rx.kind - ry.kind
    if (rx.value !== ry.value) return rx.value < ry.value ? -1 : 1
    const text = compareText(x, y)
    if (text !== 0) return text
  }
  return pa.length - pb.length || compareText(a, b)
}
