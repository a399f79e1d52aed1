import {
  type BilingualText,
  type DomainError,
  domainError,
  type ErrorPath,
} from './domain-error.js'

/** The error for a record that is absent or hidden from the caller, at `path` (default `['id']`). */
export type RecordNotFound = (path?: ErrorPath, value?: unknown) => DomainError

/**
 * The maker of one `…_NOT_FOUND` error: the same code and words wherever the record is missed,
 * whether it does not exist or the caller may not see it; the id given as `value` when known.
 *
 * @example
 * ```ts
 * const taskNotFound = recordNotFound('TASK_NOT_FOUND', { en: 'No such task', vi: 'Không tìm thấy nhiệm vụ' })
 * taskNotFound(['taskId']).path // ['taskId']
 * ```
 */
export function recordNotFound(code: string, text: BilingualText): RecordNotFound {
  return (path = ['id'], value) => domainError(code, text, path, value)
}

/**
 * `TASK_NOT_FOUND`: no task by this id that the caller may see. A hidden task and an absent one
 * get this same error, word for word.
 *
 * @example
 * ```ts
 * taskNotFound(['taskId']).messageVi // 'Không tìm thấy nhiệm vụ'
 * ```
 */
export const taskNotFound: RecordNotFound = recordNotFound('TASK_NOT_FOUND', {
  en: 'No such task',
  vi: 'Không tìm thấy nhiệm vụ',
})

/**
 * `DIRECTIVE_NOT_FOUND`: no document by this id that the caller may see. A hidden document and
 * an absent one get this same error, word for word.
 *
 * @example
 * ```ts
 * directiveNotFound(['targetId']).message // 'No such directive'
 * ```
 */
export const directiveNotFound: RecordNotFound = recordNotFound('DIRECTIVE_NOT_FOUND', {
  en: 'No such directive',
  vi: 'Không tìm thấy văn bản',
})

/**
 * `ORGANIZATION_NOT_FOUND`: no organisation by this id that the caller may see, the id given
 * as the error's `value` when known. A hidden organisation and an absent one get this same
 * error, word for word.
 *
 * @example
 * ```ts
 * organizationNotFound(['leadIds', 0]).messageVi // 'Không tìm thấy tổ chức'
 * ```
 */
export const organizationNotFound: RecordNotFound = recordNotFound('ORGANIZATION_NOT_FOUND', {
  en: 'No such organisation',
  vi: 'Không tìm thấy tổ chức',
})
