import type { UseCaseContext } from './use-case-context.js'
import { runUseCase, type UseCaseResult } from './use-case-error.js'

/**
 * A use case as {@link defineUseCase} makes it: called with its context and its input, it
 * answers its value or one of the failures it declares, which it also lists as `errors`.
 *
 * @example
 * ```ts
 * const step: UseCase<TaskStepPorts, TaskStepInput, TaskStepOutput, StartTaskError> = startTask
 * const result = await step(context, { id, version: 1 })
 * ```
 */
export interface UseCase<Ports, Input, Output, Code extends string> {
  (context: UseCaseContext<Ports>, input: Input): Promise<UseCaseResult<Output, Code>>
  /** Every code it may fail with: any other is a bug, thrown as `UndeclaredErrorCode`. */
  readonly errors: readonly Code[]
}

/**
 * What a use case is defined by: its name (reported with a code it fails with but does not
 * declare), the codes it may fail with, and its body, which ends with its value or aborts
 * (`abort`, `orAbort`, `enforce`) with one of those codes.
 *
 * @example
 * ```ts
 * const definition: UseCaseDefinition<TaskStepPorts, TaskStepInput, TaskStepOutput, StartTaskError> = {
 *   name: 'startTask',
 *   errors: START_TASK_ERRORS,
 *   run: (context, input) => advanceTask(context, 'STARTED', input),
 * }
 * ```
 */
export interface UseCaseDefinition<Ports, Input, Output, Code extends string> {
  readonly name: string
  readonly errors: readonly Code[]
  readonly run: (context: UseCaseContext<Ports>, input: Input) => Promise<Output>
}

/**
 * The use case a definition describes: its body run by {@link runUseCase}, so that an abort
 * becomes its failed result. Its ports, input and output are those the body is written with;
 * its error type is the union of the codes listed, read back with {@link UseCaseErrorOf}.
 *
 * @example
 * ```ts
 * export const exportBundle = defineUseCase({
 *   name: 'exportBundle',
 *   errors: [...REFUSAL_CODES, 'KEY_STORED_TWICE'],
 *   async run(context: UseCaseContext<ExportBundlePorts>): Promise<ExportBundleOutput> {
 *     enforce(mayReadEveryLevel(context.caller))
 *     return { bundle: orAbort(await context.ports.bundles.export()) }
 *   },
 * })
 * export type ExportBundleError = UseCaseErrorOf<typeof exportBundle>
 * ```
 */
export function defineUseCase<Ports, Output, const Code extends string, Input = void>(
  definition: UseCaseDefinition<Ports, Input, Output, Code>,
): UseCase<Ports, Input, Output, Code> {
  const { name, run } = definition
  const errors = Object.freeze([...definition.errors])
  const called = (context: UseCaseContext<Ports>, input: Input) =>
    runUseCase(name, errors, () => run(context, input))
  Object.defineProperty(called, 'name', { value: name })
  return Object.freeze(Object.assign(called, { errors }))
}

/**
 * The codes a use case may fail with, read from its type.
 *
 * @example
 * ```ts
 * export type CreateTaskError = UseCaseErrorOf<typeof createTask>
 * ```
 */
export type UseCaseErrorOf<U> = U extends (
  ...args: never[]
) => Promise<UseCaseResult<unknown, infer Code>>
  ? Code
  : never
