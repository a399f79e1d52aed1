import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  conditionalDeadline,
  type Deadline,
  dateDeadline,
  monthDeadline,
  ongoingDeadline,
  quarterDeadline,
  RECURRENCE_CADENCES,
  recurringDeadline,
  sameDeadline,
  yearDeadline,
} from '../../src/deadline/deadline.js'
import { deadlineWarnings } from '../../src/deadline/deadline-warnings.js'
import { formatDeadline } from '../../src/deadline/format-deadline.js'
import { parseDeadline } from '../../src/deadline/parse-deadline.js'

function value(text: string, context?: { year?: number }): Deadline {
  const r = parseDeadline(text, context)
  if (!r.ok) throw new Error(`${text}: ${r.error.code} ${r.error.message}`)
  return r.value
}

function code(text: string, context?: { year?: number }): string {
  const r = parseDeadline(text, context)
  return r.ok ? 'OK' : r.error.code
}

describe('parseDeadline: the forms of DOMAIN.md', () => {
  it('reads a day', () => {
    expect(value('chậm nhất ngày 14/5/2021')).toEqual({
      kind: 'DATE',
      text: 'chậm nhất ngày 14/5/2021',
      due: '2021-05-14',
    })
    expect(value('ngày 20 tháng 9 năm 2024').due).toBe('2024-09-20')
    expect(value('20-9-2024').due).toBe('2024-09-20')
    expect(value('ngày 16-4-2010').due).toBe('2010-04-16')
    expect(value('hoàn thành trước ngày 30/06/2025').due).toBe('2025-06-30')
  })

  it('takes the year of "trước ngày 31/8" from the context, or says it is missing', () => {
    expect(value('trước ngày 31/8', { year: 2025 })).toMatchObject({
      kind: 'DATE',
      due: '2025-08-31',
    })
    const r = parseDeadline('trước ngày 31/8')
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value).toMatchObject({ kind: 'UNPARSED', reason: 'MISSING_YEAR', due: null })
      const [warning] = deadlineWarnings(r.value)
      expect(warning?.code).toBe('DEADLINE_MISSING_YEAR')
      expect(warning?.path).toEqual(['deadline'])
      expect(warning?.message).toContain('trước ngày 31/8')
      expect(warning?.messageVi).toContain('trước ngày 31/8')
    }
  })

  it('reads months, quarters and years, due on the last day of the period', () => {
    expect(value('tháng 12/2021')).toMatchObject({ kind: 'MONTH', due: '2021-12-31', month: 12 })
    expect(value('tháng 2 năm 2024').due).toBe('2024-02-29')
    expect(value('hoàn thành trong quý 1/2022')).toMatchObject({
      kind: 'QUARTER',
      due: '2022-03-31',
      quarter: 1,
      year: 2022,
    })
    expect(value('Quý III/2027')).toMatchObject({ kind: 'QUARTER', due: '2027-09-30' })
    expect(value('quý IV năm 2025').due).toBe('2025-12-31')
    expect(value('quí 2/2023').due).toBe('2023-06-30')
    expect(value('năm 2025')).toMatchObject({ kind: 'YEAR', due: '2025-12-31', year: 2025 })
    expect(value('trong năm 2025').due).toBe('2025-12-31')
    expect(value('cuối năm 2026').due).toBe('2026-12-31')
  })

  it('reads parts of a year', () => {
    expect(value('6 tháng đầu năm', { year: 2025 })).toMatchObject({
      kind: 'MONTH',
      due: '2025-06-30',
      firstMonth: 1,
      month: 6,
    })
    expect(value('6 tháng cuối năm 2025')).toMatchObject({ due: '2025-12-31', firstMonth: 7 })
    expect(value('9 tháng đầu năm 2024').due).toBe('2024-09-30')
    expect(value('6 tháng đầu năm')).toMatchObject({ kind: 'UNPARSED', reason: 'MISSING_YEAR' })
  })

  it('reads recurrences and ongoing work', () => {
    expect(value('thực hiện hằng năm từ năm 2022')).toEqual({
      kind: 'RECURRING',
      text: 'thực hiện hằng năm từ năm 2022',
      due: null,
      cadence: 'YEARLY',
      start: '2022-01-01',
      dueDay: null,
      end: null,
    })
    expect(value('hàng năm từ năm 2022')).toMatchObject({ cadence: 'YEARLY', start: '2022-01-01' })
    expect(value('định kỳ 6 tháng')).toMatchObject({ cadence: 'HALF_YEARLY', start: null })
    expect(value('hằng quý')).toMatchObject({ kind: 'RECURRING', cadence: 'QUARTERLY' })
    expect(value('hằng tháng', { year: 2025 })).toMatchObject({
      cadence: 'MONTHLY',
      start: '2025-01-01',
    })
    expect(value('báo cáo định kỳ hằng quý từ quý II/2024')).toMatchObject({ start: '2024-04-01' })
    expect(value('Thường xuyên')).toEqual({ kind: 'ONGOING', text: 'Thường xuyên', due: null })
    expect(value('thường xuyên, liên tục').kind).toBe('ONGOING')
  })

  it('accepts any case, decomposed Unicode and extra spaces', () => {
    expect(value('  CHẬM NHẤT   NGÀY 14/5/2021 ').due).toBe('2021-05-14')
    const nfd = 'Quý III/2027'.normalize('NFD')
    const d = value(nfd)
    expect(d.due).toBe('2027-09-30')
    expect(d.text).toBe('Quý III/2027')
    expect(value('THƯỜNG XUYÊN'.normalize('NFD')).kind).toBe('ONGOING')
    expect(value('ĐỊNH KỲ 6 THÁNG').kind).toBe('RECURRING')
    expect(value('quý  1 / 2022').due).toBe('2022-03-31')
  })

  it('refuses impossible days and periods', () => {
    expect(code('ngày 31/4/2021')).toBe('INVALID_DATE')
    expect(code('29/2/2021')).toBe('INVALID_DATE')
    expect(code('29/2/2024')).toBe('OK')
    expect(code('tháng 13/2021')).toBe('INVALID_DATE')
    expect(code('quý 5/2022')).toBe('INVALID_DATE')
    expect(code('quý V/2022')).toBe('INVALID_DATE')
    expect(code('trước ngày 30/2', { year: 2025 })).toBe('INVALID_DATE')
    expect(code('năm 0999')).toBe('INVALID_DATE')
  })

  it('keeps unknown text as UNPARSED, with a warning naming the words not read', () => {
    const r = parseDeadline('Ưu tiên làm sớm nhất có thể')
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value).toEqual({
        kind: 'UNPARSED',
        text: 'Ưu tiên làm sớm nhất có thể',
        due: null,
        unread: 'ưu tiên làm sớm nhất có thể',
        reason: 'NOT_UNDERSTOOD',
      })
      const [warning] = deadlineWarnings(r.value, ['tasks', 2, 'deadline'])
      expect(warning).toMatchObject({ code: 'DEADLINE_UNPARSED', path: ['tasks', 2, 'deadline'] })
      expect(warning?.message).toContain('ưu tiên làm sớm nhất có thể')
      expect(warning?.messageVi).toContain('ưu tiên làm sớm nhất có thể')
    }
    expect(code('')).toBe('INVALID_DEADLINE')
    expect(code('   ')).toBe('INVALID_DEADLINE')
    expect(value('định kỳ 5 tháng').kind).toBe('UNPARSED')
    expect(value('hằng năm từ hôm nay')).toMatchObject({ kind: 'UNPARSED', unread: 'từ hôm nay' })
    expect(value('Quý II/2025, tùy tình hình')).toMatchObject({ kind: 'UNPARSED' })
  })

  // No time is asserted (tests run on loaded machines): a pattern that backtracks without end
  // would hang here, which the suite's hang guard turns into a failure.
  it('reads very long text as unparsed, without catastrophic backtracking', () => {
    expect(value('hằng năm từ '.repeat(20_000)).kind).toBe('UNPARSED')
    expect(value(`ngày ${'1'.repeat(100_000)}`).kind).toBe('UNPARSED')
    expect(value('trước '.repeat(50_000)).kind).toBe('UNPARSED')
  })

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.option(fc.integer()), (text, year) => {
        const r = parseDeadline(text, year === null ? undefined : { year })
        expect(typeof r.ok).toBe('boolean')
      }),
      { numRuns: 2000 },
    )
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'ngày',
            'tháng',
            'quý',
            'năm',
            'hằng',
            '/',
            '-',
            '31',
            '2',
            'iv',
            'từ',
            ' ',
            '6',
            '2025',
            'đầu',
            'định kỳ',
          ),
        ),
        (parts) => {
          const r = parseDeadline(parts.join(' '), { year: 2025 })
          if (r.ok && r.value.due !== null) expect(r.value.due).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        },
      ),
    )
  })
})

