import { endOfMonth, isoDateParts } from '../calendar/iso-date.js'
import type { DueDay } from '../calendar/reporting-period.js'
import type { Deadline, RecurrenceCadence, RecurringDeadline } from './deadline.js'

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const

const CADENCE_TEXT: Readonly<Record<RecurrenceCadence, string>> = Object.freeze({
  MONTHLY: 'hằng tháng',
  QUARTERLY: 'hằng quý',
  HALF_YEARLY: 'định kỳ 6 tháng',
  YEARLY: 'hằng năm',
})

function dayText(date: string): string {
  const { year, month, day } = isoDateParts(date)
  return `${day}/${month}/${year}`
}

function startText(start: string): string {
  const { year, month, day } = isoDateParts(start)
  if (day !== 1) return `từ ngày ${day}/${month}/${year}`
  if (month !== 1) return `từ tháng ${month}/${year}`
  return `từ năm ${year}`
}

const PERIOD_WORD: Readonly<Record<RecurrenceCadence, string>> = Object.freeze({
  MONTHLY: 'tháng',
  QUARTERLY: 'quý',
  HALF_YEARLY: 'kỳ',
  YEARLY: 'năm',
})

function dueDayText(cadence: RecurrenceCadence, dueDay: DueDay): string {
  const { month, day } = dueDay
  switch (cadence) {
    case 'MONTHLY':
      return `trước ngày ${day}`
    case 'YEARLY':
      return `trước ngày ${day}/${month}`
    default: {
      const last = cadence === 'QUARTERLY' ? 3 : 6
      const which = month === last ? 'cuối' : month === 1 ? 'đầu' : `thứ ${month} của`
      return `trước ngày ${day} tháng ${which} ${PERIOD_WORD[cadence]}`
    }
  }
}

function endText(end: string): string {
  const { year, month, day } = isoDateParts(end)
  if (month === 12 && day === 31) return `đến hết năm ${year}`
  if (end === endOfMonth(year, month)) return `đến hết tháng ${month}/${year}`
  return `đến ngày ${day}/${month}/${year}`
}

function recurringText(deadline: RecurringDeadline): string {
  const parts = [CADENCE_TEXT[deadline.cadence]]
  if (deadline.dueDay != null) parts.push(dueDayText(deadline.cadence, deadline.dueDay))
  if (deadline.start !== null) parts.push(startText(deadline.start))
  if (deadline.end != null) parts.push(endText(deadline.end))
  return parts.join(' ')
}

/**
 * Writes a deadline in canonical Vietnamese, the form that {@link parseDeadline} reads back
 * to the same deadline: `ngày 14/5/2021`, `tháng 12/2021`, `6 tháng đầu năm 2025`,
 * `quý III/2027` (quarters in Roman numerals, as documents write them), `năm 2025`,
 * `hằng năm từ năm 2022`, `hằng năm trước ngày 30/6 từ năm 2026 đến hết năm 2030`,
 * `hằng quý trước ngày 15 tháng cuối quý`, `định kỳ 6 tháng`, `thường xuyên`. The `text` the
 * deadline came from is ignored, except for conditional and unparsed deadlines, which are
 * nothing but their text.
 *
 * @example
 * ```ts
 * formatDeadline(parseDeadline('hoàn thành trong quý 1/2022').value) // 'quý I/2022'
 * ```
 */
export function formatDeadline(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'DATE':
      return `ngày ${dayText(deadline.due)}`
    case 'MONTH': {
      const { year, month, firstMonth } = deadline
      if (firstMonth === month) return `tháng ${month}/${year}`
      if (firstMonth === 1) return `${month} tháng đầu năm ${year}`
      if (month === 12) return `${13 - firstMonth} tháng cuối năm ${year}`
      return `từ tháng ${firstMonth} đến tháng ${month}/${year}`
    }
    case 'QUARTER':
      return `quý ${ROMAN_QUARTERS[deadline.quarter - 1]}/${deadline.year}`
    case 'YEAR':
      return `năm ${deadline.year}`
    case 'RECURRING':
      return recurringText(deadline)
    case 'ONGOING':
      return 'thường xuyên'
    case 'CONDITIONAL':
    case 'UNPARSED':
      return deadline.text
  }
}
