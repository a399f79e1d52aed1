/**
 * The reporting side of the national dataset (question 6, the reporting calendar): which
 * documents carry a reporting rule (chế độ báo cáo), which cadence a task's reporting duty has,
 * and the periodic reports organisations sent for each period owed — most on time, some late
 * (naming their period), some never sent.
 *
 * Drawn from a generator of its own (`seed`-derived), so that the rest of the dataset — the
 * organisations, documents, tasks and their other reports, which questions 1–5 read — is the
 * same draw as before question 6 existed.
 */
import type { SeededRandom } from '../lib/random.js'

/** What became of one period a body owed a report for. */
export type PeriodOutcome = 'ON_TIME' | 'LATE' | 'MISSING'

/** Of the periods due by the day the questions are asked on: on time, late, never sent. */
export const OUTCOME_SHARES = { onTime: 0.7, late: 0.14 } as const

/** A cadence of reporting: months per period. */
export const CADENCE_MONTHS: Readonly<Record<string, number>> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  HALF_YEARLY: 6,
  YEARLY: 12,
}

/** A reporting rule as documents write it, with the cadences its words name. */
export interface GeneratedRule {
  readonly text: string
  readonly cadences: readonly string[]
}

const HALF_YEAR_AND_YEAR: GeneratedRule = {
  text: 'Báo cáo định kỳ 6 tháng, năm',
  cadences: ['HALF_YEARLY', 'YEARLY'],
}
const QUARTER: GeneratedRule = { text: 'Báo cáo định kỳ hằng quý', cadences: ['QUARTERLY'] }
const YEAR: GeneratedRule = { text: 'Báo cáo kết quả thực hiện hằng năm', cadences: ['YEARLY'] }

/**
 * The reporting rule of a province's document, by its place in the chain: most programmes and
 * resolutions of the standing committee ask for 6-monthly and yearly reports; half the People's
 * Committee's plans quarterly ones, some 6-monthly; a third of the departments' and communes'
 * plans yearly or 6-monthly ones. Central documents get none here (the province owes them
 * nothing in this dataset: their tasks are the programmes').
 */
export function reportingRuleOf(
  rc: SeededRandom,
  level: 'programme' | 'plan' | 'department' | 'commune',
): GeneratedRule | undefined {
  const roll = rc.next()
  switch (level) {
    case 'programme':
      return roll < 0.7 ? HALF_YEAR_AND_YEAR : undefined
    case 'plan':
      return roll < 0.5 ? QUARTER : roll < 0.75 ? HALF_YEAR_AND_YEAR : undefined
    case 'department':
      return roll < 0.2 ? HALF_YEAR_AND_YEAR : roll < 0.35 ? YEAR : undefined
    case 'commune':
      return roll < 0.3 ? YEAR : undefined
  }
}

/** The cadence of a task's reporting duty: 6-monthly most often, then quarterly, yearly, monthly. */
export function dutyCadence(rc: SeededRandom): string {
  const roll = rc.next()
  return roll < 0.4 ? 'HALF_YEARLY' : roll < 0.75 ? 'QUARTERLY' : roll < 0.9 ? 'YEARLY' : 'MONTHLY'
}

const pad2 = (n: number) => String(n).padStart(2, '0')
const iso = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** One period a body owes a report for. */
export interface OwedPeriod {
  readonly key: string
  readonly start: string
  readonly due: string
  /** The previous period's due day: a report after it and by `due` answers this period. */
  readonly previousDue: string
}

/** [year, month] `k` periods of `months` months after the one starting in `year`/`month`. */
function shift(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months
  return [Math.floor(index / 12), (index % 12) + 1]
}

/**
 * The due day of the period of `months` months starting in `year`/`month`: under decree
 * 09/2019/NĐ-CP the 14th of its last month for a State document, its last day for a Party one
 * (the calendar's defaults; the generated rules set no day of their own).
 */
