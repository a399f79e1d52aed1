/**
 * The bare HTTP floor's answers: the SQL floor's rows (floor-sql.ts) put in the shape of
 * chidao's GraphQL answers to the same documents (queries/q1…q6.graphql), field for field, so
 * the benchmark's checks read them as they read chidao's. Only the shaping a hand-written
 * endpoint would do: no graph, no resolvers.
 */
import type { floorSql } from './floor-sql.js'
import { globalId } from './questions.js'

type Floor = ReturnType<typeof floorSql>
type Rows = Record<string, unknown>[]

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

/** Groups rows by their `task_id`, keeping the statement's order. */
function byTask(rows: Rows): Map<string, Rows> {
  const map = new Map<string, Rows>()
  for (const r of rows) {
    const id = r.task_id as string
    const list = map.get(id)
    if (list) list.push(r)
    else map.set(id, [r])
  }
  return map
}

/** Question 1 as chidao's `tasks(…)` connection (progress: the latest figure reported). */
export function urgeListAnswer(a: Awaited<ReturnType<Floor['urge']>>) {
  const coordinators = byTask(a.coordinators.rows)
  const reports = byTask(a.reports.rows)
  const page = a.page.rows.slice(0, 50)
  const last = page.at(-1)
  return {
    tasks: {
      totalCount: a.total,
      pageInfo: {
        hasNextPage: a.page.rows.length > 50,
        endCursor: last
          ? Buffer.from(JSON.stringify([last.deadline_due, last.id])).toString('base64')
          : null,
      },
      edges: page.map((t) => {
        const own = reports.get(t.id) ?? []
        const latest = own.findLast((r) => r.percent !== null)
        return {
          node: {
            id: globalId('Task', t.id),
            reference: t.reference,
            title: t.title,
            due: t.deadline_due,
            progress: num(latest?.percent),
            directive: { symbol: t.symbol_text },
            lead: { name: t.lead },
            coordinators: (coordinators.get(t.id) ?? []).map((c) => ({ name: c.name })),
            progressReports: own.map((r) => ({
              reportedOn: r.reported_on,
              percent: num(r.percent),
              narrative: r.narrative,
            })),
          },
        }
      }),
    },
  }
}

const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  percent: denominator === 0 ? null : Math.round((1000 * numerator) / denominator) / 10,
})

/**
 * Question 2 as chidao's `scorecard`: the whole summed from the lines per lead. `progress` is
 * the average of each task's latest figure (100 once completed), not chidao's roll-up over the
 * task tree; `childrenTotal`/`childrenWithData` count the leads.
 */
export function scorecardAnswer(rows: Rows) {
  const lines = rows.map((r) => {
    const total = Number(r.total)
    const onTime = Number(r.on_time)
    const late = Number(r.late)
    const overdue = Number(r.overdue)
    return {
      code: r.code as string,
      name: r.name as string,
      counts: {
        total,
        overdue,
        inProgress: Math.max(0, total - onTime - late - overdue),
        completedOnTime: onTime,
        completedLate: late,
        cancelled: Number(r.cancelled),
      },
      due: Number(r.due),
      progress: num(r.progress),
    }
  })
  const sum = (k: keyof (typeof lines)[number]['counts']) =>
    lines.reduce((s, l) => s + l.counts[k], 0)
  const counts = {
    total: sum('total'),
    overdue: sum('overdue'),
    inProgress: sum('inProgress'),
    completedOnTime: sum('completedOnTime'),
    completedLate: sum('completedLate'),
    cancelled: sum('cancelled'),
  }
  const withData = lines.filter((l) => l.progress !== null)
  const weight = withData.reduce((s, l) => s + l.counts.total, 0)
  return {
    scorecard: {
      counts,
      onTimeRateAllAssigned: rate(counts.completedOnTime, counts.total),
      onTimeRateDueByDate: rate(
        counts.completedOnTime,
        lines.reduce((s, l) => s + l.due, 0),
      ),
      progress: {
        percent:
          weight === 0
            ? null
            : withData.reduce((s, l) => s + l.progress! * l.counts.total, 0) / weight,
        childrenTotal: lines.length,
        childrenWithData: withData.length,
      },
      byLead: lines.map((l) => ({
        organization: { code: l.code, name: l.name },
        counts: l.counts,
        onTimeRateAllAssigned: { percent: rate(l.counts.completedOnTime, l.counts.total).percent },
        onTimeRateDueByDate: { percent: rate(l.counts.completedOnTime, l.due).percent },
        progress: { percent: l.progress },
      })),
    },
  }
}

/** Question 3 as chidao's `directive(symbol:)`: the chain upward, then every descendant. */
export function chainAnswer(rows: Rows) {
  const doc = (r: Record<string, unknown>) => ({
    symbol: r.symbol_text,
    title: r.title,
    tasks: { totalCount: Number(r.tasks) },
  })
  const root = rows.find((r) => Number(r.depth) === 0)
  if (!root) return { directive: null }
  return {
    directive: {
      ...doc(root),
      implementationChain: rows.filter((r) => Number(r.depth) > 0).map(doc),
      implementedBy: rows
        .filter((r) => Number(r.depth) < 0)
        .sort((a, b) => Number(b.depth) - Number(a.depth))
        .map(doc),
    },
  }
}

/** Question 4 as chidao's `nodes(ids:)`: in the order asked, null for an id not found. */
export function nodesAnswer(taskIds: readonly string[], a: Awaited<ReturnType<Floor['nodes']>>) {
  const tasks = new Map(a.tasks.rows.map((t) => [t.id as string, t]))
  const coordinators = byTask(a.coordinators.rows)
  const reports = byTask(a.reports.rows)
  return {
    nodes: taskIds.map((id) => {
      const t = tasks.get(id)
      if (!t) return null
      return {
        id: globalId('Task', id),
        reference: t.reference,
        title: t.title,
        status: t.status,
        lead: { code: t.code, name: t.name },
        coordinators: (coordinators.get(id) ?? []).map((c) => ({ code: c.code, name: c.name })),
        directive: { symbol: t.symbol_text },
        progressReports: (reports.get(id) ?? []).map((r) => ({
          reportedOn: r.reported_on,
          percent: num(r.percent),
          organization: { code: r.code, name: r.name },
        })),
      }
    }),
  }
}

/** Question 5's write as chidao's `reportProgress` payload. */
export function reportProgressAnswer(rows: Rows) {
  const r = rows[0]
  if (!r) throw new Error('no report written: the reporting organisation was not found')
  return {
    reportProgress: {
      __typename: 'ReportProgressPayload',
      report: { id: globalId('ProgressReport', r.id as string), percent: num(r.percent) },
    },
  }
}

/** Question 6 as chidao's `reportingCalendar(… status: [MISSING])` with its totals. */
export function missingReportsAnswer(rows: Rows) {
  const org = (r: Record<string, unknown>) => ({ code: r.code, name: r.name })
  return {
    reportingCalendar: {
      expectedReports: rows
        .filter((r) => r.kind === 'missing')
        .map((r) => ({
          organization: org(r),
          directive: { symbol: r.symbol_text },
          task: r.reference === null ? null : { reference: r.reference },
          cadence: r.cadence,
          period: { key: r.period_key, due: r.due },
          status: 'MISSING',
        })),
      totals: rows
        .filter((r) => r.kind === 'total')
        .map((r) => ({
          organization: org(r),
          received: Number(r.received),
          receivedLate: Number(r.received_late),
          missing: Number(r.missing),
          notYetDue: Number(r.not_yet_due),
        })),
    },
  }
}
