import {
  type DirectiveId,
  type IsoDate,
  isIsoDate,
  latestPercent,
  type OrganizationId,
  type Page,
  type ProgressReport,
  type RecordedTaskEvent,
  TASK_EVENT_TYPE_LABELS,
  TASK_EVENT_TYPES,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  type Task,
  type TaskFilter,
  type TaskId,
  type TaskOrder,
  TIMELINESS_LABELS,
  TIMELINESS_VALUES,
  taskDue,
  timeliness,
} from '@chidao/domain'
import { createContextCache } from '@pothos/core'
import DataLoader from 'dataloader'
import { builder } from '../builder.js'
import type { GatewayContext } from '../context.js'
import { queryError } from '../query-error.js'
import { connectionFromPage, pageRequest } from './connection.js'
import { DeadlineRef, RecurrenceCadenceEnum } from './deadline.js'
import { DirectiveNode } from './directive.js'
import { localIdOf, NodeNotFoundError, nodeOrNull } from './global-id.js'
import { labelledValues } from './labelled-enum.js'
import { OrganizationNode } from './organization.js'
import { ProgressReportRef } from './progress-report.js'
import { LabelRef } from './scalars.js'
import { asksOnlyTotalCount, taskCountLoader, totalOnlyConnection } from './task-count-loader.js'
import { primedProgressReports, primeRelated, relatedAskedFor } from './task-look-ahead.js'
import { isFirstPage, taskPageLoader } from './task-page-loader.js'

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
  values: ['DUE_ASC', 'DUE_DESC', 'REFERENCE_ASC', 'CREATED_ASC'] as const,
})

/** The day questions are asked about: the `asOf` argument, or today in Vietnam. */
export function asOfDay(asOf: string | null | undefined, today: () => string): string {
  if (asOf == null) return today()
  if (!isIsoDate(asOf)) {
    throw queryError(
      {
        code: 'INVALID_DATE',
        en: 'asOf must be a date YYYY-MM-DD',
        vi: 'asOf phải là ngày dạng YYYY-MM-DD',
      },
      { path: ['asOf'] },
    )
  }
  return asOf
}