function dueOf(year: number, month: number, months: number, state: boolean): string {
  const [y, m] = shift(year, month, months - 1)
  return iso(y, m, state ? 14 : daysIn(y, m))
}

function keyOf(cadence: string, year: number, month: number): string {
  switch (cadence) {
    case 'YEARLY':
      return String(year)
    case 'HALF_YEARLY':
      return `${year}-H${month <= 6 ? 1 : 2}`
    case 'QUARTERLY':
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`
    default:
      return `${year}-${pad2(month)}`
  }
}

/**
 * The periods of a cadence from the one holding `first` to the one holding `last`, whose due
 * day is on or before `asOf` (the later ones are not yet due: nobody has reported for them).
 */
export function owedPeriods(
  cadence: string,
  first: string,
  last: string,
  asOf: string,
  state: boolean,
): OwedPeriod[] {
  const months = CADENCE_MONTHS[cadence]!
  const startOf = (day: string): [number, number] => {
    const y = Number(day.slice(0, 4))
    const m = Number(day.slice(5, 7))
    return [y, Math.floor((m - 1) / months) * months + 1]
  }
  const [ly, lm] = startOf(last)
  const periods: OwedPeriod[] = []
  for (let [y, m] = startOf(first); y * 12 + m <= ly * 12 + lm; [y, m] = shift(y, m, months)) {
    const due = dueOf(y, m, months, state)
    if (due > asOf) break
    const [py, pm] = shift(y, m, -months)
    periods.push({
      key: keyOf(cadence, y, m),
      start: iso(y, m, 1),
      due,
      previousDue: dueOf(py, pm, months, state),
    })
  }
  return periods
}

/** A periodic report as the bundle writes it: no figure, the period named or not. */
export interface PeriodicReport {
  readonly reportedOn: string
  readonly organization: string
  readonly narrative: string
  readonly period?: string
}

const PERIOD_NARRATIVES = [
  'Báo cáo định kỳ kết quả thực hiện trong kỳ; các nhiệm vụ đang được triển khai theo kế hoạch.',
  'Báo cáo định kỳ: đã hoàn thành một số nội dung, còn chậm ở khâu bố trí kinh phí.',
  'Báo cáo định kỳ kèm phụ lục số liệu; đề xuất tiếp tục theo dõi, đôn đốc.',
]

/**
 * The reports a body sent for the periods it owed, by the day the questions are asked on: on
 * time (within the period's window, naming the period four times in five), late (up to 60
 * days after the due day, naming the period) or never; a report that would fall after
 * `lastDay` (the task completed, or the day we ask on) was not sent.
 */
export function periodicReports(
  rc: SeededRandom,
  organization: string,
  periods: readonly OwedPeriod[],
  issuedOn: string,
  lastDay: string,
): PeriodicReport[] {
  const reports: PeriodicReport[] = []
  for (const p of periods) {
    const roll = rc.next()
    const outcome: PeriodOutcome =
      roll < OUTCOME_SHARES.onTime
        ? 'ON_TIME'
        : roll < OUTCOME_SHARES.onTime + OUTCOME_SHARES.late
          ? 'LATE'
          : 'MISSING'
    if (outcome === 'MISSING') continue
    const earliest = [addDays(p.previousDue, 1), issuedOn, addDays(p.due, -25)].sort().at(-1)!
    let reportedOn: string
    let named = true
    if (outcome === 'ON_TIME' && earliest <= p.due) {
      const span = Math.round((Date.parse(p.due) - Date.parse(earliest)) / 86_400_000)
      reportedOn = addDays(earliest, rc.int(0, span))
      named = rc.chance(0.8)
    } else {
      reportedOn = addDays(p.due, rc.int(1, 60))
    }
    if (reportedOn > lastDay || reportedOn < issuedOn) continue
    reports.push({
      reportedOn,
      organization,
      narrative: rc.pick(PERIOD_NARRATIVES),
      ...(named ? { period: p.key } : {}),
    })
  }
  return reports
}
