import type {
  CountedLead,
  Deadline,
  DeadlineExtendedEvent,
  Directive,
  DirectiveId,
  DomainError,
  ExtensionDeclinedEvent,
  ExtensionRequestedEvent,
  IsoDate,
  LeadReassignedEvent,
  NewTask,
  Organization,
  OrganizationId,
  Page,
  PageRequest,
  PeriodCounts,
  ProgressReport,
  ProgressReportId,
  ProgressReportInput,
  ReportingDuty,
  Result,
  ScorecardTask,
  Task,
  TaskChangeResult,
  TaskEvent,
  TaskId,
  TaskLifecycleEventType,
  TaskStatus,
  TaskTransitionResult,
  Timeliness,
} from '@chidao/domain'
import type { ChangeContext } from './change-context.js'

/**
 * Filters for listing and counting tasks. All given filters must match; an empty list or
 * `null` means "no filter on that field".
 *
 * @example
 * ```ts
 * const overdueInDistrict: TaskFilter = {
 *   timeliness: ['OVERDUE'],
 *   leadOrganizationId: districtId,
 *   includeSubtree: true,
 * }
 * ```
 */
export interface TaskFilter {
  /** Tasks standing in one of these as of the request's `asOf` (cancelled tasks never match). */
  readonly timeliness?: readonly Timeliness[] | null
  /** Tasks this organisation leads (chủ trì). */
  readonly leadOrganizationId?: OrganizationId | null
  /** With `leadOrganizationId`: also tasks led by any organisation below it in the tree. */
  readonly includeSubtree?: boolean | null
  /** Tasks this organisation supports (phối hợp). */
  readonly coordinatorOrganizationId?: OrganizationId | null
  /** Tasks this organisation leads or supports. */
  readonly involvedOrganizationId?: OrganizationId | null
  /** Tasks assigned by this directive. */
  readonly directiveId?: DirectiveId | null
  /**
   * With `directiveId`: also tasks of the directives that implement it, directly or through a
   * chain (a district plan implementing the provincial plan implementing a resolution).
   */
  readonly includeImplementing?: boolean | null
  /** Tasks currently in one of these statuses. */
  readonly status?: readonly TaskStatus[] | null
  /** Tasks due on or after this day (tasks with no due day never match a due range). */
  readonly dueFrom?: IsoDate | null
  /** Tasks due on or before this day. */
  readonly dueTo?: IsoDate | null
  /** Direct subtasks of this task. */
  readonly parentId?: TaskId | null
  /** Only tasks that cascade from no other task. */
  readonly rootsOnly?: boolean | null
  /**
   * Only open tasks (neither completed nor cancelled) still led by a body dissolved by the
   * request's `asOf` whose work was split among several successors: they await reassignment
   * of their lead to one of them.
   */
  readonly awaitingReassignment?: boolean | null
  /**
   * Only tasks with a request for an extension awaiting an answer (see the domain's
   * `pendingExtensionRequest`): what the monitoring office has to answer.
   */
  readonly extensionRequested?: boolean | null
  /** Accent-insensitive search in the title: every word must occur (`hoi thao` finds `Hội thảo`). */
  readonly search?: string | null
}

/**
 * Orders in which tasks can be listed; ties are broken by id, so cursors are stable.
 * `DUE_ASC` and `DUE_DESC` both put tasks with no due day (ongoing, recurring, none) last.
 * `REFERENCE_ASC` compares references character by character (`I.10` before `I.2`), tasks
 * without a reference last.
 *
 * @example
 * ```ts
 * const order: TaskOrder = 'DUE_ASC'
 * ```
 */
export type TaskOrder = 'DUE_ASC' | 'DUE_DESC' | 'REFERENCE_ASC' | 'CREATED_ASC'

/**
 * A request for one page of tasks.
 *
 * @example
 * ```ts
 * tasks.list({ filter: { timeliness: ['OVERDUE'] }, asOf: '2025-12-31', orderBy: 'DUE_ASC', first: 20 })
 * ```
 */
export interface TaskListRequest extends PageRequest {
  readonly filter?: TaskFilter | null
  readonly orderBy?: TaskOrder | null
  /** The day the timeliness filter judges on; today (Vietnam time) when not given. */
  readonly asOf?: IsoDate | null
}

/**
 * One task as a scorecard sees it: its facts and its lead.
 *
 * @example
 * ```ts
 * const facts = await tasks.scorecardFacts({ asOf: '2025-12-31' })
 * scorecard(facts, { asOf: '2025-12-31' })
 * ```
 */
export interface ScorecardFact extends ScorecardTask {
  readonly leadId: OrganizationId
}

/**
 * One lead organisation's tasks counted for a scorecard, with the organisation (`null` when
 * the reader cannot see it).
 *
 * @example
 * ```ts
 * const [line] = await tasks.scorecardByLead({ asOf: '2025-12-31' })
 * line?.lead?.code // 'STC'
 * ```
 */
