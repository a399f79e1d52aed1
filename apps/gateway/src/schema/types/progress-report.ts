import type { OrganizationId, ProgressReport, ProgressReportId } from '@chidao/domain'
import { createContextCache } from '@pothos/core'
import DataLoader from 'dataloader'
import { builder } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import { OrganizationNode } from './organization.js'

/**
 * Reports by id and the corrections of reports, each batched into one statement per tick.
 * Not cached, so a field resolved after a mutation in the same request sees its report.
 */
const reportsById = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<ProgressReportId, ProgressReport | null>(
      async (ids) => context.tenant.tasks.progressReportsByIds(ids),
      { cache: false },
    ),
)
const correctionsOf = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<ProgressReportId, ProgressReport | null>(
      async (ids) => {
        const corrections = await context.tenant.tasks.correctionsOf(ids)
        return ids.map((id) => corrections.get(id) ?? null)
      },
      { cache: false },
    ),
)

export const ProgressReportRef = builder.objectRef<ProgressReport>('ProgressReport')

ProgressReportRef.implement({
  description:
    'A report of progress on a task. Reports are never changed once made: a mistaken one is ' +
    'superseded by a correcting report (`correctProgressReport`), and both stay readable.',
  fields: (t) => ({
    id: t.exposeID('id'),
    reportedOn: t.expose('reportedOn', { type: 'Date' }),
    organization: t.field({
      type: OrganizationNode,
      description: 'The organisation that reported.',
      resolve: (r) => r.organizationId as OrganizationId,
    }),
    percent: t.exposeFloat('percent', {
      nullable: true,
      description: 'Progress 0–100; null when the report gives no figure (no data, not 0).',
    }),
    narrative: t.exposeString('narrative'),
    evidence: t.exposeStringList('evidence', { description: 'Links or document references.' }),
    corrects: t.field({
      type: ProgressReportRef,
      nullable: true,
      description: 'The report this one corrects and supersedes; null for an ordinary report.',
      resolve: (r, _args, context) =>
        r.correctsId ? reportsById(context).load(r.correctsId) : null,
    }),
    supersededBy: t.field({
      type: ProgressReportRef,
      nullable: true,
      description:
        'The report that corrects this one; null while it is in force. A superseded report ' +
        'counts for nothing: not for the progress of its task, the scorecard or the order of reports.',
      resolve: (r, _args, context) => correctionsOf(context).load(r.id),
    }),
    reason: t.string({
      nullable: true,
      description: 'Why the corrected report was wrong, on a correcting report; null otherwise.',
      resolve: (r) => r.reason ?? null,
    }),
  }),
})
