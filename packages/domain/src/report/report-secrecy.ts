import { highestSecrecy, isSecrecy, type Secrecy } from '../directive/secrecy.js'
import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'

/**
 * The marks a report is drawn from: that of the document reported on, those of the documents
 * assigning its tasks (`null` or absent: the document reported on), and the level the caller
 * asks for at least.
 *
 * @example
 * ```ts
 * const sources: ReportSecrecySources = { directive: 'PUBLIC', tasks: [null, 'MAT'], atLeast: null }
 * ```
 */
export interface ReportSecrecySources {
  readonly directive: Secrecy
  readonly tasks: readonly (Secrecy | null | undefined)[]
  readonly atLeast?: Secrecy | null
}

function invalid(path: (string | number)[], value: unknown): Result<never, DomainError> {
  return err(
    domainError(
      'INVALID_REPORT_SECRECY',
      {
        en: `Unknown secrecy "${String(value)}"; expected PUBLIC, MAT, TOI_MAT or TUYET_MAT`,
        vi: `Độ mật "${String(value)}" không hợp lệ; phải là PUBLIC, MAT, TOI_MAT hoặc TUYET_MAT`,
      },
      path,
      value,
    ),
  )
}

/**
 * The secrecy of a drafted report: the highest of the marks it is drawn from — never lower
 * than the document reported on, nor than any document whose tasks it counts; the caller may
 * raise it (`atLeast`), never lower it. A level that is not one (from untyped callers) fails
 * with `INVALID_REPORT_SECRECY` naming its path rather than being read as public.
 *
 * @example
 * ```ts
 * reportSecrecy({ directive: 'MAT', tasks: [], atLeast: 'PUBLIC' }) // { ok: true, value: 'MAT' }
 * reportSecrecy({ directive: 'PUBLIC', tasks: ['TOI_MAT'] }) // { ok: true, value: 'TOI_MAT' }
 * ```
 */
export function reportSecrecy(sources: ReportSecrecySources): Result<Secrecy, DomainError> {
  if (typeof sources.directive !== 'string' || !isSecrecy(sources.directive)) {
    return invalid(['directive', 'secrecy'], sources.directive)
  }
  const levels: Secrecy[] = [sources.directive]
  for (const [index, level] of sources.tasks.entries()) {
    if (level === null || level === undefined) continue
    if (typeof level !== 'string' || !isSecrecy(level)) {
      return invalid(['tasks', index, 'secrecy'], level)
    }
    levels.push(level)
  }
  const atLeast = sources.atLeast
  if (atLeast !== null && atLeast !== undefined) {
    if (typeof atLeast !== 'string' || !isSecrecy(atLeast)) return invalid(['secrecy'], atLeast)
    levels.push(atLeast)
  }
  return ok(highestSecrecy(levels))
}