export interface LeadScorecardFacts extends CountedLead {
  readonly lead: Organization | null
}

/**
 * A request for the tasks a scorecard counts: those the filter keeps, judged as of a day.
 *
 * @example
 * ```ts
 * tasks.scorecardFacts({ filter: { directiveId }, asOf: '2025-12-31' })
 * ```
 */
export interface TaskCountRequest {
  readonly filter?: TaskFilter | null
  /** The day the tasks are judged on. */
  readonly asOf: IsoDate
}

/**
 * The changes {@link TaskWriter.update} can make; absent fields are left as they are,
 * `null` clears an optional field.
 *
 * @example
 * ```ts
 * const patch: TaskPatch = { title: 'Tổ chức hội thảo khoa học', coordinatorIds: [sxdId] }
 * ```
 */
export interface TaskPatch {
  readonly title?: string
  readonly description?: string
  readonly deadline?: Deadline | null
  readonly leadId?: OrganizationId
  readonly coordinatorIds?: readonly OrganizationId[]
  readonly monitorId?: OrganizationId | null
  readonly reportingDuty?: ReportingDuty | null
}

/**
 * A lifecycle change to apply: a domain lifecycle function bound to its options
 * (`(task) => completeTask(task, { on: '2025-06-20' })`), or an event type with its day,
 * reason and reporting organisation (applied with `applyTaskEvent`).
 *
 * @example
 * ```ts
 * const step: TaskTransitionStep = { type: 'CANCELLED', on: '2025-07-01', reason: 'Đã thay thế' }
 * ```
 */
export type TaskTransitionStep =
  | ((task: Task) => TaskTransitionResult)
  | {
      readonly type: TaskLifecycleEventType
      readonly on: IsoDate
      readonly reason?: string | null
      readonly by?: OrganizationId | null
    }

/**
 * A change recorded beside the lifecycle, as a domain function bound to its options:
 * `(task) => extendDeadline(task, extension)` or `(task) => reassignLead(task, lead, change)`.
 *
 * @example
 * ```ts
 * const step: TaskChangeStep = (task) => extendDeadline(task, { deadline: '31/12/2026', … })
 * ```
 */
export type TaskChangeStep = (task: Task) => TaskChangeResult<TaskChangeEvent>

/**
 * An event recorded beside the lifecycle, leaving the status as it is: a deadline extended, a
 * lead reassigned, an extension requested or declined.
 *
 * @example
 * ```ts
 * const event: TaskChangeEvent = r.value.event
 * ```
 */
export type TaskChangeEvent =
  | DeadlineExtendedEvent
  | LeadReassignedEvent
  | ExtensionRequestedEvent
  | ExtensionDeclinedEvent

/**
 * A lifecycle event as stored: the domain event plus the order in which it was recorded, the
 * instant, and the actor of the change.
 *
 * The store does not keep the version an event produced nor, but for a request for an
 * extension and its refusal, the organisation that reported it: `version` is read back as the
 * event's ordinal + 1 (exact while the task has had no {@link TaskWriter.update} between
 * events) and `by` as `null`.
 *
 * @example
 * ```ts
 * // The history of a task read from the store holds recorded events.
 * const [first] = task.history as readonly RecordedTaskEvent[]
 * first?.actor // 'user:lan'
 * ```
 */
export type RecordedTaskEvent = TaskEvent & TaskEventRecording

/** What the store adds to an event when it records it (see {@link RecordedTaskEvent}). */
export interface TaskEventRecording {
  /** Increases with each recorded event of the tenant: the order of recording. */
  readonly sequence: number
  /** When the event was recorded. */
  readonly at: Date
  /** Who recorded it (the `actor` of the change context). */
  readonly actor: string
}

/**
 * Options of {@link TaskReader.progressReportsOf}.
 *
 * @example
 * ```ts
 * tasks.progressReportsOf(ids, { latestOnly: true })
 * ```
 */
export interface ProgressReportsOptions {
  /**
   * Only the latest report of each task still in force (by report date, then by time of
   * recording; a superseded report is never the latest).
   */
  readonly latestOnly?: boolean | null
}

/**
 * The records a caller will show beside each task of a page, to fetch with the page in one
 * statement ({@link TaskReader.listWithRelated}, {@link TaskReader.findByIdsWithRelated}).
 */
export interface TaskRelated {
  readonly organizations?: boolean
  readonly directives?: boolean
  readonly progressReports?: boolean
}

/** What a page of tasks brought along: whole domain objects, by id. */
export interface RelatedOfTasks {
  readonly organizations: ReadonlyMap<OrganizationId, Organization>
  readonly directives: ReadonlyMap<DirectiveId, Directive>
  /** Each task's reports, oldest first — what `progressReportsOf` gives. */
  readonly progressReports: ReadonlyMap<TaskId, readonly ProgressReport[]>
}

