import {
  type PeriodJudgement,
  type ProgressReport,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  reportingPeriodLabel,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { labelField } from '../support/label-field.js'
import { labelledValues } from '../support/labelled-enum.js'
import { ProgressReportRef } from './progress-report.js'

export const ReportStatusEnum = builder.enumType('ReportStatus', {
  description:
    'How an expected report (or a period of recurring work) stands on a day: received by its ' +
    'due day, received late, missing (due day passed, nothing received), or not yet due.',
  values: labelledValues(REPORT_STATUSES, REPORT_STATUS_LABELS),
})

export const TaskPeriodRef = builder
  .objectRef<PeriodJudgement<ProgressReport>>('TaskPeriod')
  .implement({
    description:
      'One period of a recurring task (a month, quarter, half-year or year of the calendar), ' +
      "judged as of a day from the task's progress reports.",
    fields: (t) => ({
      key: t.string({
        description: 'The period: "2026" (year), "2026-H1", "2026-Q3" or "2026-04" (month).',
        resolve: (j) => j.period.key,
      }),
      label: labelField(
        t,
        (j) => reportingPeriodLabel(j.period),
        'As an office names it: "6 tháng đầu năm 2026" / "first half of 2026".',
      ),
      start: t.field({ type: 'Date', resolve: (j) => j.period.start }),
      end: t.field({ type: 'Date', resolve: (j) => j.period.end }),
      due: t.field({
        type: 'Date',
        description: "The fixed day of the deadline's rule in this period, or its last day.",
        resolve: (j) => j.period.due,
      }),
      status: t.field({ type: ReportStatusEnum, resolve: (j) => j.status }),
      statusLabel: labelField(t, (j) => REPORT_STATUS_LABELS[j.status]),
      report: t.field({
        type: ProgressReportRef,
        nullable: true,
        description: 'The earliest report that answered the period, if any.',
        resolve: (j) => j.report,
      }),
    }),
  })
