import type { UseCaseResult } from '@chidao/app'
import {
  type ClientFailure,
  ForbiddenFailure,
  failureFor,
  UnauthenticatedFailure,
} from './error.js'

export { type GatewayPorts, useCaseContext } from '../../use-case-context.js'

/**
 * The value of a use case's result, or the typed failure its error becomes: a member of the
 * mutation's result union. Paths are given from the argument (`["input", …]`); a refusal that
 * names no field has an empty path. `fieldNames` respells the use case's field names where the
 * API names them otherwise.
 */
export function resultOf<T>(
  result: UseCaseResult<T, string>,
  fieldNames?: Readonly<Record<string, string>>,
): T {
  if (result.ok) return result.value
  throw failureOf(result.error, fieldNames)
}

function failureOf(
  error: Extract<UseCaseResult<unknown, string>, { ok: false }>['error'],
  fieldNames?: Readonly<Record<string, string>>,
): ClientFailure {
  const prefix = error.path.length ? ['input'] : []
  if (error.code === 'UNAUTHENTICATED') return new UnauthenticatedFailure(error, prefix)
  if (error.code === 'FORBIDDEN') return new ForbiddenFailure(error, prefix)
  return failureFor(error, ['input'], fieldNames)
}
