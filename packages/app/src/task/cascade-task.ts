import {
  type DirectiveId,
  domainError,
  levelRank,
  type NewTask,
  type Organization,
  type OrganizationId,
  type Task,
  type TaskId,
  validateNewTask,
} from '@chidao/domain'
import { directiveFactsOf } from '../directive/directive-facts.js'
import { organizationNotFound } from '../organization/organization-codes.js'
import { organizationTreeOf } from '../organization/organization-tree-of.js'
import { mayCascadeTask } from '../policy/policy.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, changeOf, defineUseCase, enforce, orAbort } from '../use-case/use-case.js'
import { TASK_WRITE_ERRORS } from './task-errors.js'
import { storedTaskFacts, visibleTask } from './task-facts.js'
import type { TaskWritePorts } from './task-write.js'

/** A task to carry down to lower-level organisations: one subtask for each. */
export interface CascadeTaskInput {
  readonly taskId: TaskId
  /** One subtask per organisation, which leads it. */
  readonly leadIds: readonly OrganizationId[]
  /** The lower-level document (a district or commune plan); default: the parent's. */
  readonly directiveId?: DirectiveId | null
  /** References of the subtasks: `<prefix>.1`, `<prefix>.2`… (default: the parent's). */
  readonly referencePrefix?: string | null
  /** Default: the parent's deadline, as written. */
  readonly deadline?: string | null
}

/** The parent task and the subtasks made, in the order of `leadIds`. */
export interface CascadeTaskOutput {
  readonly parent: Task
  readonly subtasks: readonly Task[]
}

/** The ports {@link cascadeTask} calls. */
export type CascadeTaskPorts = TaskWritePorts<'createMany'>

/**
 * Cascades a task to lower-level organisations (giao nhiệm vụ xuống cấp dưới): one subtask
 * each, led by it, monitored by the parent's lead, in the document that carries it down or by
 * default the parent's. All subtasks are written in one transaction, or none. Each lead must
 * sit at the parent's lead's level or below (`CASCADE_TO_HIGHER_LEVEL`), and the policy must
 * allow the caller to cascade (`task.cascade`).
 *
 * @example
 * ```ts
 * const result = await cascadeTask(context, { taskId, leadIds: [districtA, districtB] })
 * if (result.ok) result.value.subtasks.length // 2
 * ```
 */
export const cascadeTask = defineUseCase({
  name: 'cascadeTask',
  errors: [...TASK_WRITE_ERRORS, 'CASCADE_TO_HIGHER_LEVEL'],
  async run(
    context: UseCaseContext<CascadeTaskPorts>,
    input: CascadeTaskInput,
  ): Promise<CascadeTaskOutput> {
    const { ports, caller } = context
    const parent = await visibleTask(ports.tasks, input.taskId, ['taskId'])
    const parentFacts = await storedTaskFacts(ports, parent, ['taskId'])
    const directiveId = input.directiveId ?? parent.directiveId
    const directive = await directiveFactsOf(ports, directiveId, ['directiveId'])
    const leads = await ports.organizations.findByIds([parent.leadId, ...input.leadIds])
    const parentLead = leads[0] ?? null
    const leadCodes = leads.slice(1).map((lead, i) => cascadeLeadCode(lead, parentLead, i))
    enforce(
      await mayCascadeTask(
        caller,
        parentFacts,
        leadCodes.map((leadCode) => ({
          directive,
          leadCode,
          coordinatorCodes: [],
          monitorCode: parentFacts.leadCode,
          recipientCode: parent.reportingDuty ? parentFacts.leadCode : null,
        })),
        organizationTreeOf(ports.organizations),
      ),
    )
    const prefix = input.referencePrefix ?? parent.reference ?? 'CASCADE'
    const year = Number(directive.issuedOn.slice(0, 4))
    const subtasks: NewTask[] = input.leadIds.map((leadId, i) =>
      orAbort(
        validateNewTask(
          {
            directiveId,
            reference: `${prefix}.${i + 1}`,
            title: parent.title,
            description: parent.description,
            leadId,
            coordinatorIds: [],
            monitorId: parent.leadId,
            deadline: input.deadline ?? parent.deadline?.text ?? null,
            reportingDuty: parent.reportingDuty
              ? { cadence: parent.reportingDuty.cadence, recipientId: parent.leadId }
              : null,
            parentId: parent.id,
          },
          { year },
        ),
        ['leadIds', i],
      ),
    )
    const created = orAbort(await ports.tasks.createMany(subtasks, changeOf(context)), ['leadIds'])
    return { parent, subtasks: created }
  },
})

/** What {@link cascadeTask} may fail with. */
export const CASCADE_TASK_ERRORS = cascadeTask.errors

/** A code {@link cascadeTask} may fail with. */
export type CascadeTaskError = UseCaseErrorOf<typeof cascadeTask>

/**
 * The code of a subtask's lead: it must exist, and sit at the parent task's lead's level or
 * below (a task cascades down, not up).
 */
function cascadeLeadCode(
  lead: Organization | null,
  parentLead: Organization | null,
  i: number,
): string {
  if (!lead) abort(organizationNotFound(['leadIds', i]))
  if (parentLead && levelRank(lead.level) < levelRank(parentLead.level)) {
    abort(
      domainError(
        'CASCADE_TO_HIGHER_LEVEL',
        {
          en: `${lead.code} (${lead.level}) is above the parent task's lead ${parentLead.code} (${parentLead.level}): a task cascades down, not up`,
          vi: `${lead.code} (${lead.level}) ở cấp cao hơn cơ quan chủ trì ${parentLead.code} (${parentLead.level}): nhiệm vụ chỉ được giao xuống cấp dưới`,
        },
        ['leadIds', i],
        lead.code,
      ),
    )
  }
  return lead.code
}
