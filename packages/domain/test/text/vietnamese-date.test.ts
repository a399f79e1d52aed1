import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoDate } from '../../src/calendar/iso-date.js'
import {
  findVietnameseDates,
  formatVietnameseDate,
  matchVietnameseDateAt,
  parseSigningLine,
  parseVietnameseDate,
} from '../../src/text/vietnamese-date.js'

describe('parseVietnameseDate', () => {
  it.each([
    ['ngày 20/11/2020', '2020-11-20'],
    ['16/4/2010', '2010-04-16'],
    ['16-4-2010', '2010-04-16'],
    ['ngày 24-11-2023', '2023-11-24'],
    ['ngày 20 tháng 9 năm 2024', '2024-09-20'],
    ['Hà Nội, ngày 20 tháng 11 năm 2020', '2020-11-20'],
    ['NGÀY 05 THÁNG 02 NĂM 2021', '2021-02-05'],
    ['Ngày 01/02/2021', '2021-02-01'],
    ['1.6.2021', '2021-06-01'],
    ['  ngày   20 tháng 11 năm 2020 ', '2020-11-20'],
    ['Hà Nội, ngày 20 tháng 11 năm 2020'.normalize('NFD'), '2020-11-20'],
    ['29/2/2024', '2024-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseVietnameseDate(text)).toEqual({ ok: true, value: iso })
  })

  it.each(['31/4/2021', '29/2/2021', 'ngày 31 tháng 4 năm 2020', '0/1/2020', '12/13/2020'])(
    'refuses the impossible date %j with INVALID_DATE',
    (text) => {
      const r = parseVietnameseDate(text)
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_DATE')
        expect(r.error.message).toContain(text)
      }
    },
  )

  it.each(['', 'abc', '1/2', '2020/2021', '16/4/10', '16/4-2010', 'ngày 20/11', '50%'])(
    'refuses %j as UNRECOGNIZED_DATE',
    (text) => {
      const r = parseVietnameseDate(text)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('UNRECOGNIZED_DATE')
    },
  )

  it('reads the place of a signing line', () => {
    expect(parseSigningLine('Hà Nội, ngày 20 tháng 11 năm 2020')).toEqual({
      ok: true,
      value: { place: 'Hà Nội', date: '2020-11-20' },
    })
    expect(parseSigningLine('ngày 20/11/2020')).toEqual({
      ok: true,
      value: { place: '', date: '2020-11-20' },
    })
  })
})

describe('finding dates in text', () => {
  it('finds dates with offsets and flags impossible ones', () => {
    const text =
      'Ngày 20/11/2020, Ban Bí thư; ngày 31/4/2021; tỷ lệ 1/2; niên khóa 2020/2021; ĐT 0912-345-678'
    const found = findVietnameseDates(text)
    expect(found.map((m) => m.date)).toEqual(['2020-11-20', null])
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Ngày 20/11/2020')
    expect(matchVietnameseDateAt(text, 0)?.end).toBe(15)
    expect(matchVietnameseDateAt(text, 1)).toBeNull()
  })
})

describe('formatVietnameseDate', () => {
  it('writes the short and long forms', () => {
    expect(formatVietnameseDate('2020-11-20')).toBe('ngày 20/11/2020')
    expect(formatVietnameseDate('2010-04-16')).toBe('ngày 16/4/2010')
    expect(formatVietnameseDate('2020-11-20', 'long')).toBe('ngày 20 tháng 11 năm 2020')
    expect(formatVietnameseDate('2021-02-05', 'long')).toBe('ngày 05 tháng 02 năm 2021')
    expect(formatVietnameseDate('2024-09-20', 'long')).toBe('ngày 20 tháng 9 năm 2024')
  })
  it('throws on a caller bug (not an ISO date)', () => {
    expect(() => formatVietnameseDate('2021-02-30')).toThrow(TypeError)
  })
})

const isoDates = fc
  .record({
    y: fc.integer({ min: 1000, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => isoDate(y, m, d))
  .filter((x): x is string => x !== null)

describe('properties', () => {
  it('parse(format(date)) = date in both styles', () => {
    fc.assert(
      fc.property(isoDates, fc.constantFrom<'short' | 'long'>('short', 'long'), (date, style) => {
        expect(parseVietnameseDate(formatVietnameseDate(date, style))).toEqual({
          ok: true,
          value: date,
        })
      }),
      { numRuns: 1000 },
    )
  })

  it('impossible day/month/year triples are always INVALID_DATE', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 99 }),
        (y, m, d) => {
          const r = parseVietnameseDate(`ngày ${d}/${m}/${y}`)
          if (isoDate(y, m, d) === null) expect(!r.ok && r.error.code).toBe('INVALID_DATE')
          else expect(r.ok).toBe(true)
        },
      ),
    )
  })

  it('never throws on arbitrary strings', () => {
    const datey = fc.string({ unit: fc.constantFrom(...'0123456789/-. ngàythángnăm,Hà'.split('')) })
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), datey), (text) => {
        expect(typeof parseVietnameseDate(text).ok).toBe('boolean')
        expect(Array.isArray(findVietnameseDates(text))).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
