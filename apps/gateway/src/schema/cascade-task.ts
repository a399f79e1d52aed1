import { mayCascadeTask } from '@chidao/app'
import {
  domainError,
  levelRank,
  type NewTask,
  type Organization,
  type OrganizationId,
  type Task,
  validateNewTask,
} from '@chidao/domain'
import { enforce, organizationTree, scopeFor } from '../auth/policy-gate.js'
import { typedRefusal } from '../auth/typed-refusal.js'
import { builder } from '../builder.js'
import { NotFoundFailure, unwrap, ValidationFailure } from './error.js'
import { changeContext, WRITE_ERRORS } from './mutation-support.js'
import { TaskNode } from './task.js'
import {
  directiveFactsOf,
  directiveNotFound,
  requireVisibleTask,
  storedTaskFacts,
} from './task-access.js'
import { requireLocalId } from './task-input.js'

const CascadeTaskInput = builder.inputType('CascadeTaskInput', {
  description:
    'Cascades a task to lower-level organisations: one subtask each, in the document that ' +
    'carries it down (a district or commune plan) or, by default, in the same document.',
  fields: (t) => ({
    taskId: t.id({ description: 'The task to cascade.' }),
    leadIds: t.idList({ description: 'One subtask per organisation, which leads it.' }),
    directiveId: t.id({
      required: false,
      description: 'The lower-level document (e.g. a commune plan); default: the same document.',
    }),
    referencePrefix: t.string({
      required: false,
      description: "References of the subtasks: <prefix>.1, <prefix>.2… (default: the parent's).",
    }),
    deadline: t.string({ required: false, description: "Default: the parent's deadline." }),
  }),
})

const CascadeTaskPayload = builder
  .objectRef<{ parent: Task; subtasks: readonly Task[] }>('CascadeTaskPayload')
  .implement({
    fields: (t) => ({
      parent: t.field({ type: TaskNode, resolve: (p) => ({ ...p.parent }) }),
      subtasks: t.field({ type: [TaskNode], resolve: (p) => p.subtasks.map((s) => ({ ...s })) }),
    }),
  })

/**
 * The code of a subtask's lead: it must exist, and sit at the parent task's lead's level or
 * below (a task cascades down, not up).
 */
function requireCascadeLead(
  lead: Organization | null,
  parentLead: Organization | null,
  i: number,
): string {
  if (!lead) {
    throw new NotFoundFailure(
      domainError(
        'ORGANIZATION_NOT_FOUND',
        { en: 'No such organisation', vi: 'Không tìm thấy tổ chức' },
        ['leadIds', i],
      ),
    )
  }
  if (parentLead && levelRank(lead.level) < levelRank(parentLead.level)) {
    throw new ValidationFailure(
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

builder.mutationFields((t) => ({
  cascadeTask: t.field({
    description:
      'Creates one subtask per lower-level organisation, all in one transaction (all or none). ' +
      "The lead of each must sit at the same or a lower level than the parent task's lead.",
    type: CascadeTaskPayload,
    authScopes: scopeFor('task.cascade'),
    unauthorizedResolver: typedRefusal,
    errors: { types: [...WRITE_ERRORS], directResult: true, union: { name: 'CascadeTaskResult' } },
    args: { input: t.arg({ type: CascadeTaskInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const parent = await requireVisibleTask(context, input.taskId, ['taskId'])
      const parentFacts = await storedTaskFacts(context, parent)
      const directiveId =
        input.directiveId == null
          ? parent.directiveId
          : requireLocalId(input.directiveId, 'Directive', ['input', 'directiveId'])
      const directive = await directiveFactsOf(context, directiveId)
      if (!directive) throw directiveNotFound(['directiveId'])
      const prefix = input.referencePrefix ?? parent.reference ?? 'CASCADE'
      const leadIds = input.leadIds.map(
        (id, i) =>
          requireLocalId(id, 'Organization', ['input', 'leadIds', String(i)]) as OrganizationId,
      )
      const leads = await context.tenant.organizations.findByIds([parent.leadId, ...leadIds])
      const parentLead = leads[0] ?? null
      const leadCodes = leads.slice(1).map((lead, i) => requireCascadeLead(lead, parentLead, i))
      const tree = organizationTree(context)
      enforce(
        await mayCascadeTask(
          context.viewer,
          parentFacts,
          leadCodes.map((leadCode) => ({
            directive,
            leadCode,
            coordinatorCodes: [],
            monitorCode: parentFacts.leadCode,
            recipientCode: parent.reportingDuty ? parentFacts.leadCode : null,
          })),
          tree,
        ),
      )
      const subtasks: NewTask[] = leadIds.map((leadId, i) =>
        unwrap(
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
            { year: Number(directive.issuedOn.slice(0, 4)) },
          ),
          ['input', 'leadIds', String(i)],
        ),
      )
      const created = unwrap(
        await context.tenant.tasks.createMany(subtasks, changeContext(context)),
        ['input', 'leadIds'],
      )
      return { parent, subtasks: created }
    },
  }),
}))
