import type { IsoDate } from '../../calendar/iso-date.js'
import type { ErrorPath } from '../../domain-error.js'
import { parseOrganizationCode } from '../../organization/organization-code.js'
import { nfc } from '../../text/nfc.js'
import { type BundleReader, shownValue } from '../bundle-reader.js'
import { directiveRefsOf, parseDirectiveRef, parseTaskRef } from '../bundle-ref.js'
import { bilingual, issueYearOf } from './section-support.js'

/**
 * A directive of the bundle as references see it: its canonical symbol, issuer and day of issue
 * when they could be read, and its natural key (`<symbol>@<ISSUER>/<year>`) when it is the first
 * to have it.
 */
export interface DirectiveKey {
  readonly symbol?: string
  readonly issuer?: string
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
 * (`93-KL/TW`, `93-KL/TW@2020`, `15-KH/ĐU@DU-XA-BINH-AN`, `15-KH/ĐU@DU-XA-BINH-AN/2025`) and task refs (`06-CTr/TU#III.2`). Each section registers its
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
  #invalidOrganizationCodes: ReadonlySet<string> = new Set()
  readonly #directivesBySymbol = new Map<string, DirectiveKey[]>()
  readonly #directiveRefs = new Map<string, string>()
  readonly #issuedOn = new Map<string, IsoDate>()
  readonly #tasks = new Map<string, TaskKey>()

  constructor(reader: BundleReader) {
    this.#reader = reader
  }

  /**
   * Registers the organisation codes of the bundle (code → anything), and the codes written on
   * organisations that are no valid codes: a reference to one of those is the same mistake,
   * reported once, at the organisation, not again at each reference.
   */
  addOrganizations(codes: ReadonlyMap<string, unknown>, invalid: readonly string[] = []): void {
    this.#organizationCodes = codes
    this.#invalidOrganizationCodes = new Set(invalid.map((code) => nfc(code).trim()))
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
    // A directive's ref is its symbol, with what tells it from others sharing the symbol.
    const refs = directiveRefsOf(
      keyed.map((d) => ({ symbol: d.symbol!, issuer: d.issuer!, issuedOn: d.issuedOn! })),
    )
    for (const [i, d] of keyed.entries()) {
      this.#directiveRefs.set(d.key!, refs[i]!)
      this.#issuedOn.set(d.key!, d.issuedOn!)
    }
  }

  /** Registers the tasks of the bundle that have a sound natural key. */
  addTasks(tasks: readonly TaskKey[]): void {
    for (const t of tasks) if (t.key !== undefined) this.#tasks.set(t.key, t)
  }

  /**
   * Reads a reference to an organisation: its code as stored; `undefined` when there is none
   * (absent or `null`, or the invalid code of an organisation of the bundle: silently) or after
   * reporting `INVALID_TYPE` or `UNKNOWN_ORGANIZATION`.
   */
  organization(raw: unknown, path: ErrorPath): string | undefined {
    const text = this.#reader.value(raw, path, 'string') as string | undefined
    if (text === undefined) return undefined
    const parsed = parseOrganizationCode(text, path)
    const code = parsed.ok ? parsed.value : nfc(text).trim()
    if (!parsed.ok && this.#invalidOrganizationCodes.has(code)) return undefined
    if (!parsed.ok || !this.#organizationCodes.has(code)) {
      this.#reader.add(
        'UNKNOWN_ORGANIZATION',
        {
          en: `No organisation with code ${shownValue(text)} in the bundle`,
          vi: `Không có tổ chức mã ${shownValue(text, 'vi')} trong gói dữ liệu`,
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
          vi: `Không có nhiệm vụ ${shownValue(text, 'vi')} trong gói dữ liệu (tham chiếu nhiệm vụ có dạng "<văn bản>#<số thứ tự>", ví dụ "06-CTr/TU#III.2")`,
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
    const { symbol, issuer, year } = parsed.value
    const candidates = (this.#directivesBySymbol.get(symbol) ?? []).filter(
      (d) =>
        d.key !== undefined &&
        (issuer === null || d.issuer === issuer) &&
        (year === null || issueYearOf(d.issuedOn!) === year),
    )
    if (candidates.length === 1) return candidates[0]!.key!
    if (!report) return undefined
    if (candidates.length > 1) {
      const named = candidates.map((d) => `"${d.key!}"`).join(', ')
      this.#reader.add(
        'AMBIGUOUS_DIRECTIVE_REF',
        {
          en: `${shownValue(text)} names several directives of the bundle: ${named}; write the one meant with its issuer and year, e.g. ${candidates.map((d) => `"${d.key!}"`)[0]}`,
          vi: `${shownValue(text, 'vi')} trùng ký hiệu với nhiều văn bản trong gói: ${named}; ghi rõ cơ quan ban hành và năm của văn bản cần chỉ, ví dụ ${candidates.map((d) => `"${d.key!}"`)[0]}`,
        },
        path,
        text,
      )
    } else if ((this.#directivesBySymbol.get(symbol)?.length ?? 0) === 0) {
      this.#reader.add(
        'UNKNOWN_DIRECTIVE',
        {
          en: `No directive ${shownValue(text)} in the bundle`,
          vi: `Không có văn bản ${shownValue(text, 'vi')} trong gói dữ liệu`,
        },
        path,
        text,
      )
    } else {
      this.#reader.add(
        'UNKNOWN_DIRECTIVE',
        {
          en: `No directive ${shownValue(text)} in the bundle: ${symbol} exists, but not ${describe(issuer, year, 'en')}`,
          vi: `Không có văn bản ${shownValue(text, 'vi')} trong gói dữ liệu: có ${symbol} nhưng không ${describe(issuer, year, 'vi')}`,
        },
        path,
        text,
      )
    }
    return undefined
  }
}

/** How a ref's issuer and year read in a sentence: "issued by DU-XA-BINH-AN in 2025". */
function describe(issuer: string | null, year: number | null, language: 'en' | 'vi'): string {
  const by = issuer === null ? '' : language === 'en' ? ` by ${issuer}` : ` do ${issuer}`
  const inYear = year === null ? '' : language === 'en' ? ` in ${year}` : ` năm ${year}`
  return language === 'en' ? `issued${by}${inYear}` : `ban hành${by}${inYear}`
}
