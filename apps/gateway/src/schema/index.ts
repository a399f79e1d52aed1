import { lexicographicSortSchema } from 'graphql'
import { builder } from '../builder.js'
import './support/scalars.js'
import './support/error.js'
import './support/connection.js'
import './types/organization.js'
import './mutations/create-organization.js'
import './types/document-symbol.js'
import './types/directive.js'
import './types/citation.js'
import './mutations/create-directive.js'
import './mutations/link-directives.js'
import './mutations/set-directive-reporting-rule.js'
import './types/deadline.js'
import './types/reporting-rule.js'
import './types/progress-report.js'
import './types/task.js'
import './loaders/task-nodes-preload.js'
import './types/scorecard.js'
import './types/report.js'
import './types/task-workbook.js'
import './types/reporting-calendar.js'
import './types/assessment.js'
import './mutations/record-assessment.js'
import './mutations/update-organization.js'
import './mutations/dissolve-organization.js'
import './types/organization-tree.js'
import './types/organization-membership.js'
import './mutations/create-task.js'
import './mutations/update-task.js'
import './mutations/cascade-task.js'
import './mutations/report-progress.js'
import './mutations/correct-progress-report.js'
import './mutations/task-lifecycle.js'
import './mutations/extend-task-deadline.js'
import './mutations/request-deadline-extension.js'
import './mutations/decline-deadline-extension.js'
import './mutations/reassign-task-lead.js'
import './mutations/import-bundle.js'
import './mutations/draft-bundle.js'
import './types/urging.js'
import './types/urging-letter.js'
import './mutations/urging-settings.js'
import './types/reminder.js'
import './mutations/reminder-log.js'
import './subscriptions/task-changed.js'
import './subscriptions/progress-reported.js'
import './subscriptions/reminders-raised.js'

// Every read needs at least the `public` scope (a token, or anonymous reading switched on);
// every change at least a signed-in caller, and each mutation names the role it needs.
builder.queryType({
  description: 'Read chidao: organisations, directives, tasks, assessments.',
  authScopes: { public: true },
})
builder.mutationType({
  description: 'Change chidao. Every mutation takes one `input`.',
  authScopes: { authenticated: true },
})
builder.subscriptionType({
  description:
    'Hear of changes as they are made, over Server-Sent Events: each event is the record read ' +
    'again as the caller reads it in a query, and only what the caller may see.',
  authScopes: { public: true },
})

/** The executable GraphQL schema, types sorted by name so the printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema())
