import {
  asOfDay as judgedOn,
  listTasks,
  type RecordedTaskEvent,
  type TaskFilter,
  taskRoleFilter,
} from '@chidao/app'
import {
  judgeTaskPeriods,
  latestPercent,
  type OrganizationId,
  originalDeadline,
  type Page,
  pendingExtensionRequest,
  TASK_EVENT_TYPE_LABELS,
  TASK_EVENT_TYPES,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  type Task,
  TIMELINESS_LABELS,
  TIMELINESS_VALUES,
  taskDue,
  timeliness,
} from '@chidao/domain'
import type { ArgBuilder } from '@pothos/core'
import { builder, type GatewayTypes } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import {
  asksOnlyTotalCount,
  directiveTaskCount,
  taskCountLoader,
  totalOnlyConnection,
} from '../loaders/task-count-loader.js'
import { loadSubtasks, loadTasks, progressReportsOfTask } from '../loaders/task-loaders.js'
import { primeRelated, relatedAskedFor } from '../loaders/task-look-ahead.js'
import { nestedTaskPage } from '../loaders/task-page-loader.js'
import { connectionFromPage, pageRequest } from '../support/connection.js'
import { lookUpIdOf, nodeOrNull } from '../support/global-id.js'
import { labelField } from '../support/label-field.js'
import { labelledValues } from '../support/labelled-enum.js'
import { asOfFor, markListedAsOf } from '../support/list-as-of.js'
import { queryResultOf } from '../support/query-result.js'
import { directiveNamed, organizationNamed } from '../support/record-by-code.js'
import { versionField } from '../support/record-version.js'
import { useCaseContext } from '../support/use-case-call.js'
import { DeadlineRef, RecurrenceCadenceEnum } from './deadline.js'
import { DirectiveNode } from './directive.js'
import { OrganizationNode } from './organization.js'
import { ProgressReportRef } from './progress-report.js'
import { detailsOf, TaskEventDetailsUnion } from './task-event-details.js'
import { TaskPeriodRef } from './task-period.js'

export const TaskStatusEnum = builder.enumType('TaskStatus', {
  values: labelledValues(TASK_STATUSES, TASK_STATUS_LABELS),
})

export const TimelinessEnum = builder.enumType('Timeliness', {
  description:
    'How a task stands against its deadline on a day, as the Government Office counts: the due ' +
    'day itself is on time; ongoing tasks are never overdue; cancelled tasks are not counted.',
  values: labelledValues(TIMELINESS_VALUES, TIMELINESS_LABELS),
})

export const TaskEventTypeEnum = builder.enumType('TaskEventType', {
  values: labelledValues(TASK_EVENT_TYPES, TASK_EVENT_TYPE_LABELS),
})

export const TaskRoleEnum = builder.enumType('TaskRole', {
  description: 'The part an organisation plays in a task.',
  values: {
    LEAD: { description: 'Chủ trì — leads' },
    COORDINATOR: { description: 'Phối hợp — coordinates' },
    ANY: { description: 'Either' },
  },
})

export const TaskOrderEnum = builder.enumType('TaskOrder', {
  description: 'Orders for listing tasks; ties by id.',
  values: {
    DUE_ASC: { description: 'Soonest due first.' },
    DUE_DESC: { description: 'Latest due first.' },
    REFERENCE_ASC: { description: 'In the order of the document (I.1, I.2, II.1 …).' },
    CREATED_ASC: { description: 'Oldest recorded first.' },
  } as const,
})

/**
 * The day questions are asked about: the `asOf` argument, or today in Vietnam (`asOfDay` of
 * `@chidao/app`); a day that is not one is a top-level `INVALID_DATE` error.
 */
export function asOfDay(asOf: string | null | undefined, today: () => string): string {
  return queryResultOf(judgedOn(asOf, { today }))
}

