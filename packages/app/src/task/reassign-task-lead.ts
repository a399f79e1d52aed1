import {
  LEAD_REASSIGNMENT_ERROR_CODES,
  type LeadReassignedEvent,
  type OrganizationId,
  reassignLead,
  type TaskId,
} from '@chidao/domain'
import { enforceInTree } from '../organization/enforce-for-organization.js'
import { organizationNotFound } from '../organization/organization-codes.js'
import { mayManageTask } from '../policy/policy.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase } from '../use-case/use-case.js'
import type { TaskTermsChanged, TaskTermsChangeInput, TaskTermsPorts } from './change-task-terms.js'
import { changeTaskTerms } from './change-task-terms.js'
import { TASK_ACCESS_ERRORS } from './task-errors.js'
import { TASK_INPUT_PATHS, taskFactsOf, visibleTaskWithFacts } from './task-facts.js'

/** A reassignment of a task's lead organisation, made on the version read. */
export interface ReassignTaskLeadInput extends TaskTermsChangeInput {
  /** The task. */
  readonly id: TaskId
  /** The organisation that leads the task from `on`. */
  readonly leadId: OrganizationId
  /** Why: required, recorded in the history. */
  readonly reason: string
  /** The deciding document's symbol, if one is named. */
  readonly document?: string | null
}

/** The task with its new lead, and the event recorded. */
export type ReassignTaskLeadOutput = TaskTermsChanged<LeadReassignedEvent>

/** The ports {@link reassignTaskLead} calls. */
export type ReassignTaskLeadPorts = TaskTermsPorts

/**
 * Hands a task the caller sees to another lead organisation (giao lại đơn vị chủ trì). As for
 * {@link updateTask}, the policy must let the caller manage the task both as it is and as it
 * will be, with its new lead (`task.manage`), so that nobody hands a task out of their reach or
 * into another's. A task absent or hidden is `TASK_NOT_FOUND`; a new lead absent or hidden is
 * `ORGANIZATION_NOT_FOUND` at `['leadId']`. The domain's `reassignLead` decides the rest (an
 * open task, another lead that exists that day and does not coordinate the task, a reason).
 *
 * @example
 * ```ts
 * await reassignTaskLead(context, {
 *   id, version: 2, leadId: banTuyenGiaoDanVanId, reason: 'Hợp nhất hai ban', document: '45-QĐ/TU',
 * })
 * ```
 */
export const reassignTaskLead = defineUseCase({
  name: 'reassignTaskLead',
  errors: [...TASK_ACCESS_ERRORS, ...LEAD_REASSIGNMENT_ERROR_CODES, 'LEAD_NOT_FOUND'],
  async run(
    context: UseCaseContext<ReassignTaskLeadPorts>,
    input: ReassignTaskLeadInput,
  ): Promise<ReassignTaskLeadOutput> {
    const { ports } = context
    const { task, facts: before } = await visibleTaskWithFacts(ports, input.id, ['id'])
    const [lead] = await ports.organizations.findByIds([input.leadId])
    if (!lead) abort(organizationNotFound(['leadId'], String(input.leadId)))
    const after = await taskFactsOf(
      ports.organizations,
      before.directive,
      { ...task, leadId: lead.id },
      TASK_INPUT_PATHS,
    )
    await enforceInTree(context, mayManageTask, [before, after])
    const { reason, document } = input
    return changeTaskTerms(context, task, input, (current, on) =>
      reassignLead(current, lead, { reason, document: document ?? null, on }),
    )
  },
})

/** What {@link reassignTaskLead} may fail with. */
export const REASSIGN_TASK_LEAD_ERRORS = reassignTaskLead.errors

/** A code {@link reassignTaskLead} may fail with. */
export type ReassignTaskLeadError = UseCaseErrorOf<typeof reassignTaskLead>
