import { type IsoDate, RECURRENCE_CADENCES, recurringDeadline } from '@chidao/domain'
import fc from 'fast-check'

// Random recurring deadlines and the reports against them, for the properties that check the
// SQL counts of recurring periods against the domain's.

/**
 * Days from 1 January of `year`, up to `days` later, as ISO dates.
 *
 * @example
 * ```ts
 * const day = dayArb(2024, 1200)
 * ```
 */
export function dayArb(year: number, days: number): fc.Arbitrary<IsoDate> {
  return fc
    .integer({ min: 0, max: days })
    .map((n) => new Date(Date.UTC(year, 0, 1 + n)).toISOString().slice(0, 10))
}

/**
 * A recurring rule on days drawn from `day`: any cadence, a fixed due day or none, a first and a
 * last period or none.
 *
 * @example
 * ```ts
 * const deadline = recurringRuleArb(dayArb(2024, 1200))
 * ```
 */
export function recurringRuleArb(day: fc.Arbitrary<IsoDate>) {
  return fc
    .record({
      cadence: fc.constantFrom(...RECURRENCE_CADENCES),
      start: fc.option(day, { nil: null }),
      end: fc.option(day, { nil: null }),
      dueDay: fc.option(
        fc.record({
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 31 }),
        }),
        { nil: null },
      ),
    })
    .map(({ cadence, start, end, dueDay }) => {
      const months = { MONTHLY: 1, QUARTERLY: 3, HALF_YEARLY: 6, YEARLY: 12 }[cadence]
      return recurringDeadline(cadence, start, undefined, {
        dueDay:
          dueDay === null ? null : { month: ((dueDay.month - 1) % months) + 1, day: dueDay.day },
        end: end !== null && (start === null || end >= start) ? end : null,
      })
    })
}

/**
 * A report dated on a day drawn from `day` that names a period (of any cadence, 2023 to 2028)
 * or none.
 *
 * @example
 * ```ts
 * const reports = fc.array(periodReportArb(day), { maxLength: 4 })
 * ```
 */
export function periodReportArb(day: fc.Arbitrary<IsoDate>) {
  return fc.record({
    reportedOn: day,
    period: fc.option(
      fc.oneof(
        fc.integer({ min: 2023, max: 2028 }).map(String),
        fc
          .tuple(
            fc.integer({ min: 2023, max: 2028 }),
            fc.constantFrom('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', '01', '06', '12'),
          )
          .map(([y, p]) => `${y}-${p}`),
      ),
      { nil: null },
    ),
  })
}
