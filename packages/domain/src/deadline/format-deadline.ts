import { isoDateParts } from '../calendar/iso-date.js'
import type { Deadline, RecurrenceCadence } from './deadline.js'

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

/**
 * Writes a deadline in canonical Vietnamese, the form that {@link parseDeadline} reads back
 * to the same deadline: `ngày 14/5/2021`, `tháng 12/2021`, `6 tháng đầu năm 2025`,
 * `quý III/2027` (quarters in Roman numerals, as documents write them), `năm 2025`,
 * `hằng năm từ năm 2022`, `định kỳ 6 tháng`, `thường xuyên`. The `text` the deadline came from
 * is ignored.
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
    case 'RECURRING': {
      const cadence = CADENCE_TEXT[deadline.cadence]
      return deadline.start === null ? cadence : `${cadence} ${startText(deadline.start)}`
    }
    case 'ONGOING':
      return 'thường xuyên'
  }
}
