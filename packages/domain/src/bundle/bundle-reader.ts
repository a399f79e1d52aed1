import { type IsoDate, isIsoDate, isoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError, type ErrorPath } from '../domain-error.js'
import { cleanText } from '../text/nfc.js'

/**
 * A plain object read from a bundle: own enumerable keys only.
 *
 * @example
 * ```ts
 * const record: BundleRecord = { code: 'TU' }
 * ```
 */
export type BundleRecord = Readonly<Record<string, unknown>>

const MAX_SHOWN = 60

/** What a value that is not text or a number is called, in each language. */
const VALUE_WORDS = {
  undefined: { en: 'nothing', vi: 'không có gì' },
  null: { en: 'an empty value', vi: 'giá trị trống' },
  list: { en: 'a list', vi: 'một danh sách' },
  object: { en: 'an object', vi: 'một đối tượng' },
} as const

/**
 * Shows a value in an error message, in English or Vietnamese: strings quoted and cut at 60
 * characters, numbers and booleans as written, anything else named in words of the language
 * ("an empty value" / "giá trị trống", never `null`, inside a Vietnamese sentence).
 *
 * @example
 * ```ts
 * shownValue('TU') // '"TU"'
 * shownValue(42) // '42'
 * shownValue(null, 'vi') // 'giá trị trống'
 * ```
 */
