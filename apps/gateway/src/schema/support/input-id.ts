import { domainError, type ErrorPath } from '@chidao/domain'
import { NotFoundFailure } from './error.js'
import { type LocalIds, localIdOf } from './global-id.js'

/**
 * Reads a global ID of the given type from an input, or fails with NotFoundError naming the
 * field: a malformed ID or an ID of another type names nothing that exists.
 *
 * @example
 * ```ts
 * requireLocalId(input.taskId, 'Task', ['input', 'taskId']) // a TaskId, or TASK_NOT_FOUND
 * ```
 */
export function requireLocalId<T extends keyof LocalIds>(
  globalId: unknown,
  typename: T,
  path: ErrorPath,
): LocalIds[T] {
  const id = localIdOf(String(globalId), typename)
  if (id !== null) return id as LocalIds[T]
  throw new NotFoundFailure(
    domainError(
      `${typename.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_NOT_FOUND`,
      { en: `No ${typename} with this id`, vi: `Không tìm thấy ${typename} mang mã này` },
      path,
      String(globalId),
    ),
    [],
  )
}

/**
 * {@link requireLocalId} of an id the input may leave out: `null` when it is left out.
 *
 * @example
 * ```ts
 * optionalLocalId(input.parentId, 'Task', ['input', 'parentId']) // null, or the parent's local id
 * ```
 */
export function optionalLocalId<T extends keyof LocalIds>(
  globalId: unknown,
  typename: T,
  path: ErrorPath,
): LocalIds[T] | null {
  return globalId == null ? null : requireLocalId(globalId, typename, path)
}

/**
 * {@link requireLocalId} of every id of a list, the failure naming the index of the first id
 * that names nothing (`["input", "leadIds", "2"]`).
 *
 * @example
 * ```ts
 * requireLocalIds(input.leadIds, 'Organization', ['input', 'leadIds'])
 * ```
 */
export function requireLocalIds<T extends keyof LocalIds>(
  globalIds: readonly unknown[],
  typename: T,
  path: ErrorPath,
): LocalIds[T][] {
  return globalIds.map((id, i) => requireLocalId(id, typename, [...path, String(i)]))
}

/**
 * The local id an argument names a record by, given as its global ID or, for compatibility
 * with clients written before the record was a node, as the raw id it had then: a global ID of
 * another type, or anything else, is passed on as it is and names nothing.
 *
 * @example
 * ```ts
 * localOrRawIdOf(input.reportId, 'ProgressReport') // from "UHJvZ3Jlc3NSZXBvcnQ6…" or a UUID
 * ```
 */
export function localOrRawIdOf<T extends keyof LocalIds>(
  idOrRaw: unknown,
  typename: T,
): LocalIds[T] {
  const given = String(idOrRaw)
  return (localIdOf(given, typename) ?? given) as LocalIds[T]
}
