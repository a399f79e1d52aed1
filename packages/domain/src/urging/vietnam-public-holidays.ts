import { addDays, type IsoDate } from '../calendar/iso-date.js'
import type { PublicHoliday } from './rest-days.js'

// The public holidays of the Labour Code 2019 (Bộ luật Lao động, Điều 112) for 2025–2030: Tết
// Dương lịch, five days of Tết Nguyên đán, Giỗ Tổ Hùng Vương (10/3 Âm lịch), 30/4, 1/5 and two
// days of Quốc khánh, with the days off in lieu (nghỉ bù) when a holiday falls on a weekend.
// Lunar days are read on the Vietnamese calendar (UTC+7). Each year the Government also moves
// working days around Tết and the long weekends: a tenant keeps its own list, starting from this one.
const YEARS = [2025, 2026, 2027, 2028, 2029, 2030] as const

/** A holiday on the same day of the solar calendar every year, `monthDay` as MM-DD. */
function everyYear(monthDay: string): IsoDate[] {
  return YEARS.map((year) => `${year}-${monthDay}` as IsoDate)
}

// Mùng 1 Tết, the first day of the lunar year, in each of the years.
const LUNAR_NEW_YEAR: readonly IsoDate[] = [
  '2025-01-29',
  '2026-02-17',
  '2027-02-06',
  '2028-01-26',
  '2029-02-13',
  '2030-02-02',
]

/** The days `offset` days after mùng 1 Tết (-1: the last day of the lunar year), every year. */
function fromLunarNewYear(offset: number): IsoDate[] {
  return LUNAR_NEW_YEAR.map((day) => addDays(day, offset))
}

// Mùng 1 to mùng 4 Tết, off every year.
const LUNAR_NEW_YEAR_DAYS = [1, 2, 3, 4].map(
  (n) =>
    [`Tết Nguyên đán (mùng ${n})`, `Lunar New Year (day ${n})`, fromLunarNewYear(n - 1)] as const,
)

// Each name with its days: [Vietnamese, English, days].
const HOLIDAYS: readonly (readonly [string, string, readonly IsoDate[]])[] = [
  ['Tết Dương lịch', "New Year's Day", everyYear('01-01')],
  [
    'Tết Nguyên đán (nghỉ trước Tết)',
    'Lunar New Year (day before the eve)',
    ['2025-01-27', '2027-02-04', '2028-01-24', '2030-01-31'],
  ],
  ['Tết Nguyên đán (ngày cuối năm Âm lịch)', "Lunar New Year's Eve", fromLunarNewYear(-1)],
  ...LUNAR_NEW_YEAR_DAYS,
  [
    'Giỗ Tổ Hùng Vương (10/3 Âm lịch)',
    "Hung Kings' Commemoration Day",
    ['2025-04-07', '2026-04-26', '2027-04-16', '2028-04-04', '2029-04-23', '2030-04-12'],
  ],
  ['Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', everyYear('04-30')],
  ['Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', everyYear('05-01')],
  [
    'Quốc khánh (2/9)',
    'National Day (2 September)',
    [
      '2025-09-01',
      '2025-09-02',
      '2026-09-01',
      '2026-09-02',
      '2027-09-02',
      '2027-09-03',
      '2028-09-01',
      '2028-09-02',
      '2029-09-02',
      '2029-09-03',
      '2030-09-02',
      '2030-09-03',
    ],
  ],
  [
    'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Âm lịch)',
    "Hung Kings' Commemoration Day, day off in lieu",
    ['2026-04-27'],
  ],
  ['Tết Nguyên đán (mùng 5)', 'Lunar New Year (day 5)', ['2027-02-10', '2030-02-06']],
  [
    'Nghỉ bù Ngày Quốc tế Lao động (1/5)',
    'International Labour Day (1 May), day off in lieu',
    ['2027-05-03'],
  ],
  ['Nghỉ bù Tết Dương lịch', "New Year's Day, day off in lieu", ['2028-01-03']],
  [
    'Nghỉ bù Ngày Chiến thắng (30/4)',
    'Reunification Day (30 April), day off in lieu',
    ['2028-05-02'],
  ],
  [
    'Nghỉ bù Quốc khánh (2/9)',
    'National Day (2 September), day off in lieu',
    ['2028-09-04', '2029-09-04'],
  ],
]

/**
 * Vietnam's public holidays from 2025 to 2030 under the Labour Code 2019 (Article 112), with days
 * off in lieu: the default rest days of a tenant, which keeps its own list (the Government's
 * yearly notice moves days around Tết).
 *
 * @example
 * ```ts
 * VIETNAM_PUBLIC_HOLIDAYS.find((h) => h.date === '2026-02-17')?.name.vi // 'Tết Nguyên đán (mùng 1)'
 * ```
 */
export const VIETNAM_PUBLIC_HOLIDAYS: readonly PublicHoliday[] = Object.freeze(
  HOLIDAYS.flatMap(([vi, en, days]) => {
    const name = Object.freeze({ vi, en })
    return days.map((date) => Object.freeze({ date, name }))
  }).sort((a, b) => (a.date < b.date ? -1 : 1)),
)
