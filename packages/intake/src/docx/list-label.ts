import { formatRomanNumeral } from '@chidao/domain'

/**
 * One number as Word's list formats write it (`w:numFmt`): 3 → "3", "c", "C", "iii", "III".
 * Formats this reader does not know are written as decimals, which is what a reader of the
 * drafted bundle can still follow.
 */
export function formatListNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value)
    case 'upperLetter':
      return letters(value).toUpperCase()
    case 'lowerRoman':
      return roman(value).toLowerCase()
    case 'upperRoman':
      return roman(value)
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value)
    case 'none':
      return ''
    default:
      return String(value)
  }
}

/** Word's letters: a…z, then aa…zz, aaa… (the letter repeated, not "ba"). */
function letters(value: number): string {
  if (value < 1) return String(value)
  const letter = String.fromCharCode(97 + ((value - 1) % 26))
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

/** Word writes a decimal where a number has no Roman form (0, or past 3999). */
function roman(value: number): string {
  const written = formatRomanNumeral(value)
  return written.ok ? written.value : String(value)
}

/**
 * A bullet as a person sees it. Bullets set in the Symbol or Wingdings fonts are stored as
 * characters of the private use area (U+F0B7 is Symbol's "•"); they are given as "•".
 */
export function bulletText(lvlText: string): string {
  return [...lvlText].map((c) => (/[\uE000-\uF8FF]/u.test(c) ? '•' : c)).join('')
}
