import { updateTask } from '@chidao/app'
import { optionalLocalId, requireLocalId, requireLocalIds } from '../support/input-id.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { TaskPayload } from './create-task.js'
import { ReportingDutyInput, reportingDutyOf } from './task-input.js'

writeMutation('updateTask', {
  description:
    'Changes a task. Carries the version it read: if someone changed the task since, it fails ' +
    'with ConflictError (code CONFLICT) and changes nothing.',
  action: 'task.manage',
  input: {
    description:
      'Only the fields given change. `version` is the one you read: a stale one is refused.',
    fields: (t) => ({
      id: t.id({ description: 'The global ID of the task.' }),
      version: t.int({
        description: 'The version read; the update fails with CONFLICT if it moved on.',
      }),
      title: t.string({ required: false, description: 'The new title.' }),
      description: t.string({ required: false, description: 'The new description.' }),
      deadline: t.string({
        required: false,
        description: 'As written; an empty string removes it.',
      }),
      leadId: t.id({ required: false, description: 'The new lead organisation (chủ trì).' }),
      coordinatorIds: t.idList({
        required: false,
        description: 'The new coordinators (phối hợp), in order; replaces the list.',
      }),
      monitorId: t.id({
        required: false,
        description: 'The new monitoring organisation (theo dõi, đôn đốc).',
      }),
      reportingDuty: t.field({
        type: ReportingDutyInput,
        required: false,
        description: 'The new reporting duty.',
      }),
    }),
  },
  run: (input, context) =>
    updateTask(useCaseContext(context), {
      id: requireLocalId(input.id, 'Task', ['input', 'id']),
      version: input.version,
      title: input.title ?? null,
      description: input.description ?? null,
      deadline: input.deadline ?? null,
      leadId: optionalLocalId(input.leadId, 'Organization', ['input', 'leadId']),
      coordinatorIds:
        input.coordinatorIds == null
          ? null
          : requireLocalIds(input.coordinatorIds, 'Organization', ['input', 'coordinatorIds']),
      monitorId: optionalLocalId(input.monitorId, 'Organization', ['input', 'monitorId']),
      reportingDuty: reportingDutyOf(input.reportingDuty),
    }),
  payload: TaskPayload,
})
