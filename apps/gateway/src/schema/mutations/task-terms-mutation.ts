import type {
  Action,
  TaskTermsChanged,
  TaskTermsChangeInput,
  TaskTermsEvent,
  UseCaseContext,
  UseCaseResult,
} from '@chidao/app'
import type { TaskId } from '@chidao/domain'
import type { InputFieldBuilder, InputFieldMap, InputShapeFromFields } from '@pothos/core'
import type { GatewayTypes } from '../../builder.js'
import { requireLocalId } from '../support/input-id.js'
import { withInputNames } from '../support/input-names.js'
import { type GatewayPorts, useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { TaskPayload } from './create-task.js'

/** What every change of a task's terms tells its use case: the task, the version read, the day. */
export interface TaskTermsOf extends TaskTermsChangeInput {
  readonly id: TaskId
}

/** The fields every change of a task's terms shares, as the input carries them. */
interface TaskTermsFields {
  readonly taskId: string
  readonly on?: string | null
  readonly expectedVersion: number
}

/** Where the use case names a shared field otherwise than the input. */
const INPUT_NAMES = { id: 'taskId', version: 'expectedVersion' }

/** What a change of a task's terms says of its own; {@link taskTermsMutation} adds the rest. */
export interface TaskTermsMutation<Fields extends InputFieldMap> {
  readonly description: string
  /** The action of the policy it asks the least role of; default `task.manage`. */
  readonly action?: Action
  /** Its own fields of the input, placed between `taskId` and `on`. */
  readonly fields: (t: InputFieldBuilder<GatewayTypes, 'InputObject'>) => Fields
  /** What the day `on` is, for its description ("The day the new lead takes over"). */
  readonly on: string
  /** Where its use case names one of its own fields otherwise than the input. */
  readonly inputNames?: Readonly<Record<string, string>>
  /** Calls the use case with the shared terms, read from the input, and its own fields. */
  readonly run: (
    context: UseCaseContext<GatewayPorts>,
    terms: TaskTermsOf,
    input: InputShapeFromFields<Fields>,
  ) => Promise<UseCaseResult<TaskTermsChanged<TaskTermsEvent>, string>>
}

/**
 * Defines a mutation that changes a task's terms on the authority of a decision (a deadline
 * extended, a lead reassigned), or records a request for an extension or its refusal: whoever
 * may update the task may make it (`task.manage`, unless it names another action); its
 * input names the task (`taskId`), its own fields, the day the change takes effect (`on`) and
 * the version read (`expectedVersion`); it answers the task as it stands (`TaskPayload`), and
 * names the input's fields in the paths of its errors.
 *
 * @example
 * ```ts
 * taskTermsMutation('extendTaskDeadline', {
 *   description: 'Extends the deadline of a task …',
 *   fields: (t) => ({ deadline: t.string(), document: t.string(), reason: t.string() }),
 *   on: 'The day the extension takes effect',
 *   run: (context, terms, input) => extendTaskDeadline(context, { ...terms, ...input }),
 * })
 * ```
 */
export function taskTermsMutation<Fields extends InputFieldMap>(
  name: string,
  mutation: TaskTermsMutation<Fields>,
): void {
  const inputNames = { ...INPUT_NAMES, ...mutation.inputNames }
  writeMutation(name, {
    description: mutation.description,
    action: mutation.action ?? 'task.manage',
    input: {
      fields: (t) => ({
        taskId: t.id({ description: 'The task, by its global ID.' }),
        ...mutation.fields(t),
        on: t.field({
          type: 'Date',
          required: false,
          description: `${mutation.on}; default today.`,
        }),
        expectedVersion: t.int({
          description: 'The version read; a stale one fails with CONFLICT and changes nothing.',
        }),
      }),
    },
    run: async (input, context) => {
      // Pothos resolves the shape of concrete fields only: the shared ones are read as declared.
      const shared = input as unknown as TaskTermsFields
      const terms: TaskTermsOf = {
        id: requireLocalId(shared.taskId, 'Task', ['input', 'taskId']),
        version: shared.expectedVersion,
        on: shared.on ?? null,
      }
      const own = input as unknown as InputShapeFromFields<Fields>
      return withInputNames(await mutation.run(useCaseContext(context), terms, own), inputNames)
    },
    payload: TaskPayload,
  })
}
