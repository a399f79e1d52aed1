/**
 * Vietnamese collation: base letters first, in the order of the Vietnamese alphabet
 * (a ă â b c d đ e ê … o ô ơ … u ư …), then tone marks (none, huyền, hỏi, ngã, sắc, nặng),
 * then letter case (lower before upper) — the CLDR `vi` collation that ICU implements.
 */

/** Primary groups in ICU root order for white space, punctuation, symbols and digits. */
const SYMBOL_GROUPS: readonly string[] = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' \u00a0',
  '_',
  '-',
  '\u2013',
  '\u2014',
  ',',
  ';',
  ':',
  '!',
  '?',
  '.',
  "'\u2018\u2019",
  '"\u201c\u201d',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '\u00a7',
  '@',
  '*',
  '/',
  '\\',
  '&',
  '#',
  '%',
  '`',
  '^',
  '\u00b0',
  '+',
  '\u00d7',
  '<',
  '=',
  '>',
  '|',
  '~',
  '$',
  ...'0123456789',
]

/** The Vietnamese alphabet, with f, j, w, z where Latin puts them. */
const LETTERS: readonly string[] = [
  ...['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n'],
  ...['o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'],
]

/** Level separator: below every weight, so a shorter level sorts first. */
const SEPARATOR = '!'
/** First weight character; weights are printable ASCII so keys are safe in any database. */
const FIRST_WEIGHT = 0x23
/** Marks a character outside the table, followed by its code point in 6 hex digits. */
const FALLBACK = '~'

interface Weights {
  readonly primary: string
  readonly secondary: string
  readonly tertiary: string
}

const TABLE = new Map<string, Weights>()
{
  let index = 0
  for (const group of SYMBOL_GROUPS) {
    const primary = String.fromCharCode(FIRST_WEIGHT + index++)
    ;[...group].forEach((char, variant) => {
      // Curly quotes differ from straight ones at the secondary level, NBSP from space at the tertiary.
      const tertiary = char === '\u00a0'
      TABLE.set(char, {
        primary,
        secondary: tertiary ? '0' : String(variant),
        tertiary: tertiary ? '1' : '0',
      })
    })
  }
  for (const letter of LETTERS) {
    const primary = String.fromCharCode(FIRST_WEIGHT + index++)
    TABLE.set(letter, { primary, secondary: '0', tertiary: '0' })
    TABLE.set(letter.toUpperCase(), { primary, secondary: '0', tertiary: '1' })
  }
}

const ELLIPSIS = '\u2026'

/**
 * Secondary weights of marks in CLDR `vi` order: the tones (huyền, hỏi, ngã, sắc, nặng) right
 * after no mark, then other diacritics as in the root collation; all above quote variants.
 */
const MARKS: ReadonlyMap<string, string> = new Map([
  ['\u0300', '3'],
  ['\u0309', '4'],
  ['\u0303', '5'],
  ['\u0301', '6'],
  ['\u0323', '7'],
  ['\u0306', '8'],
  ['\u0302', '9'],
  ['\u030c', ':'],
  ['\u030a', ';'],
  ['\u0308', '<'],
  ['\u030b', '='],
  ['\u0307', '>'],
  ['\u0327', '?'],
  ['\u0304', '@'],
  ['\u031b', 'A'],
])
const OTHER_MARK = 'B'

/** Canonical combining classes of the marks Vietnamese uses. */
const COMBINING_CLASS: ReadonlyMap<string, number> = new Map([
  ['\u0300', 230],
  ['\u0301', 230],
  ['\u0302', 230],
  ['\u0303', 230],
  ['\u0306', 230],
  ['\u0309', 230],
  ['\u031b', 216],
  ['\u0323', 220],
])

/** Vowel marks that make a letter of its own: a+breve = ă, o+horn = ơ… */
const VOWEL_MARKS: ReadonlyMap<string, string> = new Map([
  ['a\u0306', 'ă'],
  ['a\u0302', 'â'],
  ['e\u0302', 'ê'],
  ['o\u0302', 'ô'],
  ['o\u031b', 'ơ'],
  ['u\u031b', 'ư'],
])

/**
 * A sort key for Vietnamese text: a plain printable-ASCII string such that ordering keys by
 * code unit (or bytes: SQL `COLLATE "C"`) orders the texts as {@link compareVietnamese} does —
 * base letters in Vietnamese alphabet order first, then tone marks, then case. Store it in the
 * database to sort names without ICU. Exact for Vietnamese and Latin letters, digits, white
 * space and common punctuation; other characters sort after letters by code point.
 *
 * @example
 * ```ts
 * const names = ['Đức', 'Dũng', 'Ánh', 'Âu', 'Bình', 'An']
 * names.sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1))
 * // ['An', 'Ánh', 'Âu', 'Bình', 'Dũng', 'Đức']
 * ```
 */