export const TaskEventRef = builder.objectRef<RecordedTaskEvent>('TaskEvent').implement({
  description: 'A change in the lifecycle of a task: started, paused, completed, reopened…',
  fields: (t) => ({
    type: t.expose('type', { type: TaskEventTypeEnum }),
    typeLabel: t.field({ type: LabelRef, resolve: (e) => TASK_EVENT_TYPE_LABELS[e.type] }),
    on: t.expose('on', { type: 'Date', description: 'The day the change took effect.' }),
    from: t.expose('from', { type: TaskStatusEnum, nullable: true }),
    to: t.expose('to', { type: TaskStatusEnum }),
    reason: t.exposeString('reason', { nullable: true }),
    actor: t.exposeString('actor'),
    at: t.expose('at', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
})

/**
 * The reports of every task a tick asks about, in one statement, shared by `progress` and
 * `progressReports`. Batched but not cached, so a field resolved after a mutation in the same
 * request sees the mutation's reports.
 */
const progressReportsLoader = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<TaskId, readonly ProgressReport[]>(
      async (ids) => {
        const reports = await context.tenant.tasks.progressReportsOf(ids)
        return ids.map((id) => reports.get(id) ?? [])
      },
      { cache: false },
    ),
)

/** A task's reports: brought along by its page (in a query), or batched. */
function reportsOf(context: GatewayContext, id: TaskId): Promise<readonly ProgressReport[]> {
  const primed = primedProgressReports(context).get(id)
  return primed ? Promise.resolve(primed) : progressReportsLoader(context).load(id)
}

/** Tasks load in batches: one query per request however many are asked for. */
export const TaskNode = builder.loadableNodeRef<Task>('Task', {
  id: { resolve: (task) => task.id },
  load: async (ids: string[], context) => {
    const found = await context.tenant.tasks.findByIds(ids as TaskId[])
    return found.map((task, i) => (task ? { ...task } : new NodeNotFoundError('Task', ids[i]!)))
  },
})

export const TaskConnection = builder.connectionObject({ type: TaskNode, name: 'TaskConnection' })

const ReportingDutyRef = builder
  .objectRef<NonNullable<Task['reportingDuty']>>('ReportingDuty')
  .implement({
    description: 'The duty to report periodically (báo cáo định kỳ) to a named body.',
    fields: (t) => ({
      cadence: t.expose('cadence', { type: RecurrenceCadenceEnum }),
      recipient: t.field({
        type: OrganizationNode,
        resolve: (d) => d.recipientId as OrganizationId,
      }),
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
    directive: t.field({
      type: DirectiveNode,
      resolve: (task) => task.directiveId as DirectiveId,
    }),
    lead: t.field({
      type: OrganizationNode,
      description: 'The lead organisation (chủ trì).',
      resolve: (task) => task.leadId as OrganizationId,
    }),
    coordinators: t.field({
      type: [OrganizationNode],
      description:
        'The coordinating organisations (phối hợp), in the order the document lists them.',
      resolve: (task) => [...task.coordinatorIds] as OrganizationId[],
    }),
    monitor: t.field({
      type: OrganizationNode,
      nullable: true,
      description: 'The organisation that monitors and urges (theo dõi, đôn đốc).',
      resolve: (task) => task.monitorId as OrganizationId | null,
    }),
    deadline: t.field({ type: DeadlineRef, nullable: true, resolve: (task) => task.deadline }),
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
    statusLabel: t.field({ type: LabelRef, resolve: (task) => TASK_STATUS_LABELS[task.status] }),
    completedOn: t.field({ type: 'Date', nullable: true, resolve: (task) => task.completedOn }),
    timeliness: t.field({
      type: TimelinessEnum,
      nullable: true,
      description: 'How the task stands on `asOf` (default today); null for a cancelled task.',
      args: { asOf: t.arg({ type: 'Date', required: false }) },
      resolve: (task, args, context) =>
        timeliness(
          { due: taskDue(task), completedOn: task.completedOn, status: task.status },
          asOfDay(args.asOf, () => context.clock.today()),
        ),
    }),
    progress: t.float({
      nullable: true,
      description:
        'Latest reported progress 0–100 (100 once completed); null when nobody has reported a ' +
        'figure. A superseded report does not count: its correction does.',
      resolve: async (task, _args, context) => {
        if (task.status === 'COMPLETED') return 100
        return latestPercent(await reportsOf(context, task.id))
      },
    }),
    progressReports: t.field({
      type: [ProgressReportRef],
      description: 'Every report, oldest first.',
      resolve: async (task, _args, context) => [...(await reportsOf(context, task.id))],
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
      load: async (ids: string[], context) => {
        const map = await context.tenant.tasks.subtasksOf(ids as TaskId[])
        return ids.map((id) => (map.get(id as TaskId) ?? []).map((task) => ({ ...task })))
      },
      resolve: (task) => task.id,
    }),
    history: t.field({
      type: [TaskEventRef],
      description: 'Every lifecycle change, oldest first.',
      resolve: (task) => task.history as readonly RecordedTaskEvent[],
    }),
    version: t.exposeInt('version', {
      description: 'Grows by one with each change; send it back with updates.',
    }),
  }),
})

const TaskFilterInput = builder.inputType('TaskFilter', {
  description: "Every given field must match. Timeliness is judged on the query's `asOf`.",
  fields: (t) => ({
    timeliness: t.field({ type: [TimelinessEnum], required: false }),
    leadOrganizationId: t.id({ required: false }),
    includeSubtree: t.boolean({
      required: false,
      description: "With leadOrganizationId: also tasks led by the organisation's subtree.",
    }),
    coordinatorOrganizationId: t.id({ required: false }),
    involvedOrganizationId: t.id({ required: false, description: 'Leads or coordinates.' }),
    directiveId: t.id({ required: false }),
    includeImplementing: t.boolean({
      required: false,
      description: 'With directiveId: also tasks of the documents implementing it, at any depth.',
    }),
    status: t.field({ type: [TaskStatusEnum], required: false }),
    dueFrom: t.field({ type: 'Date', required: false }),
    dueTo: t.field({ type: 'Date', required: false }),
    parentId: t.id({ required: false }),
    rootsOnly: t.boolean({ required: false }),
    search: t.string({
      required: false,
      description: 'Words of the reference or title, accents ignored.',
    }),
  }),
})

builder.objectField(DirectiveNode, 'tasks', (t) =>
  t.connection(
    {
      type: TaskNode,
      description:
        'Tasks this document assigns; with includeImplementing, also those of the documents ' +
        'implementing it, at any depth.',
      args: {
        includeImplementing: t.arg.boolean({ required: false }),
        asOf: t.arg({ type: 'Date', required: false }),
        timeliness: t.arg({ type: [TimelinessEnum], required: false }),
        orderBy: t.arg({ type: TaskOrderEnum, required: false }),
      },
      resolve: async (directive, args, context, info) => {
        const asOf = asOfDay(args.asOf, () => context.clock.today())
        const filter = {
          directiveId: directive.id,
          includeImplementing: args.includeImplementing ?? false,
          timeliness: args.timeliness ?? null,
        }
        // Documents listed in a chain usually show only their totals: count them all at once.
        if (asksOnlyTotalCount(info)) {
          return totalOnlyConnection(
            await taskCountLoader(context).load({ key: directive.id, filter, asOf }),
          )
        }
        return taskConnection(
          await nestedTaskPage(context, directive.id, args, {
            asOf,
            orderBy: args.orderBy ?? 'REFERENCE_ASC',
            filter,
          }),
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
        role: t.arg({ type: TaskRoleEnum, required: false, defaultValue: 'ANY' }),
        includeSubtree: t.arg.boolean({ required: false }),
        asOf: t.arg({ type: 'Date', required: false }),
        timeliness: t.arg({ type: [TimelinessEnum], required: false }),
        orderBy: t.arg({ type: TaskOrderEnum, required: false }),
      },
      resolve: async (organization, args, context, info) => {
        const id = organization.id
        const role = args.role ?? 'ANY'
        const asOf = asOfDay(args.asOf, () => context.clock.today())
        const filter = {
          ...(role === 'LEAD'
            ? { leadOrganizationId: id, includeSubtree: args.includeSubtree ?? false }
            : role === 'COORDINATOR'
              ? { coordinatorOrganizationId: id }
              : { involvedOrganizationId: id }),
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
        )
      },
    },
    TaskConnection,
  ),
)

/**
 * A task list hanging on a parent: a first page through the batching loader (one statement for
 * all the parents of a list), a page past a cursor on its own.
 */
function nestedTaskPage(
  context: GatewayContext,
  parentId: string,
  args: {
    first?: number | null
    after?: string | null
    last?: number | null
    before?: string | null
  },
  request: { asOf: IsoDate; orderBy: TaskOrder; filter: TaskFilter },
): Promise<Page<Task>> {
  if (isFirstPage(args)) {
    return taskPageLoader(context).load({ key: parentId, first: args.first ?? null, ...request })
  }
  return context.tenant.tasks.list({ ...pageRequest(args), ...request })
}

/** Unfreezes the tasks of a page (Pothos marks loaded objects with their type). */
function taskConnection(page: Page<Task>) {
  return connectionFromPage({
    ...page,
    edges: page.edges.map((e) => ({ node: { ...e.node }, cursor: e.cursor })),
  })
}

/** Reads a global ID of a given type from a filter; a wrong one matches nothing. */
function filterId(value: unknown, typename: string): string | null {
  if (value == null) return null
  return localIdOf(String(value), typename) ?? '00000000-0000-0000-0000-000000000000'
}

builder.queryFields((t) => ({
  tasks: t.connection(
    {
      type: TaskNode,
      description:
        'Tasks the caller may see, filtered and ordered, with totalCount. `asOf` (default today) ' +
        'is the day timeliness is judged on.',
      args: {
        filter: t.arg({ type: TaskFilterInput, required: false }),
        asOf: t.arg({ type: 'Date', required: false }),
        orderBy: t.arg({ type: TaskOrderEnum, required: false }),
      },
      resolve: async (_root, args, context, info) => {
        const f = args.filter ?? {}
        const { page, related } = await context.tenant.tasks.listWithRelated(
          {
            ...pageRequest(args),
            asOf: asOfDay(args.asOf, () => context.clock.today()),
            orderBy: args.orderBy ?? 'DUE_ASC',
            filter: {
              timeliness: f.timeliness ?? null,
              leadOrganizationId: filterId(
                f.leadOrganizationId,
                'Organization',
              ) as OrganizationId | null,
              includeSubtree: f.includeSubtree ?? null,
              coordinatorOrganizationId: filterId(
                f.coordinatorOrganizationId,
                'Organization',
              ) as OrganizationId | null,
              involvedOrganizationId: filterId(
                f.involvedOrganizationId,
                'Organization',
              ) as OrganizationId | null,
              directiveId: filterId(f.directiveId, 'Directive') as DirectiveId | null,
              includeImplementing: f.includeImplementing ?? null,
              status: f.status ?? null,
              dueFrom: f.dueFrom ?? null,
              dueTo: f.dueTo ?? null,
              parentId: filterId(f.parentId, 'Task') as TaskId | null,
              rootsOnly: f.rootsOnly ?? null,
              search: f.search ?? null,
            },
          },
          relatedAskedFor(info),
        )
        primeRelated(context, related, info)
        return taskConnection(page)
      },
    },
    TaskConnection,
  ),
}))
