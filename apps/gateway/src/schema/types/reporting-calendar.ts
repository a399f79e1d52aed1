import { type ReportingCalendarResult, reportingCalendar } from '@chidao/app'
import {
  type CalendarReport,
  type ExpectedReport,
  REPORT_STATUS_LABELS,
  type ReportingPeriod,
  type ReportingTotals,
  reportingPeriodLabel,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { queryError } from '../../query-error.js'
import { progressReportById } from '../loaders/progress-report-loaders.js'
import { lookUpIdOf } from '../support/global-id.js'
import { labelField } from '../support/label-field.js'
import { useCaseContext } from '../support/use-case-call.js'
import { RecurrenceCadenceEnum } from './deadline.js'
import { DirectiveNode } from './directive.js'
import { OrganizationNode } from './organization.js'
import { ProgressReportRef } from './progress-report.js'
import { TaskNode } from './task.js'
import { ReportStatusEnum } from './task-period.js'

const ReportingPeriodRef = builder.objectRef<ReportingPeriod>('ReportingPeriod').implement({
  description:
    'A reporting period (kỳ báo cáo): a month, quarter, half-year or year, and its due day.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: '`2026` (year), `2026-H1` (half-year), `2026-Q3` (quarter), `2026-04` (month).',
    }),
    cadence: t.field({ type: RecurrenceCadenceEnum, resolve: (p) => p.cadence }),
    label: labelField(
      t,
      (p) => reportingPeriodLabel(p),
      'As offices name it: "6 tháng đầu năm 2026" / "first half of 2026".',
    ),
    start: t.expose('start', { type: 'Date', description: 'First day of the period.' }),
    end: t.expose('end', { type: 'Date', description: 'Last day of the period.' }),
    due: t.expose('due', { type: 'Date', description: 'The day the report is due.' }),
  }),
})

const ExpectedReportRef = builder
  .objectRef<ExpectedReport<CalendarReport>>('ExpectedReport')
  .implement({
    description:
      'A report an organisation owes for a period — under a task’s reporting duty (`task` set) ' +
      'or under its directive’s reporting rule (`task` null) — and how it stands.',
    fields: (t) => ({
      organization: t.field({
        type: OrganizationNode,
        description: 'The organisation that owes the report.',
        resolve: (e) => e.organizationId,
      }),
      directive: t.field({ type: DirectiveNode, resolve: (e) => e.directiveId }),
      task: t.field({
        type: TaskNode,
        nullable: true,
        description: 'The task whose duty asks for it; null for the directive’s reporting rule.',
        resolve: (e) => e.taskId,
      }),
      recipient: t.field({
        type: OrganizationNode,
        description: 'The body the report goes to.',
        resolve: (e) => e.recipientId,
      }),
      cadence: t.field({ type: RecurrenceCadenceEnum, resolve: (e) => e.cadence }),
      period: t.field({ type: ReportingPeriodRef, resolve: (e) => e.period }),
      due: t.expose('due', { type: 'Date' }),
      status: t.field({ type: ReportStatusEnum, resolve: (e) => e.status }),
      statusLabel: labelField(t, (e) => REPORT_STATUS_LABELS[e.status]),
      report: t.field({
        type: ProgressReportRef,
        nullable: true,
        description: 'The earliest progress report that answered the period; null when none.',
        resolve: (e, _args, context) =>
          e.report === null ? null : progressReportById(context, e.report.id),
      }),
    }),
  })

const ReportingTotalsRef = builder.objectRef<ReportingTotals>('ReportingTotals').implement({
  description: 'How many reports an organisation owes in the calendar’s scope, by status.',
  fields: (t) => ({
    organization: t.field({ type: OrganizationNode, resolve: (r) => r.organizationId }),
    received: t.exposeInt('received'),
    receivedLate: t.exposeInt('receivedLate'),
    missing: t.exposeInt('missing'),
    notYetDue: t.exposeInt('notYetDue'),
  }),
})

const ReportingCalendarRef = builder
  .objectRef<ReportingCalendarResult>('ReportingCalendar')
  .implement({
    description: 'The reports owed in a range, and the totals per organisation.',
    fields: (t) => ({
      expectedReports: t.field({
        type: [ExpectedReportRef],
        description:
          'The expected reports listed (narrowed by `status` and `missingAsOf`), by due day, ' +
          'then organisation, directive, task and cadence.',
        resolve: (c) => c.expectedReports,
      }),
      totals: t.field({
        type: [ReportingTotalsRef],
        description:
          'One line per organisation owing a report in the scope (organisation, directive, ' +
          'range), whatever `status` and `missingAsOf` keep in the list.',
        resolve: (c) => c.totals,
      }),
    }),
  })

builder.queryFields((t) => ({
  reportingCalendar: t.field({
    type: ReportingCalendarRef,
    description:
      'The reporting calendar (lịch báo cáo): the reports organisations owe for the periods due ' +
      'from `from` to `to` — under their tasks’ reporting duties and their directives’ reporting ' +
      'rules — each with its status on `asOf` and the report that satisfied it, and the totals ' +
      'per organisation. `status: [MISSING]` is the list "đơn vị chưa báo cáo". Only what the ' +
      'caller may see counts: a secret directive’s expected reports are as secret as it.',
    args: {
      organizationId: t.arg.id({
        required: false,
        description: 'Reports owed by this organisation and every organisation below it.',
      }),
      organizationCode: t.arg.string({
        required: false,
        description: 'The same organisation by its code (e.g. UBND-TINH); not with organizationId.',
      }),
      directiveId: t.arg.id({
        required: false,
        description: 'Reports owed under this directive (its rule and its tasks’ duties).',
      }),
      from: t.arg({ type: 'Date', required: true, description: 'Periods due from this day.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Periods due up to this day.' }),
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'The day reports are judged on; default today.',
      }),
      status: t.arg({
        type: [ReportStatusEnum],
        required: false,
        description: 'List only reports in one of these statuses (the totals count all).',
      }),
      missingAsOf: t.arg({
        type: 'Date',
        required: false,
        description:
          'List only reports that were missing on this day: due before it, none received by it.',
      }),
    },
    resolve: async (_root, args, context) => {
      const result = await reportingCalendar(useCaseContext(context), {
        organizationId: lookUpIdOf(args.organizationId, 'Organization'),
        organizationCode: args.organizationCode ?? null,
        directiveId: lookUpIdOf(args.directiveId, 'Directive'),
        from: args.from,
        to: args.to,
        asOf: args.asOf ?? null,
        status: args.status ?? null,
        missingAsOf: args.missingAsOf ?? null,
      })
      if (!result.ok) throw queryError(result.error)
      return result.value
    },
  }),
}))
