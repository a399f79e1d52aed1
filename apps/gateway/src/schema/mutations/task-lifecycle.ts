import {
  type Action,
  cancelTask,
  completeTask,
  pauseTask,
  reopenTask,
  resumeTask,
  startTask,
  type TaskStepInput,
  type TaskStepOutput,
  type TaskStepPorts,
  type UseCaseContext,
  type UseCaseResult,
} from '@chidao/app'
import { requireLocalId } from '../support/input-id.js'
import { versionedRecordFields } from '../support/record-version.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { TaskPayload } from './create-task.js'

/**
 * One mutation per lifecycle step, each calling its use case. Each carries the version it read
 * and the day the change took effect; the domain's state machine decides whether the change is
 * allowed (TASK_ALREADY_COMPLETED, TASK_CANCELLED, INVALID_TRANSITION…).
 */
const TRANSITIONS: readonly {
  readonly field: string
  /** The use case; every step takes the same input and ports. */
  readonly step: (
    context: UseCaseContext<TaskStepPorts>,
    input: TaskStepInput,
  ) => Promise<UseCaseResult<TaskStepOutput, string>>
  readonly reasonRequired: boolean
  /** The lead starts and completes its task (task.advance); the rest is management (task.manage). */
  readonly action: Action
  readonly description: string
}[] = [
  {
    field: 'startTask',
    step: startTask,
    reasonRequired: false,
    action: 'task.advance',
    description: 'Marks work on the task as begun.',
  },
  {
    field: 'pauseTask',
    step: pauseTask,
    reasonRequired: false,
    action: 'task.manage',
    description: 'Suspends the task.',
  },
  {
    field: 'resumeTask',
    step: resumeTask,
    reasonRequired: false,
    action: 'task.manage',
    description: 'Resumes a paused task.',
  },
  {
    field: 'completeTask',
    step: completeTask,
    reasonRequired: false,
    action: 'task.advance',
    description:
      'Records the task as completed on the given day (its timeliness follows from the deadline).',
  },
  {
    field: 'cancelTask',
    step: cancelTask,
    reasonRequired: true,
    action: 'task.manage',
    description:
      'Cancels the task; a reason is required. Cancelled tasks are not counted in rates.',
  },
  {
    field: 'reopenTask',
    step: reopenTask,
    reasonRequired: true,
    action: 'task.manage',
    description: 'Reopens a completed or cancelled task; a reason is required and recorded.',
  },
]

for (const transition of TRANSITIONS) {
  writeMutation(transition.field, {
    description: transition.description,
    action: transition.action,
    input: {
      fields: (t) => ({
        ...versionedRecordFields(t),
        on: t.field({
          type: 'Date',
          required: false,
          description: 'The day it took effect; default today.',
        }),
        reason: t.string({
          required: transition.reasonRequired,
          description: transition.reasonRequired
            ? 'Why (required), recorded in the history.'
            : 'Why, recorded in the history (optional).',
        }),
      }),
    },
    run: (input, context) =>
      transition.step(useCaseContext(context), {
        id: requireLocalId(input.id, 'Task', ['input', 'id']),
        version: input.version,
        on: input.on ?? null,
        reason: input.reason ?? null,
      }),
    payload: TaskPayload,
  })
}
