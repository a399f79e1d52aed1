import { mayAdvanceTask, mayManageTask } from '@chidao/app'
import type { TaskEventType } from '@chidao/domain'
import { enforce, organizationTree, scopeFor } from '../../auth/policy-gate.js'
import { typedRefusal } from '../../auth/typed-refusal.js'
import { builder } from '../../builder.js'
import { unwrap } from '../support/error.js'
import { TaskPayload } from './create-task.js'
import { changeContext, WRITE_ERRORS } from './mutation-support.js'
import { requireVisibleTask, storedTaskFacts } from './task-access.js'

/**
 * One mutation per lifecycle transition. Each carries the version it read and the day the
 * change took effect; the domain's state machine decides whether the change is allowed
 * (TASK_ALREADY_COMPLETED, TASK_CANCELLED, INVALID_TRANSITION…).
 */
const TRANSITIONS: readonly {
  readonly field: string
  readonly type: TaskEventType
  readonly reasonRequired: boolean
  /** The lead starts and completes its task (task.advance); the rest is management (task.manage). */
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
      authScopes: scopeFor(transition.byReporter ? 'task.advance' : 'task.manage'),
      unauthorizedResolver: typedRefusal,
      errors: {
        types: [...WRITE_ERRORS],
        directResult: true,
        union: { name: `${inputName.slice(0, -'Input'.length)}Result` },
      },
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: async (_root, { input }, context) => {
        const task = await requireVisibleTask(context, input.id, ['id'])
        const facts = await storedTaskFacts(context, task)
        const tree = organizationTree(context)
        enforce(
          transition.byReporter
            ? await mayAdvanceTask(context.viewer, facts, tree)
            : await mayManageTask(context.viewer, [facts], tree),
        )
        const result = await context.tenant.tasks.transition(
          task.id,
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