const CONDITIONAL_TEXTS = [
  'Sau khi có hướng dẫn của Trung ương',
  'Khi Trung ương ban hành quy định',
  'Sau khi Đề án được phê duyệt',
  'Theo tiến độ của Trung ương',
  'Theo yêu cầu của Ban Thường vụ Tỉnh ủy',
  'Ngay sau khi có văn bản hướng dẫn của Bộ Nội vụ',
  'Trong thời hạn 30 ngày kể từ ngày Nghị quyết có hiệu lực',
  'Chờ hướng dẫn của Ban Tổ chức Trung ương',
] as const

describe('parseDeadline: deadlines as offices write them (issue 16)', () => {
  it('reads conditional deadlines, with a warning that there is no date yet', () => {
    for (const text of CONDITIONAL_TEXTS) {
      const d = value(text)
      expect(d, text).toEqual({ kind: 'CONDITIONAL', text, due: null })
      expect(deadlineWarnings(d)[0]?.code).toBe('DEADLINE_CONDITIONAL')
    }
    expect(value('Hoàn thành sau khi Đề án được phê duyệt').kind).toBe('CONDITIONAL')
  })

  it('reads a fixed day in the period', () => {
    expect(value('Trước 30/6 hằng năm')).toEqual({
      kind: 'RECURRING',
      text: 'Trước 30/6 hằng năm',
      due: null,
      cadence: 'YEARLY',
      start: null,
      dueDay: { month: 6, day: 30 },
      end: null,
    })
    expect(value('Hằng năm, trước ngày 30/6', { year: 2026 })).toMatchObject({
      cadence: 'YEARLY',
      dueDay: { month: 6, day: 30 },
      start: '2026-01-01',
    })
    expect(value('trước ngày 15 tháng cuối quý')).toMatchObject({
      cadence: 'QUARTERLY',
      dueDay: { month: 3, day: 15 },
    })
    expect(value('Báo cáo hằng quý, trước ngày 15 tháng cuối quý')).toMatchObject({
      cadence: 'QUARTERLY',
      dueDay: { month: 3, day: 15 },
    })
    expect(value('hằng tháng trước ngày 20')).toMatchObject({
      cadence: 'MONTHLY',
      dueDay: { month: 1, day: 20 },
    })
    expect(value('định kỳ 6 tháng')).toMatchObject({ cadence: 'HALF_YEARLY', dueDay: null })
    expect(value('Định kỳ 6 tháng, năm')).toMatchObject({ cadence: 'HALF_YEARLY' })
  })

  it('reads a first period and an end', () => {
    for (const text of ['Năm 2026 và các năm tiếp theo', 'từ năm 2026', 'hằng năm từ 2026']) {
      expect(value(text), text).toMatchObject({
        kind: 'RECURRING',
        cadence: 'YEARLY',
        start: '2026-01-01',
        end: null,
      })
    }
    expect(value('hằng quý đến hết năm 2030')).toMatchObject({
      cadence: 'QUARTERLY',
      end: '2030-12-31',
    })
    expect(value('Hằng năm trước 30/6, từ năm 2026 đến năm 2030')).toMatchObject({
      dueDay: { month: 6, day: 30 },
      start: '2026-01-01',
      end: '2030-12-31',
    })
  })

  it('writes the rule back in Vietnamese', () => {
    expect(formatDeadline(value('Trước 30/6 hằng năm'))).toBe('hằng năm trước ngày 30/6')
    expect(formatDeadline(value('trước ngày 15 tháng cuối quý'))).toBe(
      'hằng quý trước ngày 15 tháng cuối quý',
    )
    expect(formatDeadline(value('Năm 2026 và các năm tiếp theo'))).toBe('hằng năm từ năm 2026')
    expect(formatDeadline(value('hằng quý đến hết năm 2030'))).toBe('hằng quý đến hết năm 2030')
    expect(formatDeadline(value('hằng tháng trước ngày 20'))).toBe('hằng tháng trước ngày 20')
  })

  it('still refuses an impossible date, naming it', () => {
    for (const text of ['31/02/2025', 'Trước ngày 31/02/2025, tùy tình hình', '31/2 hằng năm']) {
      const r = parseDeadline(text)
      expect(r.ok, text).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_DATE')
        expect(r.error.message).toContain(text)
        expect(r.error.messageVi).toContain(text)
      }
    }
  })
})

