import type { UseCase } from './define-use-case.js'
import { defineUseCase } from './define-use-case.js'

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
  return defineUseCase<Ports, Output, never, Input>({
    name,
    errors: [],
    run: (context, input) => read(context.ports, input),
  })
}
