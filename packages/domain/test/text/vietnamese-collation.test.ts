import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareVietnamese,
  isPlatformVietnameseCollationSound,
  vietnameseSortKey,
} from '../../src/text/vietnamese-collation.js'

const icu = new Intl.Collator('vi')
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0)
const byKey = (a: string, b: string) => {
  const ka = vietnameseSortKey(a)
  const kb = vietnameseSortKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

describe('compareVietnamese', () => {
  it('trusts the platform collator here, after checking it', () => {
    expect(isPlatformVietnameseCollationSound()).toBe(true)
  })

  it('orders the alphabet a < ă < â < b … d < đ … o < ô < ơ … u < ư', () => {
    const alphabet = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ')
    const shuffled = [...alphabet].reverse()
    expect(shuffled.sort(compareVietnamese)).toEqual(alphabet)
    expect([...alphabet].reverse().sort(byKey)).toEqual(alphabet)
  })

  it('orders tones second: ngang, huyền, hỏi, ngã, sắc, nặng, and base letters first', () => {
    const words = ['ba', 'bà', 'bả', 'bã', 'bá', 'bạ', 'bă', 'bab']
    const expected = ['ba', 'bà', 'bả', 'bã', 'bá', 'bạ', 'bab', 'bă']
    expect([...words].reverse().sort(compareVietnamese)).toEqual(expected)
    expect([...words].reverse().sort(byKey)).toEqual(expected)
  })

  it('sorts names the Vietnamese way', () => {
    const names = ['Đức', 'Dũng', 'Ánh', 'Âu', 'Bình', 'An', 'Ân', 'Ơn', 'Ông', 'Oanh']
    const expected = ['An', 'Ánh', 'Ân', 'Âu', 'Bình', 'Dũng', 'Đức', 'Oanh', 'Ông', 'Ơn']
    expect([...names].sort(compareVietnamese)).toEqual(expected)
    expect([...names].sort(byKey)).toEqual(expected)
  })

  it('treats NFC and NFD alike', () => {
    expect(compareVietnamese('Nguyễn', 'Nguyễn'.normalize('NFD'))).toBe(0)
    expect(vietnameseSortKey('Nguyễn')).toBe(vietnameseSortKey('Nguyễn'.normalize('NFD')))
  })

  it('keys are printable ASCII', () => {
    expect(vietnameseSortKey('Nguyễn Thị Ánh — 12 “x”, 中')).toMatch(/^[\x21-\x7e]*$/)
  })
})

const onsets = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
]
const vowels = [
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'oa',
  'uy',
  'ươ',
  'iê',
  'uô',
  'ai',
  'ao',
  'au',
  'oi',
  'ưu',
]
const codas = ['', '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']
const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']

const syllable = fc
  .record({
    onset: fc.constantFrom(...onsets),
    vowel: fc.constantFrom(...vowels),
    coda: fc.constantFrom(...codas),
    tone: fc.constantFrom(...tones),
    capital: fc.boolean(),
  })
  .map(({ onset, vowel, coda, tone, capital }) => {
    const chars = [...vowel]
    chars[0] = chars[0] + tone
    const word = (onset + chars.join('') + coda).normalize('NFC')
    return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word
  })

const name = fc
  .tuple(
    fc.array(syllable, { minLength: 1, maxLength: 4 }),
    fc.constantFrom(' ', ' ', ' ', '  ', '-', '\u00a0'),
    fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFC', 'NFD'),
    fc.constantFrom('', '', '', ' 2', ' 10', ', ', '.', ' (khóa X)'),
  )
  .map(([words, space, form, suffix]) => (words.join(space) + suffix).normalize(form))

const tableChars = fc.constantFrom(
  ...' \t\n\u00a0_-–—,;:!?.…\'‘’"“”()[]{}§@*/\\&#%`^°+×<=>|~$0123456789',
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyfjwzAĂÂBCDĐEÊOÔƠUƯYZ',
  ...'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ',
  ...'ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ',
)

describe('sort key agrees with the collator', () => {
  it.each([
    ['generated Vietnamese names', name],
    [
      'arbitrary strings over letters, tones, digits, spaces and punctuation',
      fc.string({ unit: tableChars, maxLength: 8 }),
    ],
  ])('on %s', (_, strings) => {
    fc.assert(
      fc.property(strings, strings, (a, b) => {
        expect(byKey(a, b)).toBe(sign(icu.compare(a, b)))
      }),
      { numRuns: 5000 },
    )
  })

  it('on near-identical names (same letters, different tones or case)', () => {
    fc.assert(
      fc.property(name, fc.integer({ min: 0, max: 5 }), fc.boolean(), (a, tone, upper) => {
        const plain = a.normalize('NFD').replace(/[\u0300\u0309\u0303\u0301\u0323]/gu, '')
        const b = (upper ? plain.toUpperCase() : plain).replace(/[aeiouy]/u, (v) => v + tones[tone])
        expect(byKey(a, b)).toBe(sign(icu.compare(a, b)))
      }),
      { numRuns: 3000 },
    )
  })

  it('sorting by key gives the collator order', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), (names) => {
        const keyed = [...names].sort(byKey).map((n) => vietnameseSortKey(n))
        const collated = [...names].sort(icu.compare).map((n) => vietnameseSortKey(n))
        expect(keyed).toEqual(collated)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(typeof vietnameseSortKey(text)).toBe('string')
        expect(typeof compareVietnamese(text, 'a')).toBe('number')
      }),
    )
  })
})
