/**
 * `@chidao/app`: what people do with chidao, and the one policy that decides who may.
 *
 * @packageDocumentation
 */

// Use cases, grouped by the domain's nouns (section: use cases)
export * from './task/cascade-task.js'
export * from './task/create-task.js'
export * from './task/update-task.js'
export * from './task/start-task.js'
export * from './task/pause-task.js'
export * from './task/resume-task.js'
export * from './task/complete-task.js'
export * from './task/cancel-task.js'
export * from './task/reopen-task.js'
export * from './task/progress-report-draft.js'
export * from './task/report-progress.js'
export * from './task/correct-progress-report.js'

// What every use case is called with, and how it fails (section: use case)
export * from './use-case/use-case-context.js'
export * from './use-case/use-case-error.js'

// The ports the use cases call, implemented by @chidao/db (section: ports)
export * from './ports/change-context.js'
export * from './ports/clock.js'
export * from './ports/tenant-store.js'
export * from './ports/organization-store.js'
export * from './ports/directive-store.js'
export * from './ports/task-store.js'
export * from './ports/assessment-store.js'
export * from './ports/read-session.js'

// Look-ups the use cases share: records answered as absent when hidden (section: look-ups)
export * from './organization/organization-codes.js'
export * from './organization/organization-tree-of.js'
export * from './directive/directive-facts.js'
export * from './task/task-facts.js'
export * from './task/task-errors.js'
export * from './task/progress-report-errors.js'

// Who calls, and the policy that decides what they may do (section: policy)
export {
  ANONYMOUS_CALLER,
  type Caller,
  hasRole,
  isRole,
  operatorCaller,
  ROLES,
  type Role,
} from './caller.js'
export {
  ALLOWED,
  type Decision,
  type Refusal,
  type RefusalCode,
  refused,
} from './policy/decision.js'
export { type DirectiveFacts, organizationsNamedBy, type TaskFacts } from './policy/facts.js'
export type { OrganizationTree } from './policy/organization-tree.js'
export {
  type Action,
  mayAdvanceTask,
  mayCascadeTask,
  mayCorrectProgressReport,
  mayCreateDirective,
  mayImportBundle,
  mayLinkDirectives,
  mayManageOrganizations,
  mayManageTask,
  mayMark,
  mayRecordAssessment,
  mayReportProgress,
  maySee,
  POLICY,
  type PolicyRule,
} from './policy/policy.js'
