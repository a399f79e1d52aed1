import { lexicographicSortSchema } from 'graphql'
import { builder } from '../builder.js'
import './scalars.js'
import './error.js'
import './connection.js'
import './organization.js'
import './create-organization.js'
import './document-symbol.js'
import './directive.js'
import './citation.js'
import './create-directive.js'
import './link-directives.js'
import './deadline.js'
import './progress-report.js'
import './task.js'
import './scorecard.js'
import './report.js'
import './assessment.js'
import './record-assessment.js'
import './update-organization.js'
import './dissolve-organization.js'
import './organization-tree.js'
import './organization-membership.js'
import './create-task.js'
import './update-task.js'
import './cascade-task.js'
import './report-progress.js'
import './correct-progress-report.js'
import './task-lifecycle.js'
import './import-bundle.js'

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

/** The executable GraphQL schema, types sorted by name so the printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema())