export function vietnameseSortKey(text: string): string {
  if (typeof text !== 'string') return `${SEPARATOR}${SEPARATOR}`
  let primary = ''
  let secondary = ''
  let tertiary = ''
  const chars = [...text.normalize('NFD')]
  let i = 0
  while (i < chars.length) {
    const base = chars[i]!
    let j = i + 1
    const marks: string[] = []
    while (j < chars.length && /^\p{M}$/u.test(chars[j]!)) marks.push(chars[j++]!)
    if (/^\p{M}$/u.test(base)) {
      // Marks with nothing to sit on weigh at the secondary level only, as in ICU.
      for (const mark of [base, ...marks]) {
        secondary += MARKS.get(mark) ?? OTHER_MARK
        tertiary += '0'
      }
      i = j
      continue
    }
    let letter = base
    const lower = base.toLowerCase()
    // A vowel mark counts only when no mark of the same or a higher combining class comes
    // before it (`à` + breve is not `ằ`), as in Unicode canonical equivalence; when `o` carries
    // both a horn and a circumflex, ICU reads `ô` + horn, and so do we.
    let blocking = 0
    let chosen = -1
    for (let k = 0; k < marks.length; k++) {
      const combiningClass = COMBINING_CLASS.get(marks[k]!) ?? 255
      if (VOWEL_MARKS.has(lower + marks[k]) && blocking < combiningClass) {
        if (chosen === -1 || marks[chosen] === '\u031b') chosen = k
      }
      blocking = Math.max(blocking, combiningClass)
    }
    if (chosen !== -1) {
      const combined = VOWEL_MARKS.get(lower + marks[chosen])!
      letter = base === lower ? combined : combined.toUpperCase()
      marks.splice(chosen, 1)
    }
    const weights = TABLE.get(letter)
    if (letter === ELLIPSIS) {
      // A compatibility character: three full stops, different at the tertiary level.
      const dot = TABLE.get('.')!
      primary += dot.primary.repeat(3)
      secondary += '000'
      tertiary += '222'
    } else if (weights) {
      primary += weights.primary
      secondary += weights.secondary
      tertiary += weights.tertiary
    } else {
      primary += FALLBACK + base.codePointAt(0)!.toString(16).toUpperCase().padStart(6, '0')
      secondary += '0'
      tertiary += '0'
    }
    for (const mark of marks) {
      secondary += MARKS.get(mark) ?? OTHER_MARK
      tertiary += '0'
    }
    i = j
  }
  return `${primary}${SEPARATOR}${secondary}${SEPARATOR}${tertiary}`
}

function compareKeys(a: string, b: string): number {
  const ka = vietnameseSortKey(a)
  const kb = vietnameseSortKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/** Chains the platform collator must order strictly, or it is not trusted. */
const CHECKS: readonly (readonly string[])[] = [
  ['a', 'ă', 'â', 'b'],
  ['d', 'đ', 'e', 'ê', 'g'],
  ['o', 'ô', 'ơ', 'p'],
  ['u', 'ư', 'v'],
  ['ba', 'bà', 'bả', 'bã', 'bá', 'bạ', 'bă'],
  ['báa', 'bab'],
  ['an', 'An', 'ăn'],
]

let cached: ((a: string, b: string) => number) | undefined

function platformCompare(): (a: string, b: string) => number {
  if (cached) return cached
  let compare: (a: string, b: string) => number = compareKeys
  try {
    const collator = new Intl.Collator('vi')
    const sound = CHECKS.every((chain) =>
      chain.every((item, i) => i === 0 || collator.compare(chain[i - 1]!, item) < 0),
    )
    if (sound) compare = (a, b) => collator.compare(a, b)
  } catch {
    // No Intl or no Vietnamese data: the pure sort key gives the same order.
  }
  cached = compare
  return compare
}

/**
 * Tells whether the platform's `Intl.Collator('vi')` orders Vietnamese correctly (runtimes
 * built without full ICU data fall back to a root order that puts ă after à). When it does not,
 * {@link compareVietnamese} uses {@link vietnameseSortKey} instead.
 *
 * @example
 * ```ts
 * isPlatformVietnameseCollationSound() // true on Node with full ICU and in browsers
 * ```
 */
export function isPlatformVietnameseCollationSound(): boolean {
  return platformCompare() !== compareKeys
}

/**
 * Compares two strings in Vietnamese order, for `Array.prototype.sort`: `Intl.Collator('vi')`
 * where it has been checked to order correctly, otherwise the equivalent pure sort key.
 *
 * @example
 * ```ts
 * ['Đức', 'Dũng', 'ăn', 'an', 'bà', 'ba'].sort(compareVietnamese)
 * // ['an', 'ăn', 'ba', 'bà', 'Dũng', 'Đức']
 * ```
 */
export function compareVietnamese(a: string, b: string): number {
  const result = platformCompare()(String(a), String(b))
  return result < 0 ? -1 : result > 0 ? 1 : 0
}
