/**
 * The servers' answers reduced to what must agree between them before any load (the national
 * benchmark's checks), and how two reductions differ.
 */
import { idOfGlobal, type Question } from './questions.js'

/** What differs between the servers' answers: the first entries one has and another has not. */
export function differences(answers: Record<string, Record<string, unknown>>): string {
  const names = Object.keys(answers)
  const first = answers[names[0]!]!
  const lines: string[] = []
  for (const n of names.slice(1)) {
    for (const [key, value] of Object.entries(answers[n]!)) {
      const other = first[key]
      if (Array.isArray(value) && Array.isArray(other)) {
        const mine = new Set(value.map(String))
        const theirs = new Set(other.map(String))
        const only = [...mine].filter((x) => !theirs.has(x)).slice(0, 5)
        const missing = [...theirs].filter((x) => !mine.has(x)).slice(0, 5)
        if (only.length || missing.length) {
          lines.push(
            `${key}: ${n} only ${JSON.stringify(only)}; ${names[0]} only ${JSON.stringify(missing)}`,
          )
        }
      } else if (JSON.stringify(value) !== JSON.stringify(other)) {
        lines.push(`${key}: ${n} ${JSON.stringify(value)}, ${names[0]} ${JSON.stringify(other)}`)
      }
    }
  }
  return lines.join('; ') || JSON.stringify(answers).slice(0, 2_000)
}

/** What each server answered, reduced to what must agree between them. */
export function summarise(
  q: Question,
  target: 'gateway' | 'postgraphile',
  data: Record<string, unknown>,
) {
  if (target === 'gateway') {
    switch (q) {
      case 'q1': {
        const tasks = data.tasks as { totalCount: number; edges: { node: { id: string } }[] }
        return { total: tasks.totalCount, ids: tasks.edges.map((e) => idOfGlobal(e.node.id)) }
      }
      case 'q2': {
        const s = data.scorecard as {
          counts: { total: number; overdue: number }
          byLead: unknown[]
        }
        return { total: s.counts.total, overdue: s.counts.overdue, leads: s.byLead.length }
      }
      case 'q3': {
        const d = data.directive as { implementationChain: unknown[]; implementedBy: unknown[] }
        return { up: d.implementationChain.length, down: d.implementedBy.length }
      }
      case 'q6': {
        const c = data.reportingCalendar as {
          expectedReports: {
            organization: { code: string }
            directive: { symbol: string }
            task: { reference: string } | null
            cadence: string
            period: { key: string; due: string }
          }[]
          totals: (Omit<CalendarTotal, 'code'> & { organization: { code: string } })[]
        }
        return calendarAnswer(
          c.expectedReports.map((e) => [
            e.organization.code,
            e.directive.symbol,
            e.task?.reference ?? '',
            e.cadence,
            e.period.key,
            e.period.due,
          ]),
          c.totals.map((x) => ({ ...x, code: x.organization.code })),
        )
      }
      default:
        return { nodes: (data.nodes as unknown[]).filter(Boolean).length }
    }
  }
  switch (q) {
    case 'q1': {
      const c = data.chidaoPgUrgeList as { totalCount: number; nodes: { rowId: string }[] }
      return { total: c.totalCount, ids: c.nodes.map((n) => n.rowId) }
    }
    case 'q2': {
      const lines = (data.chidaoPgScorecard as { nodes: Record<string, unknown>[] }).nodes
      const whole = lines.find((l) => l.organizationId === null)!
      return {
        total: Number(whole.total),
        overdue: Number(whole.overdue),
        leads: lines.length - 1,
      }
    }
    case 'q3': {
      const d = data.chidaoPgDirectiveBySymbol as {
        implementationChain: { nodes: unknown[] }
        implementedBy: { nodes: unknown[] }
      }
      return { up: d.implementationChain.nodes.length, down: d.implementedBy.nodes.length }
    }
    case 'q6': {
      const list = (data.chidaoPgMissingReports as { nodes: Record<string, string | null>[] }).nodes
      const totals = (data.chidaoPgReportingTotals as { nodes: Record<string, string>[] }).nodes
      return calendarAnswer(
        list.map((e) => [
          e.organizationCode!,
          e.directiveSymbol!,
          e.taskReference ?? '',
          e.cadence!,
          e.periodKey!,
          e.due!,
        ]),
        totals.map((x) => ({
          code: x.organizationCode!,
          received: x.received!,
          receivedLate: x.receivedLate!,
          missing: x.missing!,
          notYetDue: x.notYetDue!,
        })),
      )
    }
    default:
      return { nodes: (data.chidaoPgTasksByIds as { nodes: unknown[] }).nodes.length }
  }
}

/** An organisation's line of question 6's totals (counts may come as strings: bigint). */
interface CalendarTotal {
  code: string
  received: number | string
  receivedLate: number | string
  missing: number | string
  notYetDue: number | string
}

/**
 * Question 6 reduced to what must agree: each missing report (`missingReports`) as
 * `organisation|document|task reference|cadence|period|due`, each line of totals as
 * `organisation|received|late|missing|not yet due`, and the shares of the whole scope.
 */
function calendarAnswer(missing: readonly string[][], totals: readonly CalendarTotal[]) {
  const sum = { received: 0, receivedLate: 0, missing: 0, notYetDue: 0 }
  for (const x of totals) {
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += Number(x[k])
  }
  return {
    missingReports: missing.map((m) => m.join('|')),
    totals: totals.map((x) =>
      [x.code, x.received, x.receivedLate, x.missing, x.notYetDue].map(String).join('|'),
    ),
    expected: sum.received + sum.receivedLate + sum.missing + sum.notYetDue,
    ...sum,
  }
}

/** The floor's rows of question 6 (`kind` missing or total), reduced as the servers' answers. */
export function floorCalendarAnswer(rows: Record<string, string | null>[]) {
  return calendarAnswer(
    rows
      .filter((r) => r.kind === 'missing')
      .map((r) => [r.code!, r.symbol_text!, r.reference ?? '', r.cadence!, r.period_key!, r.due!]),
    rows
      .filter((r) => r.kind === 'total')
      .map((r) => ({
        code: r.code!,
        received: r.received!,
        receivedLate: r.received_late!,
        missing: r.missing!,
        notYetDue: r.not_yet_due!,
      })),
  )
}

/** Same answers? Ids compared as sets (ties in due date may be ordered differently). */
export function sameAnswer(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const norm = (x: Record<string, unknown>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(x).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]),
      ),
    )
  return norm(a) === norm(b)
}