export const TaskEventRef = builder.objectRef<RecordedTaskEvent>('TaskEvent').implement({
  description:
    'An event in the history of a task: a step of its lifecycle (started, paused, completed, ' +
    'reopened…), a deadline extension, a reassignment of its lead, a request for an extension ' +
    'or its refusal (see `details`).',
  fields: (t) => ({
    type: t.expose('type', { type: TaskEventTypeEnum }),
    typeLabel: labelField(t, (e) => TASK_EVENT_TYPE_LABELS[e.type]),
    on: t.expose('on', { type: 'Date', description: 'The day the change took effect.' }),
    from: t.expose('from', { type: TaskStatusEnum, nullable: true }),
    to: t.expose('to', { type: TaskStatusEnum }),
    reason: t.exposeString('reason', { nullable: true }),
    actor: t.exposeString('actor'),
    at: t.expose('at', { type: 'DateTime', description: 'When it was recorded.' }),
    details: t.field({
      type: TaskEventDetailsUnion,
      nullable: true,
      description:
        'For DEADLINE_EXTENDED and LEAD_REASSIGNED: what changed and on whose authority; for ' +
        'EXTENSION_REQUESTED and EXTENSION_DECLINED: what was asked and who asked or answered; ' +
        'null for a step of the lifecycle.',
      resolve: detailsOf,
    }),
  }),
})

/** Tasks load in batches: one query per request however many are asked for. */
export const TaskNode = builder.loadableNodeRef<Task>('Task', {
  id: { resolve: (task) => task.id },
  load: loadTasks,
})

export const TaskConnection = builder.connectionObject({ type: TaskNode, name: 'TaskConnection' })

const ReportingDutyRef = builder
  .objectRef<NonNullable<Task['reportingDuty']>>('ReportingDuty')
  .implement({
    description: 'The duty to report periodically (báo cáo định kỳ) to a named body.',
    fields: (t) => ({
      cadence: t.expose('cadence', { type: RecurrenceCadenceEnum }),
      recipient: t.expose('recipientId', { type: OrganizationNode }),
    }),
  })

