import {
  type Directive,
  type DirectiveId,
  deadlineInForce,
  type IsoDate,
  latestDuePeriod,
  type OrganizationId,
  type ReportMissingInput,
  reportingPeriodLabel,
  type Task,
  type TaskId,
} from '@chidao/domain'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { ReportingCalendarReader } from '../ports/reporting-calendar-reader.js'
import type { TaskFilter, TaskReader } from '../ports/task-store.js'

/** An overdue task, with the deadline it is late against: as written, and the day it fell due. */
export interface OverdueWork {
  readonly task: Task
  readonly due: IsoDate
  readonly deadlineText: string
}

/** A report still missing, as the reporting calendar gives it, with its task's reference. */
export type MissingWork = ReportMissingInput & { readonly directiveId: DirectiveId }

/** The work late on a day, the documents assigning it and every organisation it names. */
export interface UrgedWork {
  readonly overdue: readonly OverdueWork[]
  readonly missing: readonly MissingWork[]
  readonly directives: ReadonlyMap<string, Directive>
  readonly organizationIds: readonly OrganizationId[]
}

/** The ports {@link urgedWork} reads, at the caller's clearance. */
export interface UrgedWorkPorts {
  readonly tasks: Pick<TaskReader, 'listWithRelated' | 'findByIds'>
  readonly directives: Pick<DirectiveReader, 'findByIds'>
  readonly reporting: ReportingCalendarReader
}

const PAGE = 500
/** How far back the calendar looks for periods still unanswered, in years (its longest range). */
const MISSING_YEARS = 10

/**
 * The deadline a task is late against on `asOf`: the one in force that day (before a later
 * extension, the one it replaced), as written; for recurring work, the latest period due, whose
 * report is missing — "Hằng năm (Năm 2025)" due on that period's day.
 */
function lateAgainst(task: Task, asOf: IsoDate): { due: IsoDate; deadlineText: string } | null {
  const deadline = deadlineInForce(task, asOf)
  if (deadline === null) return null
  if (deadline.kind === 'RECURRING') {
    const period = latestDuePeriod(deadline, asOf)
    if (period === null) return null
    return {
      due: period.due,
      deadlineText: `${deadline.text} (${reportingPeriodLabel(period).vi})`,
    }
  }
  return deadline.due === null ? null : { due: deadline.due, deadlineText: deadline.text }
}

/**
 * Reads the work late on `asOf` that the caller may see, within a scope: the tasks open past
 * their deadline (the overdue list, judged in the database as `listTasks` judges it), and the
 * reports owed for periods due in the ten years up to `asOf` still missing that day (the
 * reporting calendar's `MISSING` lines) — led or owed within `scopeId`'s subtree and/or under
 * `directive` (its tasks and those of the documents implementing it).
 *
 * @example
 * ```ts
 * const work = await urgedWork(ports, { asOf: '2026-12-07', scopeId: null, directive: null })
 * work.overdue.length
 * ```
 */
export async function urgedWork(
  ports: UrgedWorkPorts,
  scope: {
    readonly asOf: IsoDate
    readonly scopeId: OrganizationId | null
    readonly directive: Directive | null
  },
): Promise<UrgedWork> {
  const { asOf, scopeId, directive } = scope
  const filter: TaskFilter = {
    timeliness: ['OVERDUE'],
    ...(directive ? { directiveId: directive.id, includeImplementing: true } : {}),
    ...(scopeId ? { leadOrganizationId: scopeId, includeSubtree: true } : {}),
  }
  const tasks: Task[] = []
  const directives = new Map<string, Directive>()
  let after: string | null = null
  for (;;) {
    const { page, related } = await ports.tasks.listWithRelated(
      { filter, asOf, orderBy: 'DUE_ASC', first: PAGE, after },
      { directives: true },
    )
    tasks.push(...page.edges.map((e) => e.node))
    for (const [id, d] of related.directives) directives.set(id, d)
    const last = page.edges.at(-1)
    if (!page.hasNextPage || last === undefined) break
    after = last.cursor
  }
  const overdue = tasks.flatMap((task) => {
    const late = lateAgainst(task, asOf)
    return late ? [{ task, ...late }] : []
  })

  const calendar = await ports.reporting.reportingCalendar({
    from: `${Number(asOf.slice(0, 4)) - MISSING_YEARS}-01-01` as IsoDate,
    to: asOf,
    asOf,
    directiveId: directive?.id ?? null,
    organizationId: scopeId,
    status: ['MISSING'],
  })
  const expected = calendar.expectedReports
  const references = await referencesOf(ports, expected, tasks)
  const unread = [...new Set(expected.map((m) => m.directiveId))].filter(
    (id) => !directives.has(id),
  )
  for (const d of await ports.directives.findByIds(unread)) if (d) directives.set(d.id, d)
  const missing = expected.map((m) => ({
    organizationId: m.organizationId,
    directiveId: m.directiveId,
    cadence: m.cadence,
    period: m.period,
    due: m.due,
    recipientId: m.recipientId,
    taskReference: m.taskId === null ? null : (references.get(m.taskId) ?? m.taskId),
  }))
  return {
    overdue,
    missing,
    directives,
    organizationIds: [
      ...overdue.map((o) => o.task.leadId),
      ...missing.flatMap((m) => [m.organizationId, m.recipientId]),
    ],
  }
}

/** The references of the tasks missing reports are owed under; those not listed already, read at once. */
async function referencesOf(
  ports: UrgedWorkPorts,
  expected: readonly { readonly taskId: TaskId | null }[],
  known: readonly Task[],
): Promise<Map<string, string>> {
  const references = new Map<string, string>()
  for (const t of known) if (t.reference) references.set(t.id, t.reference)
  const unread = [...new Set(expected.flatMap((m) => (m.taskId ? [m.taskId] : [])))].filter(
    (id) => !references.has(id),
  )
  for (const t of await ports.tasks.findByIds(unread)) {
    if (t?.reference) references.set(t.id, t.reference)
  }
  return references
}