const yearArb = fc.integer({ min: 1000, max: 9999 })
const deadlineArb: fc.Arbitrary<Deadline> = fc.oneof(
  fc
    .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => dateDeadline(d.toISOString().slice(0, 10))),
  fc
    .tuple(yearArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, a, b]) => monthDeadline(y, Math.max(a, b), Math.min(a, b))),
  fc.tuple(yearArb, fc.integer({ min: 1, max: 4 })).map(([y, q]) => quarterDeadline(y, q)),
  yearArb.map((y) => yearDeadline(y)),
  fc
    .tuple(
      fc.constantFrom(...RECURRENCE_CADENCES),
      fc.option(
        fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
      ),
      fc.option(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))),
      fc.option(
        fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
      ),
    )
    .map(([c, d, due, e]) => {
      const start = d === null ? null : d.toISOString().slice(0, 10)
      const last = e === null ? null : e.toISOString().slice(0, 10)
      const end = last !== null && (start === null || last >= start) ? last : null
      const months = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6, YEARLY: 12 }[c]
      const dueDay = due === null ? null : { month: ((due[0] - 1) % months) + 1, day: due[1] }
      return recurringDeadline(c, start, undefined, { dueDay, end })
    }),
  fc.constant(ongoingDeadline()),
  fc.constantFrom(...CONDITIONAL_TEXTS).map((t) => conditionalDeadline(t)),
)

