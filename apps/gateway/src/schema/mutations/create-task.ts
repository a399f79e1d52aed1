import { createTask } from '@chidao/app'
import type { DomainWarning, Task } from '@chidao/domain'
import { builder } from '../../builder.js'
import { optionalLocalId, requireLocalId, requireLocalIds } from '../support/input-id.js'
import { useCaseContext } from '../support/use-case-call.js'
import { shownWarnings, WarningRef } from '../support/warning.js'
import { writeMutation } from '../support/write-mutation.js'
import { TaskNode } from '../types/task.js'
import { ReportingDutyInput, reportingDutyOf } from './task-input.js'

export const TaskPayload = builder
  .objectRef<{ task: Task; warnings?: readonly DomainWarning[] }>('TaskPayload')
  .implement({
    description: 'The task as it stands after the change.',
    fields: (t) => ({
      task: t.field({ type: TaskNode, resolve: (p) => ({ ...p.task }) }),
      warnings: t.field({
        type: [WarningRef],
        description:
          'What the caller should know about how the input was read: a deadline kept as ' +
          'written (not understood) or conditional. Empty when there is nothing to say.',
        resolve: (p) => shownWarnings(p.warnings),
      }),
    }),
  })

writeMutation('createTask', {
  description:
    'Assigns a task: EDITOR when its subtree issued the document, or holds every organisation ' +
    'the task names; ADMIN. The deadline is parsed ' +
    'from its text; the text is kept.',
  action: 'task.manage',
  input: {
    fields: (t) => ({
      directiveId: t.id({ description: 'The document that assigns the task.' }),
      reference: t.string({
        required: false,
        description: 'Its place in the document, e.g. III.2.b.',
      }),
      title: t.string({ description: 'What is to be done, as the document words it.' }),
      description: t.string({ required: false, description: 'More detail; default empty.' }),
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
      reportingDuty: t.field({
        type: ReportingDutyInput,
        required: false,
        description: 'The duty to report periodically, and to whom; default none.',
      }),
      parentId: t.id({ required: false, description: 'The task this one is cascaded from.' }),
    }),
  },
  run: (input, context) =>
    createTask(useCaseContext(context), {
      directiveId: requireLocalId(input.directiveId, 'Directive', ['input', 'directiveId']),
      reference: input.reference ?? null,
      title: input.title,
      description: input.description ?? null,
      leadId: requireLocalId(input.leadId, 'Organization', ['input', 'leadId']),
      coordinatorIds: requireLocalIds(input.coordinatorIds ?? [], 'Organization', [
        'input',
        'coordinatorIds',
      ]),
      monitorId: optionalLocalId(input.monitorId, 'Organization', ['input', 'monitorId']),
      deadline: input.deadline ?? null,
      reportingDuty: reportingDutyOf(input.reportingDuty),
      parentId: optionalLocalId(input.parentId, 'Task', ['input', 'parentId']),
    }),
  payload: TaskPayload,
})
