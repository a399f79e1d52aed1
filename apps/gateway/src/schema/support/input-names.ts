import type { UseCaseResult } from '@chidao/app'
import { withPathPrefix } from '@chidao/domain'

/**
 * A use case's result with the first segment of its error's path renamed to the field of the
 * mutation's input that carries it, where the API names a field otherwise than the use case
 * (`taskId` for the use case's `id`, `expectedVersion` for its `version`).
 *
 * @example
 * ```ts
 * withInputNames(await extendTaskDeadline(context, input), { id: 'taskId', version: 'expectedVersion' })
 * ```
 */
export function withInputNames<T, E extends string>(
  result: UseCaseResult<T, E>,
  names: Readonly<Record<string, string>>,
): UseCaseResult<T, E> {
  if (result.ok) return result
  const [first, ...rest] = result.error.path
  const renamed = typeof first === 'string' ? names[first] : undefined
  if (renamed === undefined) return result
  const error = withPathPrefix({ ...result.error, path: rest }, [renamed])
  return { ok: false, error: error as typeof result.error }
}
