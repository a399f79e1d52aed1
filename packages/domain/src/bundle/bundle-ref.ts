import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'
import { formatDocumentSymbol, parseDocumentSymbol } from '../symbol/document-symbol.js'
import { cleanText } from '../text/nfc.js'
import type { Bundle, BundleDirective, BundleTask } from './bundle.js'

/**
 * A reference to a directive inside a bundle: its canonical symbol, and the year it was issued
 * when the symbol alone is ambiguous (Party numbers restart with each term).
 *
 * @example
 * ```ts
 * parseDirectiveRef('93-KL/TƯ@2020') // { ok: true, value: { symbol: '93-KL/TW', year: 2020 } }
 * ```
 */
export interface DirectiveRef {
  /** Canonical symbol (`93-KL/TW`). */
  readonly symbol: string
  /** Year of issue, or `null` when the ref gives none. */
  readonly year: number | null
}

/**
 * A reference to a task inside a bundle: its directive and its reference within it
 * (`06-CTr/TU#III.2.b`).
 *
 * @example
 * ```ts
 * parseTaskRef('06-CTr/TU#III.2') // { ok: true, value: { directive: { symbol: '06-CTr/TU', year: null }, reference: 'III.2' } }
 * ```
 */
export interface TaskRef {
  readonly directive: DirectiveRef
  readonly reference: string
}

const YEAR_SUFFIX = /@\s*(\d{4})\s*$/u

function invalidRef(text: string, what: { en: string; vi: string }): DomainError {
  const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text
  return domainError(
    'INVALID_REFERENCE',
    {
      en: `Not a ${what.en} reference: "${shown}"`,
      vi: `Tham chiếu ${what.vi} không hợp lệ: "${shown}"`,
    },
    [],
    text,
  )
}

/**
 * Reads a directive ref: a document symbol in any accepted spelling (see
 * {@link parseDocumentSymbol}), optionally followed by `@` and the four-digit year of issue.
 * Never throws; errors are `INVALID_DOCUMENT_SYMBOL` or `INVALID_REFERENCE`.
 *
 * @example
 * ```ts
 * parseDirectiveRef('Số: 93-KL/TW') // ok: { symbol: '93-KL/TW', year: null }
 * parseDirectiveRef('93-KL/TW@2020') // ok: { symbol: '93-KL/TW', year: 2020 }
 * ```
 */
export function parseDirectiveRef(text: string): Result<DirectiveRef> {
  if (typeof text !== 'string') {
    return err(invalidRef(String(text), { en: 'directive', vi: 'văn bản' }))
  }
  let symbolText = text
  let year: number | null = null
  const suffix = YEAR_SUFFIX.exec(text)
  if (suffix) {
    symbolText = text.slice(0, suffix.index)
    year = Number(suffix[1])
  } else if (text.includes('@')) {
    return err(invalidRef(text, { en: 'directive', vi: 'văn bản' }))
  }
  const symbol = parseDocumentSymbol(symbolText)
  if (!symbol.ok) return symbol
  return ok(Object.freeze({ symbol: formatDocumentSymbol(symbol.value), year }))
}

/**
 * Writes a directive ref: the canonical symbol, with `@year` when a year is given.
 *
 * @example
 * ```ts
 * formatDirectiveRef({ symbol: '93-KL/TW', year: 2020 }) // '93-KL/TW@2020'
 * formatDirectiveRef({ symbol: '93-KL/TW', year: null }) // '93-KL/TW'
 * ```
 */
export function formatDirectiveRef(ref: DirectiveRef): string {
  return ref.year === null ? ref.symbol : `${ref.symbol}@${ref.year}`
}

/**
 * Reads a task ref `<directive ref>#<reference>`. The reference is NFC, spaces folded; its
 * form (`III.2.b`) is checked where the task is validated. Never throws.
 *
 * @example
 * ```ts
 * parseTaskRef('06-CTr/TU@2021#III.2').ok // true
 * parseTaskRef('06-CTr/TU').ok // false: INVALID_REFERENCE
 * ```
 */
export function parseTaskRef(text: string): Result<TaskRef> {
  const hash = typeof text === 'string' ? text.lastIndexOf('#') : -1
  if (hash < 0) return err(invalidRef(String(text), { en: 'task', vi: 'nhiệm vụ' }))
  const reference = cleanText(text.slice(hash + 1))
  if (reference === '') return err(invalidRef(text, { en: 'task', vi: 'nhiệm vụ' }))
  const directive = parseDirectiveRef(text.slice(0, hash))
  if (!directive.ok) return directive
  return ok(Object.freeze({ directive: directive.value, reference }))
}

/**
 * The year a directive was issued.
 *
 * @example
 * ```ts
 * issueYear({ issuedOn: '2020-11-20' }) // 2020
 * ```
 */
export function issueYear(directive: Pick<BundleDirective, 'issuedOn'>): number {
  return Number(directive.issuedOn.slice(0, 4))
}

/**
 * The canonical ref of a directive within a list: its symbol alone when no other directive of
 * the list shares it, else the symbol with `@year`. This is the form every ref of a
 * {@link Bundle} takes.
 *
 * @example
 * ```ts
 * bundleDirectiveRef(bundle.directives, kl93) // '93-KL/TW'
 * ```
 */
export function bundleDirectiveRef(
  directives: readonly Pick<BundleDirective, 'symbol' | 'issuedOn'>[],
  directive: Pick<BundleDirective, 'symbol' | 'issuedOn'>,
): string {
  let shared = 0
  for (const other of directives) if (other.symbol === directive.symbol) shared++
  return shared > 1 ? `${directive.symbol}@${issueYear(directive)}` : directive.symbol
}

/**
 * The canonical ref of a task of a {@link Bundle}: `<directive ref>#<reference>`.
 *
 * @example
 * ```ts
 * bundleTaskRef(task) // '06-CTr/TU#III.2'
 * ```
 */
export function bundleTaskRef(task: Pick<BundleTask, 'directive' | 'reference'>): string {
  return `${task.directive}#${task.reference}`
}

/**
 * Finds the directive of a bundle that a ref (in any accepted spelling) names, or `null` when
 * none does or the ref is ambiguous. Use it in importers to go from a task's `directive` to
 * the directive's natural key (symbol and issue year).
 *
 * @example
 * ```ts
 * resolveBundleDirective(bundle, '93-KL/TƯ')?.issuedOn // '2020-11-20'
 * ```
 */
export function resolveBundleDirective(
  bundle: Pick<Bundle, 'directives'>,
  ref: string,
): BundleDirective | null {
  const parsed = parseDirectiveRef(ref)
  if (!parsed.ok) return null
  const { symbol, year } = parsed.value
  const found = bundle.directives.filter(
    (d) => d.symbol === symbol && (year === null || issueYear(d) === year),
  )
  return found.length === 1 ? found[0]! : null
}
