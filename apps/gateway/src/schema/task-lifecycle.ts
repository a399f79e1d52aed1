import { domainError, type TaskEventType, type TaskId } from '@chidao/domain'
import { typedRefusal } from '../auth/typed-refusal.js'
import { builder } from '../builder.js'
import { TaskPayload } from './create-task.js'
import { NotFoundFailure, unwrap } from './error.js'
import { changeContext, WRITE_ERRORS } from './mutation-support.js'
import { requireProgressWriter, requireTaskManager } from './task-access.js'
import { requireLocalId } from './task-input.js'

/**
 * One mutation per lifecycle transition. Each carries the version it read and the day the
 * change took effect; the domain's state machine decides whether the change is allowed
 * (TASK_ALREADY_COMPLETED, TASK_CANCELLED, INVALID_TRANSITION…).
 */
const TRANSITIONS: readonly {
  readonly field: string
  readonly type: TaskEventType
  readonly reasonRequired: boolean
  /** Reporters may start and complete their own tasks; the rest is management. */
  readonly byReporter: boolean
  readonly description: string
}[] = [
  {
    field: 'startTask',
    type: 'STARTED',
    reasonRequired: false,
    byReporter: true,
    description: 'Marks work on the task as begun.',
  },
  {
    field: 'pauseTask',
    type: 'PAUSED',
    reasonRequired: false,
    byReporter: false,
    description: 'Suspends the task.',
  },
  {
    field: 'resumeTask',
    type: 'RESUMED',
    reasonRequired: false,
    byReporter: false,
    description: 'Resumes a paused task.',
  },
  {
    field: 'completeTask',
    type: 'COMPLETED',
    reasonRequired: false,
    byReporter: true,
    description:
      'Records the task as completed on the given day (its timeliness follows from the deadline).',
  },
  {
    field: 'cancelTask',
    type: 'CANCELLED',
    reasonRequired: true,
    byReporter: false,
    description:
      'Cancels the task; a reason is required. Cancelled tasks are not counted in rates.',
  },
  {
    field: 'reopenTask',
    type: 'REOPENED',
    reasonRequired: true,
    byReporter: false,
    description: 'Reopens a completed or cancelled task; a reason is required and recorded.',
  },
]

for (const transition of TRANSITIONS) {
  const inputName = `${transition.field[0]!.toUpperCase()}${transition.field.slice(1)}Input`
  const Input = builder.inputType(inputName, {
    fields: (t) => ({
      id: t.id(),
      version: t.int({ description: 'The version read; a stale one fails with CONFLICT.' }),
      on: t.field({
        type: 'Date',
        required: false,
        description: 'The day it took effect; default today.',
      }),
      reason: t.string({ required: transition.reasonRequired }),
    }),
  })
  builder.mutationField(transition.field, (t) =>
    t.field({
      description: transition.description,
      type: TaskPayload,
      authScopes: transition.byReporter ? { reporter: true } : { editor: true },
      unauthorizedResolver: typedRefusal,
      errors: {
        types: [...WRITE_ERRORS],
        directResult: true,
        union: { name: `${inputName.slice(0, -'Input'.length)}Result` },
      },
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: async (_root, { input }, context) => {
        const id = requireLocalId(input.id, 'Task', ['input', 'id']) as TaskId
        const task = await context.tenant.tasks.findById(id)
        if (!task) {
          throw new NotFoundFailure(
            domainError('TASK_NOT_FOUND', { en: 'No such task', vi: 'Không tìm thấy nhiệm vụ' }, [
              'id',
            ]),
          )
        }
        if (transition.byReporter) await requireProgressWriter(context, task)
        else await requireTaskManager(context, [task.leadId])
        const result = await context.tenant.tasks.transition(
          id,
          {
            type: transition.type,
            on: input.on ?? context.clock.today(),
            reason: input.reason ?? null,
          },
          input.version,
          changeContext(context),
        )
        return { task: unwrap(result).task }
      },
    }),
  )
}
