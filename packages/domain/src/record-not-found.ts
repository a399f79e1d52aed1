import { type DomainError, domainError, type ErrorPath } from './domain-error.js'

/**
 * `TASK_NOT_FOUND`: no task by this id that the caller may see. A hidden task and an absent one
 * get this same error, word for word.
 *
 * @example
 * ```ts
 * taskNotFound(['taskId']).messageVi // 'Không tìm thấy nhiệm vụ'
 * ```
 */
export function taskNotFound(path: ErrorPath = ['id']): DomainError {
  return domainError('TASK_NOT_FOUND', { en: 'No such task', vi: 'Không tìm thấy nhiệm vụ' }, path)
}

/**
 * `DIRECTIVE_NOT_FOUND`: no document by this id that the caller may see. A hidden document and
 * an absent one get this same error, word for word.
 *
 * @example
 * ```ts
 * directiveNotFound(['targetId']).message // 'No such directive'
 * ```
 */
export function directiveNotFound(path: ErrorPath = ['id']): DomainError {
  return domainError(
    'DIRECTIVE_NOT_FOUND',
    { en: 'No such directive', vi: 'Không tìm thấy văn bản' },
    path,
  )
}

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
export function organizationNotFound(path: ErrorPath = ['id'], value?: unknown): DomainError {
  return domainError(
    'ORGANIZATION_NOT_FOUND',
    { en: 'No such organisation', vi: 'Không tìm thấy tổ chức' },
    path,
    value,
  )
}