TaskNode.implement({
  description:
    'Work a document assigns: one lead organisation (chủ trì), coordinators (phối hợp), a ' +
    'deadline, reports, and subtasks cascaded to lower levels.',
  fields: (t) => ({
    reference: t.exposeString('reference', {
      nullable: true,
      description: 'Its place in the document, e.g. III.2.b.',
    }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    directive: t.expose('directiveId', { type: DirectiveNode }),
    lead: t.expose('leadId', {
      type: OrganizationNode,
      description: 'The lead organisation (chủ trì).',
    }),
    coordinators: t.field({
      type: [OrganizationNode],
      description:
        'The coordinating organisations (phối hợp), in the order the document lists them.',
      resolve: (task) => [...task.coordinatorIds] as OrganizationId[],
    }),
    monitor: t.expose('monitorId', {
      type: OrganizationNode,
      nullable: true,
      description: 'The organisation that monitors and urges (theo dõi, đôn đốc).',
    }),
    deadline: t.field({
      type: DeadlineRef,
      nullable: true,
      description: 'The deadline in force: the last extension’s, if it was extended (gia hạn).',
      resolve: (task) => task.deadline,
    }),
    originalDeadline: t.field({
      type: DeadlineRef,
      nullable: true,
      description:
        'The deadline the task was given, before any extension; the deadline in force when it ' +
        'was never extended.',
      resolve: (task) => originalDeadline(task),
    }),
    due: t.field({
      type: 'Date',
      nullable: true,
      description: 'The due day, where the deadline has one.',
      resolve: (task) => taskDue(task),
    }),
    reportingDuty: t.field({
      type: ReportingDutyRef,
      nullable: true,
      resolve: (task) => task.reportingDuty,
    }),
    status: t.expose('status', { type: TaskStatusEnum }),
    statusLabel: labelField(t, (task) => TASK_STATUS_LABELS[task.status]),
    completedOn: t.field({ type: 'Date', nullable: true, resolve: (task) => task.completedOn }),
    timeliness: t.field({
      type: TimelinessEnum,
      nullable: true,
      description:
        'How the task stands on `asOf`; null for a cancelled task. Without `asOf`, on the ' +
        '`asOf` of the list the task was listed in (`tasks(asOf:)`), else today.',
      args: {
        asOf: t.arg({
          type: 'Date',
          required: false,
          description:
            "The day to judge on; overrides the list's `asOf`. Default: the list's, else today.",
        }),
      },
      resolve: async (task, args, context) =>
        timeliness(
          {
            due: taskDue(task),
            completedOn: task.completedOn,
            status: task.status,
            deadline: task.deadline,
            // As of a day before an extension, the deadline it replaced is the one in force.
            history: task.history,
            // A recurring task is judged by its latest due period, from its reports.
            reports:
              task.deadline?.kind === 'RECURRING'
                ? await progressReportsOfTask(context, task.id)
                : [],
          },
          asOfDay(asOfFor(context, task, args.asOf), () => context.clock.today()),
        ),
    }),
    periods: t.field({
      type: [TaskPeriodRef],
      description:
        'For a recurring task, each period whose due day falls from `from` to `to` (at most ' +
        '400), judged as of `asOf` (default today) from its progress reports: RECEIVED, ' +
        'RECEIVED_LATE, MISSING or NOT_YET_DUE, with the report that answered it. Empty for ' +
        'other tasks.',
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'First day of the range.' }),
        to: t.arg({ type: 'Date', required: true, description: 'Last day of the range.' }),
        asOf: t.arg({
          type: 'Date',
          required: false,
          description: 'The day the periods are judged on; default today.',
        }),
      },
      resolve: async (task, args, context) => {
        const deadline = task.deadline
        if (deadline === null || deadline.kind !== 'RECURRING') return []
        const reports = await progressReportsOfTask(context, task.id)
        const asOf = asOfDay(args.asOf, () => context.clock.today())
        return judgeTaskPeriods(deadline, reports, args.from, args.to, asOf).slice(0, 400)
      },
    }),
    progress: t.float({
      nullable: true,
      description:
        'Latest reported progress 0–100 (100 once completed); null when nobody has reported a ' +
        'figure. A superseded report does not count: its correction does.',
      resolve: async (task, _args, context) => {
        if (task.status === 'COMPLETED') return 100
        return latestPercent(await progressReportsOfTask(context, task.id))
      },
    }),
    progressReports: t.field({
      type: [ProgressReportRef],
      description: 'Every report, oldest first.',
      resolve: async (task, _args, context) => [...(await progressReportsOfTask(context, task.id))],
    }),
    parent: t.field({
      type: TaskNode,
      nullable: true,
      description:
        'The task this one was cascaded from. Secrecy flows down the task tree, so a task the ' +
        'caller sees has a parent the caller sees (or none).',
      // Through the batching loader, a parent that is not found reads as none, never as an error.
      resolve: (task, _args, context) =>
        task.parentId === null
          ? null
          : (nodeOrNull(
              TaskNode.getDataloader(context).load(task.parentId),
            ) as Promise<Task | null>),
    }),
    subtasks: t.loadableList({
      type: TaskNode,
      description: 'Tasks cascaded from this one to lower levels.',
      load: loadSubtasks,
      resolve: (task) => task.id,
    }),
    history: t.field({
      type: [TaskEventRef],
      description:
        'Every event, oldest first: lifecycle steps, deadline extensions, reassignments of the ' +
        'lead, requests for an extension and their refusals.',
      resolve: (task) => task.history as readonly RecordedTaskEvent[],
    }),
    pendingExtensionRequest: t.field({
      type: TaskEventRef,
      nullable: true,
      description:
        'The request for an extension (EXTENSION_REQUESTED) awaiting an answer — neither ' +
        'granted by extendTaskDeadline nor refused by declineDeadlineExtension, the task ' +
        'neither completed nor cancelled since — or null.',
      resolve: (task) => pendingExtensionRequest(task) as RecordedTaskEvent | null,
    }),
    version: versionField(t),
  }),
})

