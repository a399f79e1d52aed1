import type { IsoDate, Task, TaskId, TaskLifecycleEventType } from '@chidao/domain'
import { organizationTreeOf } from '../organization/organization-tree-of.js'
import { mayAdvanceTask, mayManageTask } from '../policy/policy.js'
import type { UseCase, UseCaseContext } from '../use-case/use-case.js'
import { changeOf, defineUseCase, enforce, orAbort } from '../use-case/use-case.js'
import { TASK_ACCESS_ERRORS } from './task-errors.js'
import { visibleTaskWithFacts } from './task-facts.js'
import type { TaskWritePorts } from './task-write.js'

/**
 * A step of a task's lifecycle (start, pause, resume, complete, cancel, reopen), made on the
 * version read.
 */
export interface TaskStepInput {
  /** The task. */
  readonly id: TaskId
  /** The version read: if someone changed the task since, nothing changes (`CONFLICT`). */
  readonly version: number
  /** The day the step took effect; default: today. */
  readonly on?: IsoDate | null
  /** Why: required to cancel or reopen (`REASON_REQUIRED`), recorded with the step. */
  readonly reason?: string | null
}

/** The task as it stands after the step. */
export interface TaskStepOutput {
  readonly task: Task
}

/**
 * What every lifecycle step may fail with besides the state machine's refusal of it: the task
 * absent or hidden, the caller refused, a stale version, a day that is no date or falls before
 * the task's last step.
 */
export const TASK_STEP_ERRORS = [
  ...TASK_ACCESS_ERRORS,
  'CONFLICT',
  'INVALID_DATE',
  'EVENT_BEFORE_PREVIOUS',
] as const

/** The ports every lifecycle step calls. */
export type TaskStepPorts = TaskWritePorts<'transition'>

/**
 * Who may take a step: the lead itself starts and completes its task (`task.advance`); the
 * other steps are management (`task.manage`).
 */
const ADVANCED_BY_LEAD: ReadonlySet<TaskLifecycleEventType> = new Set(['STARTED', 'COMPLETED'])

/**
 * Takes one lifecycle step, in the body of the use case named for it: loads the task the
 * caller sees, asks the policy, and has the store apply the domain's state machine on the
 * version read, which decides whether the step is allowed from where the task stands.
 */
export async function advanceTask(
  context: UseCaseContext<TaskStepPorts>,
  type: TaskLifecycleEventType,
  input: TaskStepInput,
): Promise<TaskStepOutput> {
  const { ports, caller } = context
  const { task, facts } = await visibleTaskWithFacts(ports, input.id, ['id'])
  const tree = organizationTreeOf(ports.organizations)
  enforce(
    ADVANCED_BY_LEAD.has(type)
      ? await mayAdvanceTask(caller, facts, tree)
      : await mayManageTask(caller, [facts], tree),
  )
  const result = await ports.tasks.transition(
    task.id,
    { type, on: input.on ?? context.clock.today(), reason: input.reason ?? null },
    input.version,
    changeOf(context),
  )
  return { task: orAbort(result).task }
}

/**
 * How the domain's state machine may refuse each step, where the task stands: the one table
 * of the lifecycle steps' own failures.
 */
const STEP_REFUSALS = {
  STARTED: ['TASK_ALREADY_COMPLETED', 'TASK_CANCELLED', 'INVALID_TRANSITION'],
  PAUSED: ['TASK_ALREADY_COMPLETED', 'TASK_CANCELLED', 'INVALID_TRANSITION'],
  RESUMED: ['TASK_ALREADY_COMPLETED', 'TASK_CANCELLED', 'INVALID_TRANSITION'],
  COMPLETED: ['TASK_ALREADY_COMPLETED', 'TASK_CANCELLED', 'INVALID_TRANSITION'],
  CANCELLED: ['TASK_ALREADY_COMPLETED', 'TASK_CANCELLED', 'REASON_REQUIRED'],
  REOPENED: ['INVALID_TRANSITION', 'REASON_REQUIRED'],
} as const satisfies Record<TaskLifecycleEventType, readonly string[]>

/** A step of the lifecycle, by the event it records. */
export type TaskStep = keyof typeof STEP_REFUSALS

/** A code the use case of a step may fail with: those of every step, and its own refusals. */
export type TaskStepError<Step extends TaskStep> =
  | (typeof TASK_STEP_ERRORS)[number]
  | (typeof STEP_REFUSALS)[Step][number]

/**
 * The use case of one lifecycle step, named `name` in its failures, which declares the codes of
 * every step and the state machine's refusals of this one.
 */
export function taskStep<Step extends TaskStep>(
  name: string,
  step: Step,
): UseCase<TaskStepPorts, TaskStepInput, TaskStepOutput, TaskStepError<Step>> {
  return defineUseCase({
    name,
    errors: [...TASK_STEP_ERRORS, ...STEP_REFUSALS[step]],
    run: (context: UseCaseContext<TaskStepPorts>, input: TaskStepInput) =>
      advanceTask(context, step, input),
  })
}
