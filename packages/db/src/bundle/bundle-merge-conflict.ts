import { type DomainError, domainError, type ErrorPath } from '@chidao/domain'
import { constraintName, SQLSTATE, sqlState } from '../database-error.js'

/** The polyinstantiated natural keys of migration 0008, and what each one keys. */
const NATURAL_KEYS: Readonly<Record<string, { en: string; vi: string }>> = Object.freeze({
  directive_natural_key: { en: 'a document', vi: 'một văn bản' },
  task_reference_key: { en: 'a task reference', vi: 'một số hiệu nhiệm vụ' },
  assessment_natural_key: { en: 'an assessment key', vi: 'một khóa đánh giá' },
})

/**
 * Thrown by `importBundle` when a record it writes would bring two instances of one natural
 * key to the same secrecy level: a document, a task reference or an assessment key stored at
 * two levels (polyinstantiated), and the import raises or lowers one of them — a document's
 * mark changed, a task moved under a more secret parent — onto the other. Nothing was written.
 *
 * Both instances are visible to the importer: an import moves only records at or below its
 * clearance, and only to levels at or below it. Code `NATURAL_KEY_TAKEN`, at the path of the
 * bundle record being written.
 */
export class BundleMergeConflictError extends Error {
  override readonly name = 'BundleMergeConflictError'
  readonly problem: DomainError

  constructor(problem: DomainError) {
    super(`${problem.path.join('.')}: ${problem.message}`)
    this.problem = problem
  }
}

/**
 * The {@link BundleMergeConflictError} an import's database error means, or `null` when it is
 * not a collision of two instances of one natural key.
 */
export function bundleMergeConflict(
  error: unknown,
  path: ErrorPath,
): BundleMergeConflictError | null {
  if (sqlState(error) !== SQLSTATE.UNIQUE_VIOLATION) return null
  const what = NATURAL_KEYS[constraintName(error) ?? '']
  if (!what) return null
  return new BundleMergeConflictError(
    domainError(
      'NATURAL_KEY_TAKEN',
      {
        en: `Writing this record would bring two stored instances of ${what.en}, kept apart so far by their secrecy levels, to the same level; nothing was imported. Give one of them another key, or keep their marks apart`,
        vi: `Ghi bản ghi này sẽ đưa hai bản đang lưu của ${what.vi}, đến nay tách nhau bởi độ mật, về cùng một độ mật; chưa nhập gì. Hãy đổi khóa của một bản, hoặc giữ độ mật của chúng khác nhau`,
      },
      path,
    ),
  )
}