const TaskFilterInput = builder.inputType('TaskFilter', {
  description: "Every given field must match. Timeliness is judged on the query's `asOf`.",
  fields: (t) => ({
    timeliness: t.field({
      type: [TimelinessEnum],
      required: false,
      description: "Standing so on the query's `asOf`.",
    }),
    leadOrganizationId: t.id({ required: false, description: 'Led by this organisation.' }),
    leadOrganizationCode: t.string({
      required: false,
      description: 'The lead by its code (e.g. "SKHCN"), instead of or with leadOrganizationId.',
    }),
    includeSubtree: t.boolean({
      required: false,
      description: "With leadOrganizationId: also tasks led by the organisation's subtree.",
    }),
    coordinatorOrganizationId: t.id({
      required: false,
      description: 'Coordinated by this organisation.',
    }),
    coordinatorOrganizationCode: t.string({
      required: false,
      description: 'A coordinator by its code, instead of or with coordinatorOrganizationId.',
    }),
    involvedOrganizationId: t.id({ required: false, description: 'Leads or coordinates.' }),
    involvedOrganizationCode: t.string({
      required: false,
      description: 'Leads or coordinates, by its code, instead of or with involvedOrganizationId.',
    }),
    directiveId: t.id({ required: false, description: 'Assigned by this document.' }),
    directiveSymbol: t.string({
      required: false,
      description:
        'The document by its symbol in any accepted spelling ("06-CTr/TU"), instead of or with ' +
        'directiveId; with directiveYear when several documents share it (else the newest).',
    }),
    directiveYear: t.int({ required: false, description: 'The year of directiveSymbol.' }),
    includeImplementing: t.boolean({
      required: false,
      description: 'With directiveId: also tasks of the documents implementing it, at any depth.',
    }),
    status: t.field({
      type: [TaskStatusEnum],
      required: false,
      description: 'In one of these statuses.',
    }),
    dueFrom: t.field({ type: 'Date', required: false, description: 'Due on this day or later.' }),
    dueTo: t.field({ type: 'Date', required: false, description: 'Due on this day or earlier.' }),
    parentId: t.id({ required: false, description: 'Cascaded from this task (its subtasks).' }),
    rootsOnly: t.boolean({
      required: false,
      description: 'Only tasks cascaded from no other (the top of each tree).',
    }),
    awaitingReassignment: t.boolean({
      required: false,
      description:
        "Only open tasks still led by a body dissolved by the query's `asOf` whose work was " +
        'split among several successors (dissolveOrganization with successorCodes): each awaits ' +
        'reassignTaskLead to one of them.',
    }),
    extensionRequested: t.boolean({
      required: false,
      description:
        'Only tasks whose request for an extension awaits an answer (Task.pendingExtensionRequest ' +
        'is not null): what the monitoring office has to answer.',
    }),
    search: t.string({
      required: false,
      description: 'Words of the reference or title, accents ignored.',
    }),
  }),
})

/** The day a task list is judged on: shared by the `tasks` query and the nested task lists. */
function taskListAsOfArg(arg: ArgBuilder<GatewayTypes>) {
  return arg({
    type: 'Date',
    required: false,
    description:
      'The day timeliness is judged on, for the `timeliness` argument and for each ' +
      "node's `timeliness` unless it is given its own `asOf`. Default: today in Vietnam.",
  })
}

/** The order of a task list; `description` says its default. */
function taskOrderArg(arg: ArgBuilder<GatewayTypes>, description: string) {
  return arg({ type: TaskOrderEnum, required: false, description })
}

/**
 * The day a nested task list is judged on, the timeliness it keeps and its order (whose default
 * `orderDescription` gives): shared by its lists.
 */
function nestedListArgs(arg: ArgBuilder<GatewayTypes>, orderDescription: string) {
  return {
    asOf: taskListAsOfArg(arg),
    timeliness: arg({
      type: [TimelinessEnum],
      required: false,
      description: 'Only tasks standing so on `asOf`.',
    }),
    orderBy: taskOrderArg(arg, orderDescription),
  }
}

builder.objectField(DirectiveNode, 'tasks', (t) =>
  t.connection(
    {
      type: TaskNode,
      description:
        'Tasks this document assigns; with includeImplementing, also those of the documents ' +
        'implementing it, at any depth.',
      args: {
        includeImplementing: t.arg.boolean({
          required: false,
          description: 'Also the tasks of the documents implementing this one, at any depth.',
        }),
        ...nestedListArgs(t.arg, 'Default: REFERENCE_ASC (the order of the document).'),
      },
      resolve: async (directive, args, context, info) => {
        const asOf = asOfDay(args.asOf, () => context.clock.today())
        const count = directiveTaskCount(
          directive.id,
          {
            includeImplementing: args.includeImplementing ?? false,
            timeliness: args.timeliness ?? null,
          },
          asOf,
        )
        const filter = count.filter
        // Documents listed in a chain usually show only their totals: count them all at once.
        if (asksOnlyTotalCount(info)) {
          return totalOnlyConnection(await taskCountLoader(context).load(count))
        }
        return taskConnection(
          await nestedTaskPage(context, directive.id, args, {
            asOf,
            orderBy: args.orderBy ?? 'REFERENCE_ASC',
            filter,
          }),
          context,
          args.asOf ?? null,
        )
      },
    },
    TaskConnection,
  ),
)

