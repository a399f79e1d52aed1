import { daysInMonth, type IsoDate, isoDate, isoDateParts } from '../../calendar/iso-date.js'
import type { DomainError, ErrorPath } from '../../domain-error.js'
import { parseOrganizationCode } from '../../organization/organization-code.js'
import type { Result } from '../../result.js'
import type { BundleReader, BundleRecord, RecordFields } from '../bundle-reader.js'
import type { SectionName } from './parse-header.js'

/** Domain validators return their first error: repairing the field at fault and running them
 * again yields the next, so a bundle reports every error while the rules stay in one place. */
const MAX_REPAIRS = 32

/**
 * Runs a domain validator until it passes, repairing after each error the field at fault, and
 * returns every error found; the value only when there was none.
 *
 * @example
 * ```ts
 * const checked = allErrors(input, validateNewDirective, (input, error) =>
 *   error.path[0] === 'title' ? { ...input, title: 'x' } : null,
 * )
 * checked.errors // every error, in the order the validator found them
 * ```
 */
export function allErrors<I, T>(
  input: I,
  validate: (input: I) => Result<T, DomainError>,
  repair: (input: I, error: DomainError) => I | null,
): { errors: DomainError[]; value: T | undefined } {
  const errors: DomainError[] = []
  let current = input
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const result = validate(current)
    if (result.ok) return { errors, value: errors.length === 0 ? result.value : undefined }
    errors.push(result.error)
    const next = repair(current, result.error)
    if (next === null) break
    current = next
  }
  return { errors, value: undefined }
}

/**
 * How {@link allErrors} repairs each field of a validator's input that the validator may blame:
 * a stand-in value that passes (`title: 'x'`, `monitorId: null`), or a function of the input and
 * the error where the repair depends on them. A field not named is not repaired: the validation
 * stops at its error.
 *
 * @example
 * ```ts
 * const repairs: FieldRepairs<OrganizationInput> = { code: 'X', name: 'x', shortName: null }
 * ```
 */
export type FieldRepairs<I> = {
  readonly [K in keyof I]?: I[K] | ((input: I, error: DomainError) => I | null)
}

/**
 * The repair step of {@link allErrors}, from a table of {@link FieldRepairs}: the field at fault
 * is the first step of the error's path.
 *
 * @example
 * ```ts
 * allErrors(input, validateNewOrganization, repairFields({ code: 'X', name: 'x' }))
 * ```
 */
export function repairFields<I>(
  repairs: FieldRepairs<I>,
): (input: I, error: DomainError) => I | null {
  return (input, error) => {
    const field = error.path[0]
    if (typeof field !== 'string' || !Object.hasOwn(repairs, field)) return null
    const repair: unknown = repairs[field as keyof I]
    return typeof repair === 'function'
      ? (repair as (input: I, error: DomainError) => I | null)(input, error)
      : { ...input, [field]: repair }
  }
}

/**
 * The items of a section, each read as a record of the given fields (see
 * `BundleReader.record`), one at a time and in order, with its index and path; `record` is
 * `undefined` for an item that is not an object.
 *
 * @example
 * ```ts
 * for (const { index, path, record } of sectionRecords(reader, 'relations', inputs, RELATION_FIELDS)) {
 *   if (record !== undefined) reader.field(record, 'type', path, 'string')
 * }
 * ```
 */
export function* sectionRecords(
  reader: BundleReader,
  section: SectionName,
  inputs: readonly unknown[],
  fields: RecordFields,
): Generator<{ index: number; path: ErrorPath; record: BundleRecord | undefined }> {
  for (const [index, raw] of inputs.entries()) {
    const path = [section, index]
    yield { index, path, record: reader.record(raw, path, fields) }
  }
}

/**
 * The path with its first one or two steps renamed (`['leadId']` → `['lead']`,
 * `['reportingDuty', 'recipientId']` → `['reportingDuty', 'recipient']`), the longer match first.
 *
 * @example
 * ```ts
 * renamePath(['coordinatorIds', 2], { coordinatorIds: ['coordinators'] }) // ['coordinators', 2]
 * ```
 */
export function renamePath(
  path: ErrorPath,
  renames: Readonly<Record<string, ErrorPath>>,
): ErrorPath {
  for (let length = Math.min(path.length, 2); length >= 1; length--) {
    const head = path.slice(0, length).join('.')
    const renamed = renames[head]
    if (renamed !== undefined) return [...renamed, ...path.slice(length)]
  }
  return path
}

/**
 * The error of a domain validator with its path renamed to the bundle's fields (see
 * {@link renamePath} and `FieldRenames`).
 *
 * @example
 * ```ts
 * renameError(error, TASK_RENAMES).path // ['lead'] for an error at ['leadId']
 * ```
 */
export function renameError(
  error: DomainError,
  renames: Readonly<Record<string, ErrorPath>>,
): DomainError {
  const path = renamePath(error.path, renames)
  return path === error.path ? error : { ...error, path }
}

/**
 * The two messages of an error, to record it again at another path.
 *
 * @example
 * ```ts
 * reader.add(error.code, bilingual(error), path, value)
 * ```
 */
export function bilingual(error: DomainError): { en: string; vi: string } {
  return { en: error.message, vi: error.messageVi }
}

/**
 * The day before a date: the last day a dissolved body still existed.
 *
 * @example
 * ```ts
 * dayBefore('2025-07-01') // '2025-06-30'
 * ```
 */
export function dayBefore(date: IsoDate): IsoDate {
  const { year, month, day } = isoDateParts(date)
  if (day > 1) return isoDate(year, month, day - 1)!
  if (month > 1) return isoDate(year, month - 1, daysInMonth(year, month - 1))!
  return isoDate(year - 1, 12, 31) ?? date
}

/**
 * The year of a date, which with a directive's symbol makes its natural key.
 *
 * @example
 * ```ts
 * issueYearOf('2020-11-20') // 2020
 * ```
 */
export function issueYearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

/**
 * An organisation code as stored, from a value already checked; `''` when it is not one.
 *
 * @example
 * ```ts
 * parseCode('btg-tu') // 'BTG-TU'
 * ```
 */
export function parseCode(value: unknown): string {
  const parsed = parseOrganizationCode(String(value))
  return parsed.ok ? parsed.value : ''
}
