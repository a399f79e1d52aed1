/**
 * `@chidao/app`: what people do with chidao, and the one policy that decides who may.
 *
 * @packageDocumentation
 */
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
