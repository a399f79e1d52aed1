import { updateTask } from '@chidao/app'
import type { OrganizationId, RecurrenceCadence, TaskId } from '@chidao/domain'
import { builder } from '../../builder.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { TaskPayload } from './create-task.js'
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

/** An organisation the input may name, by its global id: `null` when it names none. */
function organizationIdOf(globalId: unknown, path: readonly string[]): OrganizationId | null {
  if (globalId == null) return null
  return requireLocalId(globalId, 'Organization', ['input', ...path]) as OrganizationId
}

writeMutation('updateTask', {
  description:
    'Changes a task. Carries the version it read: if someone changed the task since, it fails ' +
    'with ConflictError (code CONFLICT) and changes nothing.',
  action: 'task.manage',
  input: UpdateTaskInput,
  payload: TaskPayload,
  run: (input, context) => {
    const id = requireLocalId(input.id, 'Task', ['input', 'id']) as TaskId
    const duty = input.reportingDuty
    return updateTask(useCaseContext(context), {
      id,
      version: input.version,
      title: input.title ?? null,
      description: input.description ?? null,
      deadline: input.deadline ?? null,
      leadId: organizationIdOf(input.leadId, ['leadId']),
      coordinatorIds:
        input.coordinatorIds?.map(
          (c, i) =>
            requireLocalId(c, 'Organization', [
              'input',
              'coordinatorIds',
              String(i),
            ]) as OrganizationId,
        ) ?? null,
      monitorId: organizationIdOf(input.monitorId, ['monitorId']),
      reportingDuty: duty
        ? {
            cadence: duty.cadence as RecurrenceCadence,
            recipientId: requireLocalId(duty.recipientId, 'Organization', [
              'input',
              'reportingDuty',
              'recipientId',
            ]) as OrganizationId,
          }
        : null,
    })
  },
})
