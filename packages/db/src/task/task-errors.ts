import { type DomainError, domainError, type ErrorPath, taskNotFound } from '@chidao/domain'

/** `TASK_NOT_FOUND` is the domain's, the same word for word wherever a task is not found. */
export { taskNotFound }

/** `TASK_REFERENCE_TAKEN`: the directive already has a task with this reference. */
export function referenceTaken(reference: string | null): DomainError {
  return domainError(
    'TASK_REFERENCE_TAKEN',
    {
      en: `The directive already has a task numbered ${reference}`,
      vi: `Văn bản đã có nhiệm vụ mang số thứ tự ${reference}`,
    },
    ['reference'],
    reference,
  )
}

/** What a `*_NOT_FOUND` error is about: its code, its path, the id (`''` when unknown) and how to name it. */
export interface MissingReference {
  readonly code: string
  readonly path: ErrorPath
  readonly id: string
  readonly en: string
  readonly vi: string
}

/** A `*_NOT_FOUND` error for a reference to something the tenant does not have. */
export function referenceNotFound(missing: MissingReference): DomainError {
  return domainError(
    missing.code,
    {
      en: `No ${missing.en} with id ${missing.id}`,
      vi: `Không tìm thấy ${missing.vi} mã ${missing.id}`,
    },
    missing.path,
    missing.id,
  )
}
