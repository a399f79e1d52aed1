import type { ProgressReport } from '@chidao/domain'
import { builder } from '../../builder.js'
import {
  correctionOfProgressReport,
  loadProgressReports,
  progressReportById,
} from '../loaders/progress-report-loaders.js'
import { OrganizationNode } from './organization.js'

/**
 * A report is a node: `node(id:)` reads it by its global ID, and one on a task the caller may
 * not see answers null, as an absent one. Reports load in batches.
 */
export const ProgressReportRef = builder.loadableNodeRef<ProgressReport>('ProgressReport', {
  id: { resolve: (report) => report.id },
  load: loadProgressReports,
})

ProgressReportRef.implement({
  description:
    'A report of progress on a task. Reports are never changed once made: a mistaken one is ' +
    'superseded by a correcting report (`correctProgressReport`), and both stay readable.',
  fields: (t) => ({
    reportedOn: t.expose('reportedOn', { type: 'Date' }),
    organization: t.expose('organizationId', {
      type: OrganizationNode,
      description: 'The organisation that reported.',
    }),
    percent: t.exposeFloat('percent', {
      nullable: true,
      description: 'Progress 0–100; null when the report gives no figure (no data, not 0).',
    }),
    narrative: t.exposeString('narrative'),
    evidence: t.exposeStringList('evidence', { description: 'Links or document references.' }),
    period: t.string({
      nullable: true,
      description:
        'The reporting period the report names (`2026`, `2026-H1`, `2026-Q3`, `2026-04`); null ' +
        'when it names none and answers the period its date falls in.',
      resolve: (r) => r.period ?? null,
    }),
    corrects: t.field({
      type: ProgressReportRef,
      nullable: true,
      description: 'The report this one corrects and supersedes; null for an ordinary report.',
      resolve: (r, _args, context) =>
        r.correctsId ? progressReportById(context, r.correctsId) : null,
    }),
    supersededBy: t.field({
      type: ProgressReportRef,
      nullable: true,
      description:
        'The report that corrects this one; null while it is in force. A superseded report ' +
        'counts for nothing: not for the progress of its task, the scorecard or the order of reports.',
      resolve: (r, _args, context) => correctionOfProgressReport(context, r.id),
    }),
    reason: t.string({
      nullable: true,
      description: 'Why the corrected report was wrong, on a correcting report; null otherwise.',
      resolve: (r) => r.reason ?? null,
    }),
  }),
})
