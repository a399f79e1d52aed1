import {
  type ChangeContext,
  type Clock,
  dateInZone,
  type LeadScorecardFacts,
  type ProgressReportsOptions,
  type RelatedOfTasks,
  type ScorecardFact,
  type TaskChangeEvent,
  type TaskChangeStep,
  type TaskCountRequest,
  type TaskEventRecording,
  type TaskFilter,
  type TaskListRequest,
  type TaskOrder,
  type TaskPatch,
  type TaskRelated,
  type TaskStore,
  type TaskTransitionStep,
} from '@chidao/app'
import {
  applyTaskEvent,
  asId,
  createTask,
  type DomainError,
  err,
  type IsoDate,
  isUuid,
  type NewTask,
  type OrganizationId,
  ok,
  type Page,
  type PeriodCounts,
  type ProgressReport,
  type ProgressReportId,
  type ProgressReportInput,
  type Result,
  readIdempotencyKey,
  type Secrecy,
  type Task,
  type TaskChangeResult,
  type TaskEvent,
  type TaskId,
  type TaskTransitionResult,
  type TenantId,
  validateNewTask,
  validateProgressReport,
  withPathPrefix,
} from '@chidao/domain'
import { type SelectQueryBuilder, sql, type Transaction } from 'kysely'
import { auditTrail } from '../audit/audit-trail.js'
import { groupFor, inAskedOrder, recordsByIds, rowsForIds, uniqueIds } from '../batch/asked-ids.js'
import { constraintName, SQLSTATE, sqlState } from '../database-error.js'
import { firstPages, type KeysetOrder, keysetOrder, keysetPage } from '../pagination/keyset-page.js'
import { mapPage } from '../pagination/map-page.js'
import type { ChidaoSchema } from '../schema.js'
import { seesRow } from '../secrecy/sees-row.js'
import { type TenantExecutor, type TenantRunner, tenantRunner } from '../tenant/tenant-runner.js'
import { versionedTable } from '../versioning/versioned-table.js'
import { appendProgressReportIn, appendRefusal } from './append-progress-report.js'
import { recurringPeriodCountsSql } from './period-counts-sql.js'
import { PROGRESS_REPORT_COLUMNS, toProgressReport } from './progress-report-row.js'
import {
  dueInForceSql,
  leadScorecardFacts,
  openTaskPercentSql,
  scorecardByLeadSql,
} from './scorecard-by-lead-sql.js'
import { coordinatorColumns, taskColumns, taskStatusColumns } from './task-columns.js'
import {
  type MissingReference,
  referenceNotFound,
  referenceTaken,
  taskNotFound,
} from './task-errors.js'
import { type TaskEventFields, taskEventColumns } from './task-event-columns.js'
import { taskWhereSql } from './task-filter-sql.js'
import { relatedOfRows, taskRelatedColumns } from './task-related-sql.js'
import { TASK_COLUMNS, type TaskRow, taskAggregatesSql, toTask } from './task-row.js'
import { asOfSql, extendedAfterSql } from './timeliness-sql.js'

const AUDIT = auditTrail('Task')

const TASKS = versionedTable('task', { en: 'task', vi: 'Nhiệm vụ', notFound: taskNotFound })

type SortedRow = TaskRow & { readonly sort_key: string }

/**
 * The sort expressions of each order. Dates are compared as dates (no collation); a missing
 * due day or reference becomes a sentinel that sorts last, so one expression and the id make
 * a total order and cursors stay exact.
 */
const SORTS: Record<TaskOrder, { key: ReturnType<typeof sql>; direction: 'asc' | 'desc' }> = {
  DUE_ASC: { key: sql`coalesce(task.deadline_due, date '9999-12-31')`, direction: 'asc' },
  DUE_DESC: { key: sql`coalesce(task.deadline_due, date '0001-01-01')`, direction: 'desc' },
  // "0" + reference before "1": references in byte order, then tasks without one.
  REFERENCE_ASC: {
    key: sql`(coalesce('0' || task.reference, '1') collate "C")`,
    direction: 'asc',
  },
  CREATED_ASC: { key: sql`task.created_at`, direction: 'asc' },
}