/** One of several task lists whose first pages {@link TaskReader.listMany} reads at once. */
export interface TaskListKey {
  readonly key: string
  readonly filter?: TaskFilter | null
  readonly orderBy?: TaskOrder | null
  readonly first?: number | null
}

/**
 * What the use cases read of a tenant's tasks, at the caller's clearance: a task above it is
 * answered as absent. Reads return complete, frozen {@link Task}s (coordinators and history
 * included); batch methods answer many ids with one statement, for batched loading.
 * Implemented by `@chidao/db`.
 *
 * @example
 * ```ts
 * const task = await tasks.findById(id)
 * const page = await tasks.list({ filter: { timeliness: ['OVERDUE'] }, first: 20 })
 * ```
 */
export interface TaskReader {
  /** The task with this id, or `null` (also for a malformed id). */
  findById(id: TaskId): Promise<Task | null>

  /** Loads many at once, in the order asked (`null` where none): for batched loading. */
  findByIds(ids: readonly TaskId[]): Promise<readonly (Task | null)[]>

  /**
   * One page of tasks, filtered and ordered, with the total of the filtered list. The
   * timeliness filter is judged in the database as of `asOf`, by the rules of `timeliness`.
   * Throws `InvalidCursorError` for a cursor of another query.
   */
  list(request: TaskListRequest): Promise<Page<Task>>

  /**
   * {@link TaskReader.list}, with the records a caller will show beside each task fetched in
   * the same statement: its organisations, its document, its reports.
   */
  listWithRelated(
    request: TaskListRequest,
    related: TaskRelated,
  ): Promise<{ readonly page: Page<Task>; readonly related: RelatedOfTasks }>

  /**
   * {@link TaskReader.findByIds}, with the records a caller will show beside each task fetched
   * in the same statement (as {@link TaskReader.listWithRelated} brings them along a page):
   * tasks in the order asked, `null` where the caller sees none.
   */
  findByIdsWithRelated(
    ids: readonly TaskId[],
    related: TaskRelated,
  ): Promise<{ readonly tasks: readonly (Task | null)[]; readonly related: RelatedOfTasks }>

  /**
   * The first pages of several task lists, in one statement: the lists nested in a list, which
   * would otherwise cost a statement per parent. Each answer is the page `list` gives for the
   * same request without a cursor.
   */
  listMany(
    requests: readonly TaskListKey[],
    asOf?: IsoDate | null,
  ): Promise<ReadonlyMap<string, Page<Task>>>

  /**
   * How many tasks each of several filters selects, in one statement: for lists nested in a
   * list (the tasks of every document of a chain) where only the totals are wanted.
   */
  countMany(
    requests: readonly { readonly key: string; readonly filter: TaskFilter }[],
    asOf: IsoDate,
  ): Promise<ReadonlyMap<string, number>>

  /**
   * The facts a scorecard is computed from, for every task the filter selects (subtasks
   * included): status, due day, completion day, parent, lead, and the latest figure reported
   * by `asOf` — for open tasks; a completed or cancelled task carries `null`, since the
   * roll-up counts it 100 or leaves it out whatever it reported. One statement. Pass them to
   * the domain's `scorecard` so that a scorecard read from the database and one computed in
   * memory can never disagree.
   */
  scorecardFacts(request: TaskCountRequest): Promise<readonly ScorecardFact[]>

  /**
   * The tasks the filter selects counted per lead organisation in one statement, by lead id:
   * by timeliness (the `timeliness` filter's rule) and due by `asOf` or not, each lead's
   * tasks as the roll-up needs them (the latest figure by `asOf` of an open task, as
   * {@link scorecardFacts} gives it), and the lead organisation itself — except the recurring
   * tasks not cancelled, judged by their periods: those come as {@link scorecardFacts} gives
   * them, for the domain (`leadTallyOf`). With them, what the domain's `tallyByLead` counts
   * from `scorecardFacts`, with the same result.
   */
  scorecardByLead(request: TaskCountRequest): Promise<readonly LeadScorecardFacts[]>

  /**
   * The periods of the recurring tasks the filter selects whose due day falls from `from` to
   * `asOf`, counted per lead in one statement, as the domain's `countRecurringPeriods` counts
   * them from the same tasks' facts (a report answers the period it names, else the period
   * whose window holds its day): the scorecard's `periods`, computed in the database.
   */
  recurringPeriodCounts(
    request: TaskCountRequest & { readonly from: IsoDate },
  ): Promise<ReadonlyMap<OrganizationId, PeriodCounts>>

