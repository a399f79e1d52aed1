import {
  domainError,
  levelRank,
  type NewTask,
  type OrganizationId,
  type Task,
  type TaskId,
  validateNewTask,
} from '@chidao/domain'
import { typedRefusal } from '../auth/typed-refusal.js'
import { builder } from '../builder.js'
import { NotFoundFailure, unwrap, ValidationFailure } from './error.js'
import { changeContext, WRITE_ERRORS } from './mutation-support.js'
import { TaskNode } from './task.js'
import { requireTaskManager } from './task-access.js'
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

builder.mutationFields((t) => ({
  cascadeTask: t.field({
    description:
      'Creates one subtask per lower-level organisation, all in one transaction (all or none). ' +
      "The lead of each must sit at the same or a lower level than the parent task's lead.",
    type: CascadeTaskPayload,
    authScopes: { editor: true },
    unauthorizedResolver: typedRefusal,
    errors: { types: [...WRITE_ERRORS], directResult: true, union: { name: 'CascadeTaskResult' } },
    args: { input: t.arg({ type: CascadeTaskInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const parentId = requireLocalId(input.taskId, 'Task', ['input', 'taskId']) as TaskId
      const parent = await context.tenant.tasks.findById(parentId)
      if (!parent) {
        throw new NotFoundFailure(
          domainError('TASK_NOT_FOUND', { en: 'No such task', vi: 'Không tìm thấy nhiệm vụ' }, [
            'taskId',
          ]),
        )
      }
      const directiveId =
        input.directiveId == null
          ? parent.directiveId
          : requireLocalId(input.directiveId, 'Directive', ['input', 'directiveId'])
      const directive = await context.tenant.directives.findById(directiveId as never)
      const prefix = input.referencePrefix ?? parent.reference ?? 'CASCADE'
      const leadIds = input.leadIds.map(
        (id, i) =>
          requireLocalId(id, 'Organization', ['input', 'leadIds', String(i)]) as OrganizationId,
      )
      await requireTaskManager(context, [parent.leadId])
      const [parentLead, ...leads] = await context.tenant.organizations.findByIds([
        parent.leadId,
        ...leadIds,
      ])
      for (const [i, lead] of leads.entries()) {
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
      }
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
              parentId,
            },
            directive ? { year: Number(directive.issuedOn.slice(0, 4)) } : {},
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
