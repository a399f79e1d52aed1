import type { UseCase } from './define-use-case.js'
import { defineUseCase } from './define-use-case.js'
import type { UseCaseContext } from './use-case-context.js'

/**
 * Defines a read that cannot fail: what the caller may not see is answered as absent (`null`,
 * an empty list, left out), never as a failure. `read` is given the whole context (the caller,
 * the clock) where the answer depends on who asks.
 *
 * @example
 * ```ts
 * export const urgingPreferences = defineRead(
 *   'urgingPreferences',
 *   async (context: UseCaseContext<UrgingPreferencesPorts>, input: UrgingPreferencesInput) =>
 *     context.caller.authenticated ? context.ports.urging.preferences(input.organizationIds) : [],
 * )
 * ```
 */
export function defineRead<Ports, Input, Output>(
  name: string,
  read: (context: UseCaseContext<Ports>, input: Input) => Promise<Output>,
): UseCase<Ports, Input, Output, never> {
  return defineUseCase<Ports, Output, never, Input>({ name, errors: [], run: read })
}

/**
 * Defines a batched read for the API's loaders: one call of a port, at the caller's clearance,
 * which cannot fail — a record the caller may not see is answered as an absent one (`null`, or
 * missing from a map). The loaders call it once per batch, so it stays one statement.
 *
 * @example
 * ```ts
 * export const loadTasksByIds = defineBatchedRead(
 *   'loadTasksByIds',
 *   (ports: LoadTasksPorts, input: { readonly ids: readonly TaskId[] }) => ports.tasks.findByIds(input.ids),
 * )
 * ```
 */
export function defineBatchedRead<Ports, Input, Output>(
  name: string,
  read: (ports: Ports, input: Input) => Promise<Output>,
): UseCase<Ports, Input, Output, never> {
  return defineRead(name, (context: UseCaseContext<Ports>, input: Input) =>
    read(context.ports, input),
  )
}