  /** The direct subtasks of each parent (by reference, then creation), `[]` where none. */
  subtasksOf(parentIds: readonly TaskId[]): Promise<ReadonlyMap<TaskId, readonly Task[]>>

  /** The progress reports of each task, oldest first (or only the latest), `[]` where none. */
  progressReportsOf(
    taskIds: readonly TaskId[],
    options?: ProgressReportsOptions,
  ): Promise<ReadonlyMap<TaskId, readonly ProgressReport[]>>

  /** Reports by id, in the order asked, `null` where there is none this reader may see. */
  progressReportsByIds(
    ids: readonly ProgressReportId[],
  ): Promise<readonly (ProgressReport | null)[]>

  /** The report correcting each of these reports, where one does. */
  correctionsOf(
    ids: readonly ProgressReportId[],
  ): Promise<ReadonlyMap<ProgressReportId, ProgressReport>>
}

/**
 * How the use cases change a tenant's tasks. Every method writes its audit event in the same
 * transaction; expected failures are values with a stable code, exceptions are bugs or an
 * unavailable database. Implemented by `@chidao/db`.
 *
 * @example
 * ```ts
 * const created = await tasks.create(newTask, { actor: 'user:42' })
 * if (created.ok) await tasks.transition(created.value.id, (t) => startTask(t, { on: '2025-03-01' }), 1, ctx)
 * ```
 */
export interface TaskWriter {
  /**
   * Stores a validated task, its coordinators and its audit event in one transaction.
   * Fails with `DIRECTIVE_NOT_FOUND`, `LEAD_NOT_FOUND`, `COORDINATOR_NOT_FOUND`,
   * `MONITOR_NOT_FOUND`, `RECIPIENT_NOT_FOUND`, `PARENT_NOT_FOUND` (with the path of the
   * field) or `TASK_REFERENCE_TAKEN`.
   */
  create(task: NewTask, context: ChangeContext): Promise<Result<Task, DomainError>>

  /**
   * Stores several tasks in one transaction: all of them, or none when any fails (the error's
   * path starts with the index of the failing task). Used to cascade a task to lower levels.
   */
  createMany(
    tasks: readonly NewTask[],
    context: ChangeContext,
  ): Promise<Result<readonly Task[], DomainError>>

  /**
   * Changes a task if it is still at `expectedVersion`, bumping its version and writing the
   * audit event (before and after). Fails with `CONFLICT` (someone changed it first: nothing
   * is written), `TASK_NOT_FOUND`, the validation codes of `validateNewTask`, or the
   * `*_NOT_FOUND` codes of {@link TaskWriter.create}.
   */
  update(
    id: TaskId,
    patch: TaskPatch,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<Task, DomainError>>

  /**
   * Applies a lifecycle change to a task still at `expectedVersion`: runs the domain's
   * transition, stores the new status, appends the event and the audit event, all in one
   * transaction. Fails with `CONFLICT`, `TASK_NOT_FOUND` or the lifecycle's own codes.
   */
  transition(
    id: TaskId,
    step: TaskTransitionStep,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<TaskTransitionResult>

  /**
   * Records a deadline extension, a reassignment of the lead, or a request for an extension
   * or its refusal (which change nothing but the history) on a task still at
   * `expectedVersion`: runs the domain's change on the task as stored, writes the deadline in
   * force or the new lead, appends the event and the audit event, all in one transaction.
   * Fails with `CONFLICT`, `TASK_NOT_FOUND`, `LEAD_NOT_FOUND` (the new lead is not the
   * tenant's) or the change's own codes.
   */
  change(
    id: TaskId,
    step: TaskChangeStep,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<TaskChangeResult<TaskChangeEvent>>

  /**
   * Appends a progress report (validated by `validateProgressReport`) and its audit event, or
   * a correction of one (`correctsId` and `reason` given: the corrected report stays, and is
   * superseded). A task the writer cannot see is `TASK_NOT_FOUND`, checked before anything
   * else. An idempotency key belongs to `context.actor` and to the task: a second call by the
   * same actor with the same key on the same task returns the first report and writes nothing,
   * even when both calls race; the same key from another actor or on another task is another
   * request. Fails with the validation codes, `IDEMPOTENCY_KEY_TOO_LONG`, `TASK_NOT_FOUND`,
   * `ORGANIZATION_NOT_FOUND`, `DUPLICATE_REPORT` (the id is taken), `REPORT_BEFORE_PREVIOUS`,
   * or for a correction `PROGRESS_REPORT_NOT_FOUND` and `REPORT_ALREADY_CORRECTED`.
   */
  appendProgressReport(
    input: ProgressReportInput,
    context: ChangeContext,
    idempotencyKey?: string | null,
  ): Promise<Result<ProgressReport, DomainError>>
}

/** A tenant's tasks, read and written: what `@chidao/db` provides. */
export interface TaskStore extends TaskReader, TaskWriter {}