export function shownValue(value: unknown, language: 'en' | 'vi' = 'en'): string {
  if (typeof value === 'string') {
    return `"${value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value}"`
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (value === undefined) return VALUE_WORDS.undefined[language]
  if (value === null) return VALUE_WORDS.null[language]
  if (Array.isArray(value)) return VALUE_WORDS.list[language]
  if (typeof value === 'object') return VALUE_WORDS.object[language]
  return String(value)
}

/**
 * {@link shownValue} in both languages, for a text built once for both.
 *
 * @example
 * ```ts
 * shownValues(null) // { en: 'an empty value', vi: 'giá trị trống' }
 * ```
 */
export function shownValues(value: unknown): { en: string; vi: string } {
  return { en: shownValue(value, 'en'), vi: shownValue(value, 'vi') }
}

const TYPE_NAMES = {
  string: { en: 'text', vi: 'chuỗi ký tự' },
  number: { en: 'a number', vi: 'một số' },
  integer: { en: 'a whole number', vi: 'một số nguyên' },
  array: { en: 'a list', vi: 'một danh sách' },
  object: { en: 'an object', vi: 'một đối tượng' },
  date: { en: 'a date in YYYY-MM-DD form', vi: 'ngày dạng YYYY-MM-DD' },
} as const

/**
 * The fields a bundle record may have and those it must have (what `fieldsOf` gives).
 *
 * @example
 * ```ts
 * const tenant: RecordFields = { allowed: ['id', 'name'], required: ['id'] }
 * ```
 */
export interface RecordFields {
  readonly allowed: readonly string[]
  readonly required: readonly string[]
}

/** The kinds of value a bundle field may hold. */
export type BundleFieldType = keyof typeof TYPE_NAMES

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

/**
 * The known field closest to an unknown one (a typo such as `coordinator` for
 * `coordinators`), or `null` when none is close.
 *
 * @example
 * ```ts
 * closestField('coordinator', ['lead', 'coordinators']) // 'coordinators'
 * ```
 */
export function closestField(name: string, known: readonly string[]): string | null {
  let best: string | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  const lower = name.toLowerCase()
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : null
}

/**
 * Collects errors while a bundle is read, and reads its fields with the type checks every
 * record needs. Each helper returns the value when it is usable and `undefined` otherwise
 * (after recording why), so the caller can go on and report every error.
 *
 * @example
 * ```ts
 * const reader = new BundleReader()
 * const o = reader.record(value, ['tenant'], { allowed: ['id', 'name'], required: ['id', 'name'] })
 * reader.errors.length
 * ```
 */
export class BundleReader {
  readonly errors: DomainError[] = []
  // Paths of recorded errors, and every prefix of them: lookups cost the depth of a path, not
  // the number of errors, so a bundle with thousands of errors is read in linear time.
  readonly #exact = new Set<string>()
  readonly #touched = new Set<string>()

  #push(error: DomainError): void {
    this.errors.push(error)
    this.#exact.add(pathKey(error.path))
    for (let i = 0; i <= error.path.length; i++) this.#touched.add(pathKey(error.path.slice(0, i)))
  }

  /**
   * Records an error.
   *
   * @example
   * ```ts
   * reader.add('REQUIRED', { en: 'Missing', vi: 'Thiếu' }, ['tenant'])
   * ```
   */
  add(code: string, text: { en: string; vi: string }, path: ErrorPath, value?: unknown): void {
    this.#push(domainError(code, text, path, value))
  }

  /**
   * Records an error of a nested validator unless an error was already recorded at the same
   * path or above it (the field was already reported as missing or of the wrong type).
   *
   * @example
   * ```ts
   * reader.addUnlessCovered(withPathPrefix(e, ['tasks', 3]))
   * ```
   */
  addUnlessCovered(error: DomainError): void {
    for (let i = 0; i <= error.path.length; i++) {
      if (this.#exact.has(pathKey(error.path.slice(0, i)))) return
    }
    this.#push(withValueShown(error))
  }

  /**
   * Tells whether an error was recorded at this path or below it.
   *
   * @example
   * ```ts
   * reader.hasErrorAt(['tasks', 3]) // any error in task 3?
   * ```
   */
  hasErrorAt(path: ErrorPath): boolean {
    return this.#touched.has(pathKey(path))
  }

  /**
   * Reads an object: reports `INVALID_TYPE` when it is not one, `UNKNOWN_FIELD` for each key
   * not in `fields.allowed` (suggesting the closest known field), and `REQUIRED` for each key of
   * `fields.required` that is missing or `null`.
   *
   * @example
   * ```ts
   * reader.record({ lead: 'X', coordinator: [] }, ['tasks', 0], TASK_FIELDS)
   * // records UNKNOWN_FIELD at ['tasks', 0, 'coordinator'], REQUIRED at ['tasks', 0, 'title']…
   * ```
   */
  record(
    value: unknown,
    path: ErrorPath,
    { allowed, required }: RecordFields,
  ): BundleRecord | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.typeError(value, path, 'object')
      return undefined
    }
    const record = value as BundleRecord
    for (const key of Object.keys(record)) {
      if (allowed.includes(key)) continue
      const guess = closestField(key, allowed)
      this.add(
        'UNKNOWN_FIELD',
        {
          en: `Unknown field "${key}"${guess === null ? '' : ` (did you mean "${guess}"?)`}; expected one of ${allowed.join(', ')}`,
          vi: `Trường "${key}" không được hỗ trợ${guess === null ? '' : ` (có phải là "${guess}"?)`}; các trường hợp lệ: ${allowed.join(', ')}`,
        },
        [...path, key],
        key,
      )
    }
    for (const key of required) {
      if (!Object.hasOwn(record, key) || record[key] === null || record[key] === undefined) {
        this.add(
          'REQUIRED',
          { en: `Field "${key}" is required`, vi: `Thiếu trường bắt buộc "${key}"` },
          [...path, key],
        )
      }
    }
    return record
  }

  /**
   * Reports a value of the wrong type.
   *
   * @example
   * ```ts
   * reader.typeError(42, ['tenant', 'name'], 'string')
   * ```
   */
  typeError(value: unknown, path: ErrorPath, type: BundleFieldType): void {
    const name = TYPE_NAMES[type]
    this.add(
      'INVALID_TYPE',
      {
        en: `Expected ${name.en}, got ${shownValue(value)}`,
        vi: `Giá trị phải là ${name.vi}, nhận được ${shownValue(value, 'vi')}`,
      },
      path,
      value,
    )
  }

  /**
   * Reads an optional field of a record; `null` and absence both give `undefined`.
   * A field of the wrong type is reported and also gives `undefined`.
   *
   * @example
   * ```ts
   * reader.field(record, 'title', ['title'], 'string') // string | undefined
   * ```
   */
  field(
    record: BundleRecord | undefined,
    key: string,
    path: ErrorPath,
    type: 'string' | 'date',
  ): string | undefined
  field(
    record: BundleRecord | undefined,
    key: string,
    path: ErrorPath,
    type: 'number' | 'integer',
  ): number | undefined
  field(
    record: BundleRecord | undefined,
    key: string,
    path: ErrorPath,
    type: 'array',
  ): readonly unknown[] | undefined
  field(
    record: BundleRecord | undefined,
    key: string,
    path: ErrorPath,
    type: 'object',
  ): BundleRecord | undefined
  field(
    record: BundleRecord | undefined,
    key: string,
    path: ErrorPath,
    type: BundleFieldType,
  ): unknown {
    if (record === undefined || !Object.hasOwn(record, key)) return undefined
    return this.value(record[key], [...path, key], type)
  }

  /**
   * Checks one value against a type; `null` and `undefined` give `undefined` silently.
   * Strings are returned as given (callers clean them); dates must be real `YYYY-MM-DD`
   * dates (a `Date` at midnight UTC, as some YAML readers produce, is accepted).
   *
   * @example
   * ```ts
   * reader.value('2020-02-30', ['issuedOn'], 'date') // undefined, INVALID_DATE recorded
   * ```
   */
  value(value: unknown, path: ErrorPath, type: BundleFieldType): unknown {
    if (value === null || value === undefined) return undefined
    switch (type) {
      case 'string':
        if (typeof value === 'string') return value
        break
      case 'number':
        if (typeof value === 'number' && Number.isFinite(value)) return value
        break
      case 'integer':
        if (typeof value === 'number' && Number.isInteger(value)) return value
        break
      case 'array':
        if (Array.isArray(value)) return value
        break
      case 'object':
        if (typeof value === 'object' && !Array.isArray(value)) return value
        break
      case 'date': {
        const date = asIsoDate(value)
        if (date !== undefined) return date
        if (typeof value === 'string') {
          this.add(
            'INVALID_DATE',
            {
              en: `${shownValue(value)} is not a real date in YYYY-MM-DD form`,
              vi: `${shownValue(value, 'vi')} không phải ngày hợp lệ dạng YYYY-MM-DD`,
            },
            path,
            value,
          )
          return undefined
        }
        break
      }
    }
    this.typeError(value, path, type)
    return undefined
  }

  /**
   * Reads an optional text field, cleaned (NFC, spaces folded); empty text gives `undefined`.
   *
   * @example
   * ```ts
   * reader.text(record, 'shortName', path) // 'LHH' or undefined
   * ```
   */
  text(record: BundleRecord | undefined, key: string, path: ErrorPath): string | undefined {
    const raw = this.field(record, key, path, 'string')
    if (raw === undefined) return undefined
    const clean = cleanText(raw)
    return clean === '' ? undefined : clean
  }

  /**
   * Reads a required text field, cleaned; reports `REQUIRED` when it is empty after cleaning
   * (absence is reported by {@link BundleReader.record}).
   *
   * @example
   * ```ts
   * reader.requiredText(record, 'name', path)
   * ```
   */
  requiredText(record: BundleRecord | undefined, key: string, path: ErrorPath): string | undefined {
    const raw = this.field(record, key, path, 'string')
    if (raw === undefined) return undefined
    const clean = cleanText(raw)
    if (clean === '') {
      this.add(
        'REQUIRED',
        { en: `Field "${key}" must not be empty`, vi: `Trường "${key}" không được để trống` },
        [...path, key],
        raw,
      )
      return undefined
    }
    return clean
  }

  /**
   * Reads an optional list, and each of its items with `read`.
   *
   * @example
   * ```ts
   * reader.list(record, 'coordinators', path, (item, itemPath) => reader.value(item, itemPath, 'string'))
   * ```
   */
  list<T>(
    record: BundleRecord | undefined,
    key: string,
    path: ErrorPath,
    read: (item: unknown, itemPath: ErrorPath, index: number) => T,
  ): T[] {
    const items = this.field(record, key, path, 'array')
    if (items === undefined) return []
    return items.map((item, index) => read(item, [...path, key, index], index))
  }
}

// Messages of nested validators do not always name the value at fault; a bundle's reader needs
// it to find the line, so it is added when missing.
function withValueShown(error: DomainError): DomainError {
  const { value } = error
  if (typeof value !== 'string' && typeof value !== 'number') return error
  const shown = String(value)
  if (shown === '' || error.message.includes(shown)) return error
  return domainError(
    error.code,
    {
      en: `${error.message}: ${shownValue(value)}`,
      vi: `${error.messageVi}: ${shownValue(value, 'vi')}`,
    },
    error.path,
    value,
  )
}

function pathKey(path: ErrorPath): string {
  return JSON.stringify(path)
}

function asIsoDate(value: unknown): IsoDate | undefined {
  if (typeof value === 'string') return isIsoDate(value) ? value : undefined
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    if (
      value.getUTCHours() !== 0 ||
      value.getUTCMinutes() !== 0 ||
      value.getUTCSeconds() !== 0 ||
      value.getUTCMilliseconds() !== 0
    ) {
      return undefined
    }
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) ?? undefined
  }
  return undefined
}
