import { createTask } from '@chidao/app'
import type { DirectiveId, OrganizationId, RecurrenceCadence, Task, TaskId } from '@chidao/domain'
import { builder } from '../../builder.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { TaskNode } from '../types/task.js'
import { ReportingDutyInput, requireLocalId } from './task-input.js'

const CreateTaskInput = builder.inputType('CreateTaskInput', {
  fields: (t) => ({
    directiveId: t.id({ description: 'The document that assigns the task.' }),
    reference: t.string({
      required: false,
      description: 'Its place in the document, e.g. III.2.b.',
    }),
    title: t.string(),
    description: t.string({ required: false }),
    leadId: t.id({ description: 'The lead organisation (chủ trì).' }),
    coordinatorIds: t.idList({
      required: false,
      description: 'Coordinators (phối hợp), in order.',
    }),
    monitorId: t.id({ required: false, description: 'Monitors and urges (theo dõi, đôn đốc).' }),
    deadline: t.string({
      required: false,
      description:
        'As written: "chậm nhất ngày 14/5/2021", "Quý III/2027", "hằng năm từ năm 2022", "Thường xuyên". A missing year is taken from the document\'s.',
    }),
    reportingDuty: t.field({ type: ReportingDutyInput, required: false }),
    parentId: t.id({ required: false, description: 'The task this one is cascaded from.' }),
  }),
})

export const TaskPayload = builder.objectRef<{ task: Task }>('TaskPayload').implement({
  description: 'The task as it stands after the change.',
  fields: (t) => ({ task: t.field({ type: TaskNode, resolve: (p) => ({ ...p.task }) }) }),
})

writeMutation('createTask', {
  description:
    'Assigns a task: EDITOR when its subtree issued the document, or holds every organisation ' +
    'the task names; ADMIN. The deadline is parsed ' +
    'from its text; the text is kept.',
  action: 'task.manage',
  input: CreateTaskInput,
  payload: TaskPayload,
  run: (input, context) =>
    createTask(useCaseContext(context), {
      directiveId: requireLocalId(input.directiveId, 'Directive', [
        'input',
        'directiveId',
      ]) as DirectiveId,
      reference: input.reference ?? null,
      title: input.title,
      description: input.description ?? null,
      leadId: requireLocalId(input.leadId, 'Organization', ['input', 'leadId']) as OrganizationId,
      coordinatorIds: (input.coordinatorIds ?? []).map(
        (id, i) =>
          requireLocalId(id, 'Organization', [
            'input',
            'coordinatorIds',
            String(i),
          ]) as OrganizationId,
      ),
      monitorId:
        input.monitorId == null
          ? null
          : (requireLocalId(input.monitorId, 'Organization', [
              'input',
              'monitorId',
            ]) as OrganizationId),
      deadline: input.deadline ?? null,
      reportingDuty: input.reportingDuty
        ? {
            cadence: input.reportingDuty.cadence as RecurrenceCadence,
            recipientId: requireLocalId(input.reportingDuty.recipientId, 'Organization', [
              'input',
              'reportingDuty',
              'recipientId',
            ]) as OrganizationId,
          }
        : null,
      parentId:
        input.parentId == null
          ? null
          : (requireLocalId(input.parentId, 'Task', ['input', 'parentId']) as TaskId),
    }),
})