describe('formatDeadline', () => {
  it('writes canonical text', () => {
    expect(formatDeadline(value('hoàn thành trong quý 1/2022'))).toBe('quý I/2022')
    expect(formatDeadline(value('chậm nhất ngày 14/05/2021'))).toBe('ngày 14/5/2021')
    expect(formatDeadline(value('6 tháng đầu năm', { year: 2025 }))).toBe('6 tháng đầu năm 2025')
    expect(formatDeadline(value('hàng năm từ năm 2022'))).toBe('hằng năm từ năm 2022')
    expect(formatDeadline(value('Thường xuyên'))).toBe('thường xuyên')
    expect(formatDeadline(monthDeadline(2025, 5, 3))).toBe('từ tháng 3 đến tháng 5/2025')
  })

  it('parses back to the same deadline', () => {
    fc.assert(
      fc.property(deadlineArb, (d) => {
        const text = formatDeadline(d)
        expect(text).toBe(d.text)
        const back = parseDeadline(text)
        expect(back.ok).toBe(true)
        if (back.ok) {
          expect(back.value).toEqual(d)
          expect(sameDeadline(back.value, d)).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('is stable on what the parser reads', () => {
    for (const text of ['Quý III/2027', 'tháng 12/2021', 'định kỳ 6 tháng', '20-9-2024']) {
      const d = value(text)
      const again = value(formatDeadline(d))
      expect(sameDeadline(again, d)).toBe(true)
    }
  })
})