builder.objectField(OrganizationNode, 'tasks', (t) =>
  t.connection(
    {
      type: TaskNode,
      description:
        'Tasks this organisation leads (role LEAD), coordinates (COORDINATOR) or either.',
      args: {
        role: t.arg({
          type: TaskRoleEnum,
          required: false,
          defaultValue: 'ANY',
          description: 'The part the organisation plays: LEAD, COORDINATOR or ANY (default).',
        }),
        includeSubtree: t.arg.boolean({
          required: false,
          description: 'Also tasks of the organisations below this one in the tree.',
        }),
        ...nestedListArgs(t.arg, 'Default: DUE_ASC (soonest due first).'),
      },
      resolve: async (organization, args, context, info) => {
        const id = organization.id
        const role = args.role ?? 'ANY'
        const asOf = asOfDay(args.asOf, () => context.clock.today())
        const filter = {
          ...taskRoleFilter(id, role, { includeSubtree: args.includeSubtree }),
          timeliness: args.timeliness ?? null,
        }
        if (asksOnlyTotalCount(info)) {
          return totalOnlyConnection(await taskCountLoader(context).load({ key: id, filter, asOf }))
        }
        return taskConnection(
          await nestedTaskPage(context, id, args, {
            asOf,
            orderBy: args.orderBy ?? 'DUE_ASC',
            filter,
          }),
          context,
          args.asOf ?? null,
        )
      },
    },
    TaskConnection,
  ),
)

/**
 * Unfreezes the tasks of a page (Pothos marks loaded objects with their type), each marked
 * with the list's `asOf`, which its `timeliness` then answers on (see `markListedAsOf`).
 */
function taskConnection(page: Page<Task>, context: GatewayContext, asOf: string | null) {
  const edges = page.edges.map((e) => ({ node: { ...e.node }, cursor: e.cursor }))
  markListedAsOf(
    context,
    edges.map((e) => e.node),
    asOf,
  )
  return connectionFromPage({ ...page, edges })
}

/**
 * The domain's filter for the API's: global IDs read as local ones, codes and symbols as the
 * records they name (a name and an id that disagree match nothing).
 */
async function taskFilterOf(
  context: GatewayContext,
  filter: typeof TaskFilterInput.$inferInput | null | undefined,
): Promise<TaskFilter> {
  const f = filter ?? {}
  return {
    timeliness: f.timeliness ?? null,
    leadOrganizationId: await organizationNamed(
      context,
      f.leadOrganizationId,
      f.leadOrganizationCode,
    ),
    includeSubtree: f.includeSubtree ?? null,
    coordinatorOrganizationId: await organizationNamed(
      context,
      f.coordinatorOrganizationId,
      f.coordinatorOrganizationCode,
    ),
    involvedOrganizationId: await organizationNamed(
      context,
      f.involvedOrganizationId,
      f.involvedOrganizationCode,
    ),
    directiveId: await directiveNamed(context, f.directiveId, f.directiveSymbol, f.directiveYear),
    includeImplementing: f.includeImplementing ?? null,
    status: f.status ?? null,
    dueFrom: f.dueFrom ?? null,
    dueTo: f.dueTo ?? null,
    parentId: lookUpIdOf(f.parentId, 'Task'),
    rootsOnly: f.rootsOnly ?? null,
    awaitingReassignment: f.awaitingReassignment ?? null,
    extensionRequested: f.extensionRequested ?? null,
    search: f.search ?? null,
  }
}

builder.queryFields((t) => ({
  tasks: t.connection(
    {
      type: TaskNode,
      description:
        'Tasks the caller may see, filtered and ordered, with totalCount. `asOf` (default today) ' +
        'is the day timeliness is judged on.',
      args: {
        filter: t.arg({
          type: TaskFilterInput,
          required: false,
          description: 'Every given field must match; none given: every task the caller may see.',
        }),
        asOf: taskListAsOfArg(t.arg),
        orderBy: taskOrderArg(t.arg, 'Default: DUE_ASC (soonest due first).'),
      },
      resolve: async (_root, args, context, info) => {
        const { page, related } = queryResultOf(
          await listTasks(useCaseContext(context), {
            ...pageRequest(args),
            asOf: args.asOf ?? null,
            orderBy: args.orderBy ?? null,
            filter: await taskFilterOf(context, args.filter),
            related: relatedAskedFor(info),
          }),
        )
        primeRelated(context, related, info)
        return taskConnection(page, context, args.asOf ?? null)
      },
    },
    TaskConnection,
  ),
}))
