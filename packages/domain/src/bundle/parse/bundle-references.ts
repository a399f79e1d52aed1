import type { IsoDate } from '../../calendar/iso-date.js'
import type { ErrorPath } from '../../domain-error.js'
import { parseOrganizationCode } from '../../organization/organization-code.js'
import { nfc } from '../../text/nfc.js'
import { type BundleReader, shownValue } from '../bundle-reader.js'
import { parseDirectiveRef, parseTaskRef } from '../bundle-ref.js'
import { bilingual, issueYearOf } from './section-support.js'

/**
 * A directive of the bundle as references see it: its canonical symbol and day of issue when
 * they could be read, and its natural key (`<symbol>@<year>`) when it is the first to have it.
 */
export interface DirectiveKey {
  readonly symbol?: string
  readonly issuedOn?: IsoDate
  readonly key?: string
}

/** A task of the bundle with a sound natural key (`<directive key>#<reference>`). */
export interface TaskKey {
  readonly key?: string
  readonly directiveKey?: string
  readonly reference?: string
}

/**
 * The references between the sections of a bundle: organisation codes, directive refs
 * (`93-KL/TW`, `93-KL/TW@2020`) and task refs (`06-CTr/TU#III.2`). Each section registers its
 * natural keys once they are all read, before any later record refers to them; a reference
 * to nothing is reported (`UNKNOWN_ORGANIZATION`, `UNKNOWN_DIRECTIVE`,
 * `AMBIGUOUS_DIRECTIVE_REF`, `UNKNOWN_TASK`) at the path of the field that holds it.
 *
 * @example
 * ```ts
 * const references = new BundleReferences(reader)
 * references.addOrganizations(codes)
 * references.organization('btg-tu', ['tasks', 0, 'lead']) // 'BTG-TU', or undefined and an error
 * ```
 */
export class BundleReferences {
  readonly #reader: BundleReader
  #organizationCodes: ReadonlyMap<string, unknown> = new Map()
  readonly #directivesBySymbol = new Map<string, DirectiveKey[]>()
  readonly #directiveRefs = new Map<string, string>()
  readonly #issuedOn = new Map<string, IsoDate>()
  readonly #tasks = new Map<string, TaskKey>()

  constructor(reader: BundleReader) {
    this.#reader = reader
  }

  /** Registers the organisation codes of the bundle (code → anything). */
  addOrganizations(codes: ReadonlyMap<string, unknown>): void {
    this.#organizationCodes = codes
  }

  /** Registers the directives of the bundle, in their order. */
  addDirectives(directives: readonly DirectiveKey[]): void {
    const keyed: DirectiveKey[] = []
    for (const d of directives) {
      if (d.symbol === undefined) continue
      const bySymbol = this.#directivesBySymbol.get(d.symbol)
      if (bySymbol === undefined) this.#directivesBySymbol.set(d.symbol, [d])
      else bySymbol.push(d)
      if (d.key !== undefined) keyed.push(d)
    }
    // A directive's ref is its symbol, with the year when another directive shares the symbol
    // (the rule of bundleDirectiveRef, counted once here rather than per directive).
    const symbolCount = new Map<string, number>()
    for (const d of keyed) symbolCount.set(d.symbol!, (symbolCount.get(d.symbol!) ?? 0) + 1)
    for (const d of keyed) {
      this.#directiveRefs.set(d.key!, symbolCount.get(d.symbol!)! > 1 ? d.key! : d.symbol!)
      this.#issuedOn.set(d.key!, d.issuedOn!)
    }
  }

  /** Registers the tasks of the bundle that have a sound natural key. */
  addTasks(tasks: readonly TaskKey[]): void {
    for (const t of tasks) if (t.key !== undefined) this.#tasks.set(t.key, t)
  }

