import { cascadeTask } from '@chidao/app'
import { optionalLocalId, requireLocalId, requireLocalIds } from '../support/input-id.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { TaskNode } from '../types/task.js'

writeMutation('cascadeTask', {
  description:
    'Creates one subtask per lower-level organisation, all in one transaction (all or none). ' +
    "The lead of each must sit at the same or a lower level than the parent task's lead.",
  action: 'task.cascade',
  input: {
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
  },
  run: (input, context) =>
    cascadeTask(useCaseContext(context), {
      taskId: requireLocalId(input.taskId, 'Task', ['input', 'taskId']),
      leadIds: requireLocalIds(input.leadIds, 'Organization', ['input', 'leadIds']),
      directiveId: optionalLocalId(input.directiveId, 'Directive', ['input', 'directiveId']),
      referencePrefix: input.referencePrefix ?? null,
      deadline: input.deadline ?? null,
    }),
  payload: {
    fields: (t) => ({
      parent: t.field({ type: TaskNode, resolve: (p) => ({ ...p.parent }) }),
      subtasks: t.field({ type: [TaskNode], resolve: (p) => p.subtasks.map((s) => ({ ...s })) }),
    }),
  },
})
