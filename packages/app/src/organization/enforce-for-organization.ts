import type { Caller } from '../caller.js'
import type { Decision } from '../policy/decision.js'
import type { OrganizationTree } from '../policy/organization-tree.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { UseCaseContext } from '../use-case/use-case.js'
import { enforce } from '../use-case/use-case.js'
import { organizationTreeOf } from './organization-tree-of.js'

/**
 * A rule of the policy that decides by one organisation's place in the tree: whether the caller
 * may act for (or about) the organisation `organizationCode` — its channels, its preferences, a
 * delivery to it, a judgement it made, a report it filed.
 */
export type OrganizationRule = (
  caller: Caller,
  organizationCode: string,
  tree: OrganizationTree,
) => Promise<Decision>

/**
 * What a write about one organisation reads: the organisation by id (whose record it is), and
 * by code and by its ancestors (the tree the policy asks, {@link organizationTreeOf}).
 */
export interface OrganizationRulePorts {
  readonly organizations: Pick<OrganizationReader, 'findById' | 'findByCode' | 'ancestorsOf'>
}

/**
 * Goes on when `rule` allows the caller to act for the organisation `organizationCode`, asked
 * of the tree as the caller sees it; otherwise ends the running use case with the refusal.
 *
 * @example
 * ```ts
 * await enforceForOrganization(context, mayManageUrgingChannels, organization.code)
 * ```
 */
export async function enforceForOrganization(
  context: UseCaseContext<{
    readonly organizations: Pick<OrganizationReader, 'findByCode' | 'ancestorsOf'>
  }>,
  rule: OrganizationRule,
  organizationCode: string,
): Promise<void> {
  await enforceInTree(context, rule, organizationCode)
}

/**
 * Goes on when `rule` allows the caller to act on `subject` (the facts of a document, of a
 * task as it is and as it will be), asked of the organisation tree as the caller sees it;
 * otherwise ends the running use case with the refusal.
 *
 * @example
 * ```ts
 * await enforceInTree(context, mayManageTask, [before, after])
 * ```
 */
export async function enforceInTree<Subject>(
  context: UseCaseContext<{
    readonly organizations: Pick<OrganizationReader, 'findByCode' | 'ancestorsOf'>
  }>,
  rule: (caller: Caller, subject: Subject, tree: OrganizationTree) => Promise<Decision>,
  subject: Subject,
): Promise<void> {
  enforce(await rule(context.caller, subject, organizationTreeOf(context.ports.organizations)))
}