  /**
   * Reads a reference to an organisation: its code as stored; `undefined` when there is none
   * (absent or `null`, silently) or after reporting `INVALID_TYPE` or `UNKNOWN_ORGANIZATION`.
   */
  organization(raw: unknown, path: ErrorPath): string | undefined {
    const text = this.#reader.value(raw, path, 'string') as string | undefined
    if (text === undefined) return undefined
    const parsed = parseOrganizationCode(text, path)
    const code = parsed.ok ? parsed.value : nfc(text).trim()
    if (!parsed.ok || !this.#organizationCodes.has(code)) {
      this.#reader.add(
        'UNKNOWN_ORGANIZATION',
        {
          en: `No organisation with code ${shownValue(text)} in the bundle`,
          vi: `Không có tổ chức mã ${shownValue(text)} trong gói dữ liệu`,
        },
        path,
        text,
      )
      return undefined
    }
    return code
  }

  /**
   * Reads a reference to a directive: its natural key; `undefined` when there is none (absent or
   * `null`, silently) or after reporting why not.
   */
  directive(raw: unknown, path: ErrorPath): string | undefined {
    const text = this.#reader.value(raw, path, 'string') as string | undefined
    return text === undefined ? undefined : this.#resolveDirective(text, path, true)
  }

  /** Reads a reference to a task: its natural key, or `undefined` after reporting `UNKNOWN_TASK`. */
  task(raw: unknown, path: ErrorPath): string | undefined {
    const text = this.#reader.value(raw, path, 'string') as string | undefined
    if (text === undefined) return undefined
    const parsed = parseTaskRef(text)
    let key: string | undefined
    if (parsed.ok) {
      const directive = this.#resolveDirective(text.slice(0, text.lastIndexOf('#')), path, false)
      if (directive !== undefined) key = `${directive}#${parsed.value.reference}`
    }
    if (key === undefined || !this.#tasks.has(key)) {
      this.#reader.add(
        'UNKNOWN_TASK',
        {
          en: `No task ${shownValue(text)} in the bundle (a task ref is "<directive>#<reference>", e.g. "06-CTr/TU#III.2")`,
          vi: `Không có nhiệm vụ ${shownValue(text)} trong gói dữ liệu (tham chiếu nhiệm vụ có dạng "<văn bản>#<số thứ tự>", ví dụ "06-CTr/TU#III.2")`,
        },
        path,
        text,
      )
      return undefined
    }
    return key
  }

  /** The canonical ref of a directive, by its natural key: `93-KL/TW`, or `93-KL/TW@2020`. */
  directiveRef(key: string): string {
    return this.#directiveRefs.get(key)!
  }

  /** The day a directive was issued, by its natural key. */
  issuedOn(key: string): IsoDate | undefined {
    return this.#issuedOn.get(key)
  }

  /** The canonical ref of a task, by its natural key: `06-CTr/TU#III.2`. */
  taskRef(key: string): string {
    const task = this.#tasks.get(key)!
    return `${this.directiveRef(task.directiveKey!)}#${task.reference}`
  }

  #resolveDirective(text: string, path: ErrorPath, report: boolean): string | undefined {
    const parsed = parseDirectiveRef(text)
    if (!parsed.ok) {
      if (report) this.#reader.add(parsed.error.code, bilingual(parsed.error), path, text)
      return undefined
    }
    const { symbol, year } = parsed.value
    const candidates = (this.#directivesBySymbol.get(symbol) ?? []).filter(
      (d) => d.key !== undefined && (year === null || issueYearOf(d.issuedOn!) === year),
    )
    if (candidates.length === 1) return candidates[0]!.key!
    if (!report) return undefined
    if (candidates.length > 1) {
      const years = candidates.map((d) => issueYearOf(d.issuedOn!)).join(', ')
      const example = `${symbol}@${issueYearOf(candidates[0]!.issuedOn!)}`
      this.#reader.add(
        'AMBIGUOUS_DIRECTIVE_REF',
        {
          en: `${shownValue(text)} names several directives of the bundle (issued in ${years}): add the year, e.g. "${example}"`,
          vi: `${shownValue(text)} trùng ký hiệu với nhiều văn bản trong gói (ban hành các năm ${years}): thêm năm ban hành, ví dụ "${example}"`,
        },
        path,
        text,
      )
    } else if ((this.#directivesBySymbol.get(symbol)?.length ?? 0) === 0) {
      this.#reader.add(
        'UNKNOWN_DIRECTIVE',
        {
          en: `No directive ${shownValue(text)} in the bundle`,
          vi: `Không có văn bản ${shownValue(text)} trong gói dữ liệu`,
        },
        path,
        text,
      )
    } else {
      this.#reader.add(
        'UNKNOWN_DIRECTIVE',
        {
          en: `No directive ${shownValue(text)} in the bundle: ${symbol} exists, but not issued in ${year}`,
          vi: `Không có văn bản ${shownValue(text)} trong gói dữ liệu: có ${symbol} nhưng không ban hành năm ${year}`,
        },
        path,
        text,
      )
    }
    return undefined
  }
}
