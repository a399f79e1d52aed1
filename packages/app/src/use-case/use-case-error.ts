import {
  type DomainError,
  type ErrorPath,
  err,
  ok,
  type Result,
  withPathPrefix,
} from '@chidao/domain'
import type { Decision, RefusalCode } from '../policy/decision.js'

/**
 * A failure of a use case: the domain's error, its code narrowed to the codes that use case
 * declares. A client can switch over `code` exhaustively.
 *
 * @example
 * ```ts
 * const failed: UseCaseError<'TASK_NOT_FOUND' | 'CONFLICT'> = taskNotFound(['taskId'])
 * ```
 */
export interface UseCaseError<Code extends string> extends DomainError {
  readonly code: Code
}

/** What a use case returns: its value, or one of its declared failures. */
export type UseCaseResult<T, Code extends string> = Result<T, UseCaseError<Code>>

/** The codes of a refusal by the policy, which every write may answer. */
export const REFUSAL_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
] as const satisfies readonly RefusalCode[]

/**
 * Thrown inside a use case to end it with an expected failure; {@link runUseCase} turns it into
 * the failed result. Never escapes a use case.
 */
class Abort extends Error {
  readonly failure: DomainError

  constructor(failure: DomainError) {
    super(failure.message)
    this.name = 'Abort'
    this.failure = failure
  }
}

/**
 * A use case failed with a code it does not declare: a bug in the use case, not the caller's
 * fault. It surfaces as an internal error, never as a client failure with an undeclared code.
 */
export class UndeclaredErrorCode extends Error {
  constructor(useCase: string, code: string) {
    super(`${useCase} failed with ${code}, which it does not declare`)
    this.name = 'UndeclaredErrorCode'
  }
}

/** Ends the running use case with this failure. */
export function abort(failure: DomainError): never {
  throw new Abort(failure)
}

/**
 * The value of a domain or port result, or the end of the running use case with its error,
 * its path under `prefix` (the input field the value came from).
 */
export function orAbort<T>(result: Result<T, DomainError>, prefix: ErrorPath = []): T {
  if (result.ok) return result.value
  abort(prefix.length ? withPathPrefix(result.error, prefix) : result.error)
}

/** Goes on when the policy allows; otherwise ends the running use case with its refusal. */
export function enforce(decision: Decision): void {
  if (decision.allowed) return
  const { code, en, vi, path } = decision.refusal
  abort(Object.freeze({ code, message: en, messageVi: vi, path: Object.freeze([...path]) }))
}

/**
 * Runs the body of a use case: its value, or the failure it aborted with — whose code must be
 * one of `codes`, the use case's declared failures. Exceptions other than an abort (a bug, a
 * database that does not answer) pass through. Every use case made by `defineUseCase` runs its
 * body through it.
 *
 * @example
 * ```ts
 * const result = await runUseCase('cascadeTask', ['TASK_NOT_FOUND', 'FORBIDDEN'], async () => {
 *   const parent = await visibleTask(ports.tasks, input.taskId, ['taskId'])
 *   …
 * })
 * ```
 */
export async function runUseCase<T, Code extends string>(
  name: string,
  codes: readonly Code[],
  body: () => Promise<T>,
): Promise<UseCaseResult<T, Code>> {
  try {
    return ok(await body())
  } catch (thrown) {
    if (!(thrown instanceof Abort)) throw thrown
    const { failure } = thrown
    if (!(codes as readonly string[]).includes(failure.code)) {
      throw new UndeclaredErrorCode(name, failure.code)
    }
    return err(failure as UseCaseError<Code>)
  }
}
