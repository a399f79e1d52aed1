import { mayManageTask, type TaskPatch } from '@chidao/app'
import { type OrganizationId, parseDeadline, type RecurrenceCadence } from '@chidao/domain'
import { enforce, organizationTree, scopeFor, taskFacts } from '../../auth/policy-gate.js'
import { typedRefusal } from '../../auth/typed-refusal.js'
import { builder } from '../../builder.js'
import { unwrap } from '../support/error.js'
import { TaskPayload } from './create-task.js'
import { changeContext, WRITE_ERRORS } from './mutation-support.js'
import { requireVisibleTask, storedTaskFacts, TASK_INPUT_PATHS } from './task-access.js'
import { ReportingDutyInput, requireLocalId } from './task-input.js'

const UpdateTaskInput = builder.inputType('UpdateTaskInput', {
  description:
    'Only the fields given change. `version` is the one you read: a stale one is refused.',
  fields: (t) => ({
    id: t.id(),
    version: t.int({
      description: 'The version read; the update fails with CONFLICT if it moved on.',
    }),
    title: t.string({ required: false }),
    description: t.string({ required: false }),
    deadline: t.string({ required: false, description: 'As written; an empty string removes it.' }),
    leadId: t.id({ required: false }),
    coordinatorIds: t.idList({ required: false }),
    monitorId: t.id({ required: false }),
    reportingDuty: t.field({ type: ReportingDutyInput, required: false }),
  }),
})

builder.mutationFields((t) => ({
  updateTask: t.field({
    description:
      'Changes a task. Carries the version it read: if someone changed the task since, it fails ' +
      'with ConflictError (code CONFLICT) and changes nothing.',
    type: TaskPayload,
    authScopes: scopeFor('task.manage'),
    unauthorizedResolver: typedRefusal,
    errors: { types: [...WRITE_ERRORS], directResult: true, union: { name: 'UpdateTaskResult' } },
    args: { input: t.arg({ type: UpdateTaskInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const current = await requireVisibleTask(context, input.id, ['id'])
      const id = current.id
      const before = await storedTaskFacts(context, current)
      const patch: { -readonly [K in keyof TaskPatch]: TaskPatch[K] } = {}
      if (input.title != null) patch.title = input.title
      if (input.description != null) patch.description = input.description
      if (input.deadline != null) {
        if (input.deadline.trim() === '') patch.deadline = null
        else {
          const directive = await context.tenant.directives.findById(current.directiveId)
          patch.deadline = unwrap(
            parseDeadline(
              input.deadline,
              directive ? { year: Number(directive.issuedOn.slice(0, 4)) } : {},
            ),
            ['input', 'deadline'],
          )
        }
      }
      if (input.leadId != null) {
        patch.leadId = requireLocalId(input.leadId, 'Organization', [
          'input',
          'leadId',
        ]) as OrganizationId
      }
      if (input.coordinatorIds != null) {
        patch.coordinatorIds = input.coordinatorIds.map(
          (c, i) =>
            requireLocalId(c, 'Organization', [
              'input',
              'coordinatorIds',
              String(i),
            ]) as OrganizationId,
        )
      }
      if (input.monitorId != null) {
        patch.monitorId = requireLocalId(input.monitorId, 'Organization', [
          'input',
          'monitorId',
        ]) as OrganizationId
      }
      if (input.reportingDuty != null) {
        patch.reportingDuty = {
          cadence: input.reportingDuty.cadence as RecurrenceCadence,
          recipientId: requireLocalId(input.reportingDuty.recipientId, 'Organization', [
            'input',
            'reportingDuty',
            'recipientId',
          ]) as OrganizationId,
        }
      }
      // The caller must manage the task as it is and as it will be.
      const after = await taskFacts(
        context,
        before.directive,
        { ...current, ...patch },
        TASK_INPUT_PATHS,
      )
      enforce(await mayManageTask(context.viewer, [before, after], organizationTree(context)))
      const updated = unwrap(
        await context.tenant.tasks.update(id, patch, input.version, changeContext(context)),
      )
      return { task: updated }
    },
  }),
}))
