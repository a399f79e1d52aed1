/**
 * `@chidao/app`: what people do with chidao, and the one policy that decides who may.
 *
 * @packageDocumentation
 */

// Use cases, grouped by the domain's nouns (section: use cases)
export * from './organization/find-organization.js'
export * from './organization/list-organizations.js'
export * from './directive/find-directive.js'
export * from './directive/find-cited-directive.js'
export * from './directive/list-directives.js'
export * from './task/cascade-task.js'
export * from './task/list-tasks.js'
export * from './task/draw-up-task-workbook.js'
export * from './assessment/find-assessment.js'
export * from './assessment/list-assessments.js'
export * from './assessment/draw-up-scorecard.js'
// Batched reads for the API's loaders (one call per DataLoader batch)
export * from './task/load-tasks.js'
export * from './task/load-tasks-with-related.js'
export * from './task/load-progress-reports.js'
export * from './task/load-in-live-scope.js'
export * from './directive/load-directives.js'
export * from './organization/load-organizations.js'
export * from './assessment/load-assessments.js'
export * from './reporting/reporting-calendar.js'
export * from './report/draft-report.js'
export * from './organization/create-organization.js'
export * from './organization/update-organization.js'
export * from './organization/dissolve-organization.js'
export * from './directive/create-directive.js'
export * from './directive/link-directives.js'
export * from './directive/set-directive-reporting-rule.js'
export * from './assessment/record-assessment.js'
export * from './bundle/import-bundle.js'
export * from './bundle/export-bundle.js'
export * from './bundle/draft-bundle.js'
export * from './bundle/draft-bundle-from-file.js'
export * from './bundle/base64-content.js'
export * from './task/create-task.js'
export * from './task/update-task.js'
export * from './task/extend-task-deadline.js'
export * from './task/request-deadline-extension.js'
export * from './task/decline-deadline-extension.js'
export * from './task/reassign-task-lead.js'
export type {
  TaskTermsChanged,
  TaskTermsChangeInput,
  TaskTermsEvent,
  TaskTermsPorts,
} from './task/change-task-terms.js'
export type {
  TaskStep,
  TaskStepError,
  TaskStepInput,
  TaskStepOutput,
  TaskStepPorts,
} from './task/advance-task.js'
export * from './task/start-task.js'
export * from './task/pause-task.js'
export * from './task/resume-task.js'
export * from './task/complete-task.js'
export * from './task/cancel-task.js'
export * from './task/reopen-task.js'
export * from './task/progress-report-draft.js'
export * from './task/report-progress.js'
export * from './task/correct-progress-report.js'
export * from './urging/urging-rules.js'
export * from './urging/set-urging-rules.js'
export * from './urging/urging-preferences.js'
export * from './urging/set-urging-preferences.js'
export * from './urging/public-holidays.js'
export * from './urging/set-public-holidays.js'
export * from './urging/plan-urging-day.js'
export * from './urging/deliver-reminder-message.js'
export * from './urging/due-reminder-deliveries.js'
export * from './urging/reminder-retry.js'
export * from './urging/urging-channels.js'
export * from './urging/add-urging-channel.js'
export * from './urging/remove-urging-channel.js'
export * from './urging/reminders.js'
export * from './urging/mark-reminders-read.js'
export * from './urging/reminder-deliveries.js'
export * from './urging/resend-reminder-delivery.js'
export * from './urging/draft-urging-letter.js'

// How a use case is defined, what it is called with, and how it fails (section: use case)
export * from './use-case/define-use-case.js'
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
export * from './ports/reporting-calendar-reader.js'
export * from './ports/urging-store.js'
export * from './ports/urged-duty-reader.js'
export * from './ports/reminder-log.js'
export * from './ports/reminder-sender.js'
export * from './ports/bundle-store.js'
export * from './ports/read-session.js'
export * from './ports/bundle-reader.js'
export * from './ports/document-reader.js'

// Look-ups the use cases share: records answered as absent when hidden (section: look-ups)
export * from './organization/organization-codes.js'
export * from './organization/organization-tree-of.js'
export * from './organization/organization-errors.js'
export * from './directive/directive-facts.js'
export * from './directive/directive-errors.js'
export * from './task/task-facts.js'
export * from './task/task-errors.js'
export * from './task/as-of-day.js'
export * from './task/task-role-filter.js'
export * from './assessment/scorecard-errors.js'
export * from './assessment/scorecard-per-lead.js'
export * from './report/report-period.js'
export * from './report/report-scope.js'
export * from './report/report-letterhead.js'
export * from './assessment/assessment-errors.js'
export * from './urging/reminder-errors.js'
export * from './urging/urging-channel-address.js'
export * from './urging/urging-scope.js'
export * from './assessment/rating-from-score.js'
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
export * from './policy/policy.js'