/** The text a sort value travels in inside a cursor: exact to the microsecond for instants. */
function sortKeySql(order: TaskOrder) {
  return order === 'CREATED_ASC'
    ? sql<string>`to_char(task.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : sql<string>`(${SORTS[order].key})::text`
}

function keyset(order: TaskOrder): KeysetOrder<SortedRow> {
  return keysetOrder('task', {
    name: `task-${order.toLowerCase()}`,
    sortColumn: 'task.id',
    sortExpression: SORTS[order].key,
    direction: SORTS[order].direction,
    sortValue: (row) => row.sort_key,
  })
}

type TaskQuery = SelectQueryBuilder<ChidaoSchema, 'task', TaskRow>

/** A task without its history, as written to the audit log (history has its own table). */
function auditView(task: Task): Omit<Task, 'history'> {
  const { history: _history, ...rest } = task
  return rest
}

/**
 * The task repository on Kysely, for one tenant. Every call runs in one tenant-fenced
 * transaction (row-level security); every change writes its audit event in that same
 * transaction; every read returns whole frozen {@link Task}s in one statement, and the batch
 * methods answer many ids with one statement each.
 *
 * @example
 * ```ts
 * const tasks = new KyselyTaskRepository(db.kysely, tenantId)
 * const page = await tasks.list({ filter: { timeliness: ['OVERDUE'] }, asOf: '2025-12-31' })
 * ```
 */
export class KyselyTaskRepository implements TaskStore {
  readonly #tx: TenantRunner
  readonly #tenantId: TenantId
  readonly #clock: Pick<Clock, 'today'>

  /**
   * @param clearance The highest secrecy this handle sees: tasks of directives above it are
   *   hidden by row-level security, as if they did not exist.
   * @param clock Says what "today" is when a list names no `asOf`; by default the system
   *   clock in Vietnam time.
   */
  constructor(
    db: TenantExecutor,
    tenantId: string,
    clearance: Secrecy = 'PUBLIC',
    clock?: Pick<Clock, 'today'>,
  ) {
    this.#tenantId = asId<TenantId>(tenantId)
    this.#tx = tenantRunner(db, tenantId, clearance)
    this.#clock = clock ?? { today: () => dateInZone(new Date()) }
  }

  #select(trx: Transaction<ChidaoSchema>): TaskQuery {
    const { coordinatorIds, history } = taskAggregatesSql()
    return trx
      .selectFrom('task')
      .select(TASK_COLUMNS)
      .select([coordinatorIds.as('coordinator_ids'), history.as('history')])
      .where('task.tenant_id', '=', this.#tenantId) as unknown as TaskQuery
  }

  async #load(trx: Transaction<ChidaoSchema>, id: string): Promise<Task | null> {
    const row = await this.#select(trx).where('task.id', '=', id).executeTakeFirst()
    return row ? toTask(row) : null
  }

  async findById(id: TaskId): Promise<Task | null> {
    if (!isUuid(id)) return null
    return this.#tx((trx) => this.#load(trx, id.toLowerCase()))
  }

  findByIds(ids: readonly TaskId[]): Promise<readonly (Task | null)[]> {
    return recordsByIds(
      ids,
      (valid) => this.#tx((trx) => this.#select(trx).where('task.id', 'in', valid).execute()),
      toTask,
    )
  }

  /**
   * {@link findByIds}, with the records a caller will show beside each task fetched in the same
   * statement, by the same correlated subqueries as {@link listWithRelated}: `nodes(ids:)`
   * asking for `lead { name } directive { symbol } progressReports { … }` costs one statement.
   */
  async findByIdsWithRelated(
    ids: readonly TaskId[],
    related: TaskRelated,
  ): Promise<{ readonly tasks: readonly (Task | null)[]; readonly related: RelatedOfTasks }> {
    const extra = taskRelatedColumns(related)
    const rows = await rowsForIds(ids, (valid) =>
      this.#tx((trx) => {
        let query = this.#select(trx).where('task.id', 'in', valid)
        if (extra.length > 0) query = query.select(extra as never) as typeof query
        return query.execute()
      }),
    )
    return {
      tasks: inAskedOrder(ids, rows.map(toTask)),
      related: relatedOfRows(rows as never, related),
    }
  }

  async list(request: TaskListRequest): Promise<Page<Task>> {
    return mapPage(await this.#page(request, {}), toTask)
  }

  /**
   * {@link list}, with the records a caller will show beside each task fetched in the same
   * statement (correlated JSON subqueries on the page's rows): its organisations, its document,
   * its reports. A GraphQL page asking for `lead { name } directive { symbol }
   * progressReports { … }` then costs one statement, not four.
   */
  async listWithRelated(
    request: TaskListRequest,
    related: TaskRelated,
  ): Promise<{ readonly page: Page<Task>; readonly related: RelatedOfTasks }> {
    const page = await this.#page(request, related)
    return {
      page: mapPage(page, toTask),
      related: relatedOfRows(
        page.edges.map((edge) => edge.node as never),
        related,
      ),
    }
  }

  /** The tasks, sorted for `orderBy`, that `where` keeps, with the sort key cursors are made of. */
  #sorted(
    trx: Transaction<ChidaoSchema>,
    orderBy: TaskOrder,
    where: ReturnType<typeof taskWhereSql>,
  ) {
    return this.#select(trx)
      .select(sortKeySql(orderBy).as('sort_key'))
      .where(where) as unknown as SelectQueryBuilder<ChidaoSchema, 'task', SortedRow>
  }

  /** One page of rows as read (related columns included when asked), before mapping. */
  async #page(request: TaskListRequest, related: TaskRelated) {
    const orderBy = request.orderBy ?? 'DUE_ASC'
    const asOf = request.asOf ?? this.#clock.today()
    const where = taskWhereSql(this.#tenantId, request.filter, asOf)
    const extra = taskRelatedColumns(related)
    return this.#tx((trx) => {
      let filtered = this.#sorted(trx, orderBy, where)
      if (extra.length > 0) filtered = filtered.select(extra as never) as typeof filtered
      return keysetPage(filtered, keyset(orderBy), request)
    })
  }

  /**
   * The first pages of several task lists, in one statement: the lists nested in a list
   * (`organizations { tasks(first: 5) { edges … } }`), which would otherwise cost a statement
   * per parent. Each answer is the page `list` gives for the same request without a cursor.
   */
  async listMany(
    requests: readonly {
      readonly key: string
      readonly filter?: TaskFilter | null
      readonly orderBy?: TaskOrder | null
      readonly first?: number | null
    }[],
    asOf?: IsoDate | null,
  ): Promise<ReadonlyMap<string, Page<Task>>> {
    const day = asOf ?? this.#clock.today()
    const pages = await this.#tx((trx) =>
      firstPages(
        trx,
        requests.map((r) => {
          const orderBy = r.orderBy ?? 'DUE_ASC'
          return {
            filtered: this.#sorted(trx, orderBy, taskWhereSql(this.#tenantId, r.filter, day)),
            order: keyset(orderBy),
            first: r.first ?? null,
          }
        }),
      ),
    )
    return new Map(requests.map((r, i) => [r.key, mapPage(pages[i]!, toTask)] as const))
  }

  async countMany(
    requests: readonly { readonly key: string; readonly filter: TaskFilter }[],
    asOf: IsoDate,
  ): Promise<ReadonlyMap<string, number>> {
    const counts = new Map<string, number>(requests.map((r) => [r.key, 0]))
    if (requests.length === 0) return counts
    // One statement however many lists are counted: a UNION ALL of one indexed count each.
    const parts = requests.map(
      (r, index) =>
        sql`select ${index}::int as i, count(*) as n from task where ${taskWhereSql(this.#tenantId, r.filter, asOf)}`,
    )
    const result = await this.#tx((trx) =>
      sql<{ i: number; n: number | string }>`${sql.join(parts, sql` union all `)}`.execute(trx),
    )
    for (const row of result.rows) counts.set(requests[row.i]!.key, Number(row.n))
    return counts
  }

  async scorecardFacts(request: TaskCountRequest): Promise<readonly ScorecardFact[]> {
    const where = taskWhereSql(this.#tenantId, request.filter, request.asOf)
    const extended = extendedAfterSql(asOfSql(request.asOf))
    // A province's scorecard reads some 5,000 rows: they come named and typed as the domain
    // wants them (dates as text, the figure as float8), and are handed over as they are.
    const result = await this.#tx((trx) =>
      sql<ScorecardFact>`
        select task.id, task.parent_id as "parentId", task.lead_id as "leadId", task.status,
          ${dueInForceSql(request.asOf)} as due,
          task.completed_on as "completedOn",
          ${openTaskPercentSql(request.asOf)} as percent,
          -- A recurring task is judged by its periods: its deadline (the rule) and the days
          -- (and named periods) of its reports by asOf; other tasks need neither.
          -- As of a day before an extension, the deadline it replaced (never recurring).
          case when task.deadline_kind = 'RECURRING' and not ${extended}
            then task.deadline end as deadline,
          case when task.deadline_kind = 'RECURRING' and not ${extended} then (
            select coalesce(json_agg(json_build_object('reportedOn', r.reported_on::text,
              'period', r.period) order by r.reported_on), '[]'::json)
            from progress_report r
            where r.tenant_id = task.tenant_id and r.task_id = task.id
              and r.reported_on <= ${request.asOf}
          ) end as reports
        from task where ${where}
        order by task.id`.execute(trx),
    )
    return result.rows
  }

  async scorecardByLead(request: TaskCountRequest): Promise<readonly LeadScorecardFacts[]> {
    const where = taskWhereSql(this.#tenantId, request.filter, request.asOf)
    const result = await this.#tx((trx) =>
      scorecardByLeadSql(this.#tenantId, where, request.asOf).execute(trx),
    )
    return Object.freeze(result.rows.map((row) => leadScorecardFacts(row, request.asOf)))
  }

  async recurringPeriodCounts(
    request: TaskCountRequest & { readonly from: IsoDate },
  ): Promise<ReadonlyMap<OrganizationId, PeriodCounts>> {
    const where = taskWhereSql(this.#tenantId, request.filter, request.asOf)
    const result = await this.#tx((trx) =>
      recurringPeriodCountsSql(where, request.from, request.asOf).execute(trx),
    )
    return new Map(
      result.rows.map(({ leadId, ...counts }) => [
        asId<OrganizationId>(leadId),
        Object.freeze({ from: request.from, to: request.asOf, ...counts }),
      ]),
    )
  }

  async subtasksOf(parentIds: readonly TaskId[]): Promise<ReadonlyMap<TaskId, readonly Task[]>> {
    const rows = await rowsForIds(parentIds, (valid) =>
      this.#tx((trx) =>
        this.#select(trx)
          .where('task.parent_id', 'in', valid)
          .orderBy(SORTS.REFERENCE_ASC.key)
          .orderBy('task.created_at')
          .orderBy('task.id')
          .execute(),
      ),
    )
    return groupFor(parentIds, rows.map(toTask), (task) => task.parentId ?? '')
  }

  async progressReportsOf(
    taskIds: readonly TaskId[],
    options: ProgressReportsOptions = {},
  ): Promise<ReadonlyMap<TaskId, readonly ProgressReport[]>> {
    const rows = await rowsForIds(taskIds, (valid) =>
      this.#tx((trx) => {
        const base = trx
          .selectFrom('progress_report')
          .select(PROGRESS_REPORT_COLUMNS)
          .where('progress_report.tenant_id', '=', this.#tenantId)
          .where('progress_report.task_id', 'in', valid)
        // The latest of each task in the same one statement: DISTINCT ON keeps the first row
        // of each task in the order given. A superseded report is never the latest.
        return options.latestOnly
          ? base
              .where(({ not, exists, selectFrom }) =>
                not(
                  exists(
                    selectFrom('progress_report as c')
                      .select(sql.lit(1).as('one'))
                      .whereRef('c.tenant_id', '=', 'progress_report.tenant_id')
                      .whereRef('c.corrects_id', '=', 'progress_report.id'),
                  ),
                ),
              )
              .distinctOn('progress_report.task_id')
              .orderBy('progress_report.task_id')
              .orderBy('progress_report.reported_on', 'desc')
              .orderBy('progress_report.created_at', 'desc')
              .orderBy('progress_report.id', 'desc')
              .execute()
          : base
              .orderBy('progress_report.task_id')
              .orderBy('progress_report.reported_on')
              .orderBy('progress_report.created_at')
              .orderBy('progress_report.id')
              .execute()
      }),
    )
    return groupFor(taskIds, rows.map(toProgressReport), (report) => report.taskId)
  }

  /**
   * Finds, in one statement, which of the organisations, directive and parent task a task
   * names the tenant does not have, and reports the first with its path. The foreign keys
   * still guard a row removed in between; this only gives the error its path.
   */
  async #missingReference(
    trx: Transaction<ChidaoSchema>,
    task: Pick<
      NewTask,
      'leadId' | 'coordinatorIds' | 'monitorId' | 'reportingDuty' | 'directiveId' | 'parentId'
    >,
    checkDirectiveAndParent: boolean,
  ): Promise<DomainError | null> {
    const wanted: (MissingReference & { table: 'organization' | 'directive' | 'task' })[] = [
      {
        table: 'organization',
        code: 'LEAD_NOT_FOUND',
        path: ['leadId'],
        id: task.leadId,
        en: 'lead organisation',
        vi: 'đơn vị chủ trì',
      },
      ...task.coordinatorIds.map((id, index) => ({
        table: 'organization' as const,
        code: 'COORDINATOR_NOT_FOUND',
        path: ['coordinatorIds', index],
        id,
        en: 'coordinating organisation',
        vi: 'đơn vị phối hợp',
      })),
    ]
    if (task.monitorId !== null) {
      wanted.push({
        table: 'organization',
        code: 'MONITOR_NOT_FOUND',
        path: ['monitorId'],
        id: task.monitorId,
        en: 'monitoring organisation',
        vi: 'đơn vị theo dõi, đôn đốc',
      })
    }
    if (task.reportingDuty !== null) {
      wanted.push({
        table: 'organization',
        code: 'RECIPIENT_NOT_FOUND',
        path: ['reportingDuty', 'recipientId'],
        id: task.reportingDuty.recipientId,
        en: 'report recipient',
        vi: 'cơ quan nhận báo cáo',
      })
    }
    if (checkDirectiveAndParent) {
      wanted.unshift({
        table: 'directive',
        code: 'DIRECTIVE_NOT_FOUND',
        path: ['directiveId'],
        id: task.directiveId,
        en: 'directive',
        vi: 'văn bản',
      })
      if (task.parentId !== null) {
        wanted.push({
          table: 'task',
          code: 'PARENT_NOT_FOUND',
          path: ['parentId'],
          id: task.parentId,
          en: 'parent task',
          vi: 'nhiệm vụ cấp trên',
        })
      }
    }
    const lookups = (['organization', 'directive', 'task'] as const).flatMap((table) => {
      const ids = uniqueIds(wanted.filter((w) => w.table === table).map((w) => w.id))
      return ids.length === 0
        ? []
        : [
            sql`select ${table}::text as kind, id::text as id from ${sql.table(table)}
                where tenant_id = ${this.#tenantId} and id in (${sql.join(ids)})`,
          ]
    })
    const found = await sql<{ kind: string; id: string }>`${sql.join(
      lookups,
      sql` union all `,
    )}`.execute(trx)
    const have = new Set(found.rows.map((row) => `${row.kind}:${row.id}`))
    const missing = wanted.find((w) => !have.has(`${w.table}:${w.id.toLowerCase()}`))
    return missing ? referenceNotFound(missing) : null
  }

  async create(task: NewTask, context: ChangeContext): Promise<Result<Task, DomainError>> {
    try {
      return await this.#tx((trx) => this.#insertTask(trx, task, context))
    } catch (error) {
      const mapped = integrityError(error, task.reference)
      if (mapped) return err(mapped)
      throw error
    }
  }

  async createMany(
    tasks: readonly NewTask[],
    context: ChangeContext,
  ): Promise<Result<readonly Task[], DomainError>> {
    let failedAt = 0
    try {
      return await this.#tx(async (trx) => {
        const created: Task[] = []
        for (const [index, task] of tasks.entries()) {
          failedAt = index
          const one = await this.#insertTask(trx, task, context)
          // Throwing rolls the whole transaction back: all the tasks or none.
          if (!one.ok) throw new RollBack(withPathPrefix(one.error, [index]))
          created.push(one.value)
        }
        return ok(Object.freeze(created))
      })
    } catch (error) {
      if (error instanceof RollBack) return err(error.error)
      const mapped = integrityError(error, tasks[failedAt]?.reference ?? null)
      if (mapped) return err(withPathPrefix(mapped, [failedAt]))
      throw error
    }
  }

  async #insertTask(
    trx: Transaction<ChidaoSchema>,
    task: NewTask,
    context: ChangeContext,
  ): Promise<Result<Task, DomainError>> {
    const missing = await this.#missingReference(trx, task, true)
    if (missing) return err(missing)
    const key = { directive_id: task.directiveId, reference: task.reference }
    if (task.reference !== null && (await seesRow(trx, 'task', this.#tenantId, key))) {
      return err(referenceTaken(task.reference))
    }
    const row = await trx
      .insertInto('task')
      .values({
        tenant_id: this.#tenantId,
        directive_id: task.directiveId,
        reference: task.reference,
        ...taskColumns(task),
        parent_id: task.parentId,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await this.#insertCoordinators(trx, row.id, task.coordinatorIds)
    // The domain's own factory: the same value a later read returns.
    const created = createTask(task, { id: asId<TaskId>(row.id), tenantId: this.#tenantId })
    await AUDIT(trx, this.#tenantId, context, 'task.create', null, auditView(created))
    return ok(created)
  }

  async #insertCoordinators(
    trx: Transaction<ChidaoSchema>,
    taskId: string,
    coordinatorIds: readonly OrganizationId[],
  ): Promise<void> {
    if (coordinatorIds.length === 0) return
    await trx
      .insertInto('task_coordinator')
      .values(
        coordinatorColumns(coordinatorIds).map((row) => ({
          tenant_id: this.#tenantId,
          task_id: taskId,
          ...row,
        })),
      )
      .execute()
  }

  async update(
    id: TaskId,
    patch: TaskPatch,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<Task, DomainError>> {
    return refusingIntegrity(() =>
      this.#atVersion(id, expectedVersion, async (trx, current) => {
        // The domain's validation of a whole task, on the task as it would be; the deadline is
        // a value already (not text to parse), so it is carried over as is.
        const pick = <K extends keyof TaskPatch>(key: K, fallback: Task[K & keyof Task]) =>
          patch[key] === undefined ? fallback : patch[key]
        const checked = validateNewTask({
          directiveId: current.directiveId,
          reference: current.reference,
          title: pick('title', current.title) as string,
          description: pick('description', current.description) as string,
          leadId: pick('leadId', current.leadId) as string,
          coordinatorIds: pick('coordinatorIds', current.coordinatorIds) as readonly string[],
          monitorId: pick('monitorId', current.monitorId) as string | null,
          deadline: null,
          reportingDuty: pick('reportingDuty', current.reportingDuty) as NewTask['reportingDuty'],
          parentId: current.parentId,
        })
        if (!checked.ok) return checked
        const next: NewTask = Object.freeze({
          ...checked.value,
          deadline: patch.deadline === undefined ? current.deadline : patch.deadline,
        })
        const missing = await this.#missingReference(trx, next, false)
        if (missing) return err(missing)
        const updated = await TASKS.update(
          trx,
          current,
          expectedVersion,
          taskColumns({ ...next, reference: current.reference }),
        )
          .returning('version')
          .executeTakeFirst()
        if (!updated) return err(await TASKS.missed(trx, current, expectedVersion))
        if (patch.coordinatorIds !== undefined) {
          await trx
            .deleteFrom('task_coordinator')
            .where('tenant_id', '=', this.#tenantId)
            .where('task_id', '=', current.id)
            .execute()
          await this.#insertCoordinators(trx, current.id, next.coordinatorIds)
        }
        const after: Task = Object.freeze({
          ...current,
          ...next,
          coordinatorIds: Object.freeze([...next.coordinatorIds]),
          version: updated.version,
        })
        const before = auditView(current)
        await AUDIT(trx, this.#tenantId, context, 'task.update', before, auditView(after))
        return ok(after)
      }),
    )
  }

  async transition(
    id: TaskId,
    step: TaskTransitionStep,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<TaskTransitionResult> {
    return this.#atVersion(id, expectedVersion, async (trx, current) => {
      const result =
        typeof step === 'function'
          ? step(current)
          : applyTaskEvent(current, step.type, {
              on: step.on,
              reason: step.reason ?? null,
              by: step.by ?? null,
            })
      if (!result.ok) return result
      const { task: next, event } = result.value
      const status = { status: event.to, completedOn: event.to === 'COMPLETED' ? event.on : null }
      // Only what a transition may change is written, whatever the step returned besides.
      const updated = await TASKS.update(trx, current, expectedVersion, taskStatusColumns(status))
        .returning('version')
        .executeTakeFirst()
      if (!updated) return err(await TASKS.missed(trx, current, expectedVersion))
      const after: Task = Object.freeze({ ...next, ...status, version: updated.version })
      return ok(await this.#record(trx, event, current, after, context))
    })
  }

  async change(
    id: TaskId,
    step: TaskChangeStep,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<TaskChangeResult<TaskChangeEvent>> {
    return refusingIntegrity(() =>
      this.#atVersion(id, expectedVersion, async (trx, current) => {
        const result = step(current)
        if (!result.ok) return result
        const { task: next, event } = result.value
        const missing = await this.#missingReference(trx, next, false)
        if (missing) return err(missing)
        // The task's own fields as the change left them: only its deadline or its lead differ.
        const updated = await TASKS.update(trx, current, expectedVersion, taskColumns(next))
          .returning('version')
          .executeTakeFirst()
        if (!updated) return err(await TASKS.missed(trx, current, expectedVersion))
        const after: Task = Object.freeze({ ...next, version: updated.version })
        return ok(await this.#record(trx, event, current, after, context))
      }),
    )
  }

  /**
   * Runs `write` in one transaction on the task `id` names, as stored, once it is found at the
   * version read: a task absent, hidden or changed since answers `TASK_NOT_FOUND` or `CONFLICT`
   * and nothing is written.
   */
  async #atVersion<T>(
    id: TaskId,
    expectedVersion: number,
    write: (trx: Transaction<ChidaoSchema>, current: Task) => Promise<Result<T, DomainError>>,
  ): Promise<Result<T, DomainError>> {
    if (!isUuid(id)) return err(taskNotFound())
    return this.#tx(async (trx) => {
      const loaded = TASKS.atVersion(await this.#load(trx, id.toLowerCase()), expectedVersion)
      return loaded.ok ? write(trx, loaded.value) : loaded
    })
  }

  /**
   * Records an event a transition or a change made, once the task is written: in the task's
   * history (`task_event`), and in the audit trail as `task.<type>`, with the task before and
   * after and the event itself. Answers the task and the event as recorded (its order, instant
   * and actor, as the history reads them back), the event last in the task's history.
   */
  async #record<E extends TaskEventFields & TaskEvent>(
    trx: Transaction<ChidaoSchema>,
    event: E,
    before: Task,
    after: Task,
    context: ChangeContext,
  ): Promise<{ readonly task: Task; readonly event: E & TaskEventRecording }> {
    const row = await trx
      .insertInto('task_event')
      .values({
        tenant_id: this.#tenantId,
        task_id: before.id,
        ...taskEventColumns(event, context.actor),
      })
      .returning(['id', 'at'])
      .executeTakeFirstOrThrow()
    const action = `task.${event.type.toLowerCase()}`
    const audited = { ...auditView(after), event }
    await AUDIT(trx, this.#tenantId, context, action, auditView(before), audited)
    const recording: TaskEventRecording = {
      sequence: Number(row.id),
      at: row.at instanceof Date ? row.at : new Date(row.at),
      actor: context.actor,
    }
    const recorded = Object.freeze(Object.assign({}, event, recording))
    const history = Object.freeze([...after.history.slice(0, -1), recorded as TaskEvent])
    return Object.freeze({ task: Object.freeze({ ...after, history }), event: recorded })
  }

  async appendProgressReport(
    input: ProgressReportInput,
    context: ChangeContext,
    idempotencyKey?: string | null,
  ): Promise<Result<ProgressReport, DomainError>> {
    const validated = validateProgressReport(input)
    if (!validated.ok) return validated
    const report = validated.value
    const key = readIdempotencyKey(idempotencyKey)
    if (!key.ok) return key
    const owned = key.value === null ? null : { owner: context.actor, key: key.value }
    try {
      return await this.#tx((trx) =>
        appendProgressReportIn(trx, this.#tenantId, report, context, owned),
      )
    } catch (error) {
      const refusal = appendRefusal(error, report)
      if (refusal) return err(refusal)
      throw error
    }
  }

  async progressReportsByIds(
    ids: readonly ProgressReportId[],
  ): Promise<readonly (ProgressReport | null)[]> {
    const rows = await this.#reportRowsWhere('id', ids)
    return inAskedOrder(ids, rows.map(toProgressReport))
  }

  async correctionsOf(
    ids: readonly ProgressReportId[],
  ): Promise<ReadonlyMap<ProgressReportId, ProgressReport>> {
    const rows = await this.#reportRowsWhere('corrects_id', ids)
    return new Map(
      rows.map((row) => [asId<ProgressReportId>(row.corrects_id ?? ''), toProgressReport(row)]),
    )
  }

  /** The visible reports whose `column` is one of `ids` (none asked, no statement). */
  async #reportRowsWhere(column: 'id' | 'corrects_id', ids: readonly ProgressReportId[]) {
    return rowsForIds(ids, (valid) =>
      this.#tx((trx) =>
        trx
          .selectFrom('progress_report')
          .select(PROGRESS_REPORT_COLUMNS)
          .where('progress_report.tenant_id', '=', this.#tenantId)
          .where(`progress_report.${column}`, 'in', valid)
          .execute(),
      ),
    )
  }
}

/** Foreign-key columns of `task` and `task_coordinator`, and the error each one means. */
const FOREIGN_KEYS: readonly (MissingReference & { column: string })[] = [
  {
    column: 'directive_id',
    code: 'DIRECTIVE_NOT_FOUND',
    path: ['directiveId'],
    id: '',
    en: 'directive',
    vi: 'văn bản',
  },
  {
    column: 'lead_id',
    code: 'LEAD_NOT_FOUND',
    path: ['leadId'],
    id: '',
    en: 'lead organisation',
    vi: 'đơn vị chủ trì',
  },
  {
    column: 'monitor_id',
    code: 'MONITOR_NOT_FOUND',
    path: ['monitorId'],
    id: '',
    en: 'monitoring organisation',
    vi: 'đơn vị theo dõi, đôn đốc',
  },
  {
    column: 'reporting_recipient_id',
    code: 'RECIPIENT_NOT_FOUND',
    path: ['reportingDuty', 'recipientId'],
    id: '',
    en: 'report recipient',
    vi: 'cơ quan nhận báo cáo',
  },
  {
    column: 'parent_id',
    code: 'PARENT_NOT_FOUND',
    path: ['parentId'],
    id: '',
    en: 'parent task',
    vi: 'nhiệm vụ cấp trên',
  },
  {
    column: 'organization_id',
    code: 'COORDINATOR_NOT_FOUND',
    path: ['coordinatorIds'],
    id: '',
    en: 'coordinating organisation',
    vi: 'đơn vị phối hợp',
  },
]

/**
 * The result of a write that may break a reference the database checks (a task of another
 * tenant named as lead, a parent gone meanwhile): the refusal as its domain error, not thrown.
 */
async function refusingIntegrity<T>(
  write: () => Promise<Result<T, DomainError>>,
): Promise<Result<T, DomainError>> {
  try {
    return await write()
  } catch (error) {
    const mapped = integrityError(error, null)
    if (mapped) return err(mapped)
    throw error
  }
}

/**
 * Turns an integrity error of a task write into its domain error: a taken reference, or a
 * reference removed between the check and the write (the foreign key names the column).
 */
function integrityError(error: unknown, reference: string | null): DomainError | null {
  const state = sqlState(error)
  const constraint = constraintName(error) ?? ''
  if (state === SQLSTATE.UNIQUE_VIOLATION && constraint === 'task_reference_key') {
    return referenceTaken(reference)
  }
  if (state === SQLSTATE.FOREIGN_KEY_VIOLATION) {
    const key = FOREIGN_KEYS.find((k) => constraint.includes(`_${k.column}_`))
    if (key) return referenceNotFound(key)
  }
  return null
}

/** Carries a domain error out of a transaction, so that throwing it rolls the work back. */
class RollBack extends Error {
  constructor(readonly error: DomainError) {
    super(error.message)
  }
}
