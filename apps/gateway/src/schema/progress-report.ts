import type { OrganizationId, ProgressReport } from '@chidao/domain'
import { builder } from '../builder.js'
import { OrganizationNode } from './organization.js'

export const ProgressReportRef = builder.objectRef<ProgressReport>('ProgressReport').implement({
  description: 'A report of progress on a task. Reports are never changed once made.',
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
  }),
})
