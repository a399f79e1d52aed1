import { type DomainError, domainError } from '../domain-error.js'
import { parseOrganizationCode } from '../organization/organization-code.js'
import { err, ok, type Result } from '../result.js'
import { formatDocumentSymbol, parseDocumentSymbol } from '../symbol/document-symbol.js'
import { cleanText } from '../text/nfc.js'
import type { Bundle, BundleDirective, BundleTask } from './bundle.js'

/**
 * A reference to a directive inside a bundle: its canonical symbol, and what tells it from other
 * directives of the same symbol — the code of its issuer, the year it was issued, or both.
 * A document's identity is symbol + issuer + year (two communes may both issue a `15-KH/ĐU` in
 * 2025; Party numbers restart with each term). Written `<symbol>`, `<symbol>@<year>`,
 * `<symbol>@<ISSUER>` or `<symbol>@<ISSUER>/<year>`.
 *
 * @example
 * ```ts
 * parseDirectiveRef('15-KH/ĐU@DU-XA-BINH-AN/2025')
 * // { ok: true, value: { symbol: '15-KH/ĐU', issuer: 'DU-XA-BINH-AN', year: 2025 } }
 * ```
 */
export interface DirectiveRef {
  /** Canonical symbol (`93-KL/TW`). */
  readonly symbol: string
  /** Code of the issuer (upper case), or `null` when the ref gives none. */
  readonly issuer: string | null
  /** Year of issue, or `null` when the ref gives none. */
  readonly year: number | null
}

/**
 * A reference to a task inside a bundle: its directive and its reference within it
 * (`06-CTr/TU#III.2.b`).
 *
 * @example
 * ```ts
 * parseTaskRef('06-CTr/TU#III.2') // { ok: true, value: { directive: { symbol: '06-CTr/TU', issuer: null, year: null }, reference: 'III.2' } }
 * ```
 */
export interface TaskRef {
  readonly directive: DirectiveRef
  readonly reference: string
}

/** What follows `@`: a year, an issuer's code, or the code and the year (`DU-XA-BINH-AN/2025`). */
const YEAR_ONLY = /^\s*(\d{4})\s*$/u
const ISSUER_AND_YEAR = /^\s*([^\s/]+)\s*(?:\/\s*(\d{4})\s*)?$/u

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

const DIRECTIVE = { en: 'directive', vi: 'văn bản' }

/**
 * Reads a directive ref: a document symbol in any accepted spelling (see
 * {@link parseDocumentSymbol}), optionally followed by `@` and the four-digit year of issue, the
 * issuer's organisation code, or both as `<ISSUER>/<year>`. Never throws; errors are
 * `INVALID_DOCUMENT_SYMBOL` or `INVALID_REFERENCE`.
 *
 * @example
 * ```ts
 * parseDirectiveRef('Số: 93-KL/TW') // ok: { symbol: '93-KL/TW', issuer: null, year: null }
 * parseDirectiveRef('93-KL/TW@2020') // ok: { symbol: '93-KL/TW', issuer: null, year: 2020 }
 * parseDirectiveRef('15-KH/ĐU@du-xa-binh-an') // ok: { symbol: '15-KH/ĐU', issuer: 'DU-XA-BINH-AN', year: null }
 * ```
 */
export function parseDirectiveRef(text: string): Result<DirectiveRef> {
  if (typeof text !== 'string') return err(invalidRef(String(text), DIRECTIVE))
  const at = text.lastIndexOf('@')
  const symbolText = at < 0 ? text : text.slice(0, at)
  let issuer: string | null = null
  let year: number | null = null
  if (at >= 0) {
    const suffix = text.slice(at + 1)
    const yearOnly = YEAR_ONLY.exec(suffix)
    const both = yearOnly ? null : ISSUER_AND_YEAR.exec(suffix)
    if (yearOnly) year = Number(yearOnly[1])
    else if (both) {
      const code = parseOrganizationCode(both[1]!)
      // A code has a letter: `@20` is a mistyped year, not an issuer.
      if (!code.ok || !/\p{L}/u.test(code.value)) return err(invalidRef(text, DIRECTIVE))
      issuer = code.value
      year = both[2] === undefined ? null : Number(both[2])
    } else return err(invalidRef(text, DIRECTIVE))
  }
  const symbol = parseDocumentSymbol(symbolText)
  if (!symbol.ok) return symbol
  return ok(Object.freeze({ symbol: formatDocumentSymbol(symbol.value), issuer, year }))
}

/**
 * Writes a directive ref: the canonical symbol, with `@` and the issuer, the year or both when
 * given.
 *
 * @example
 * ```ts
 * formatDirectiveRef({ symbol: '93-KL/TW', issuer: null, year: 2020 }) // '93-KL/TW@2020'
 * formatDirectiveRef({ symbol: '15-KH/ĐU', issuer: 'DU-XA-BINH-AN', year: 2025 }) // '15-KH/ĐU@DU-XA-BINH-AN/2025'
 * formatDirectiveRef({ symbol: '93-KL/TW', issuer: null, year: null }) // '93-KL/TW'
 * ```
 */
export function formatDirectiveRef(
  ref: Pick<DirectiveRef, 'symbol' | 'year'> & { readonly issuer?: string | null },
): string {
  const issuer = ref.issuer ?? null
  if (issuer === null) return ref.year === null ? ref.symbol : `${ref.symbol}@${ref.year}`
  return ref.year === null ? `${ref.symbol}@${issuer}` : `${ref.symbol}@${issuer}/${ref.year}`
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

/** What a directive's canonical ref is made of: its symbol, issuer and day of issue. */
export type DirectiveIdentity = Pick<BundleDirective, 'symbol' | 'issuer' | 'issuedOn'>

/**
 * The canonical ref of each directive of a list, in its order: the symbol alone when no other
 * directive shares it; else the shortest of `@year`, `@ISSUER` and `@ISSUER/year` that names it
 * alone among those sharing it. This is the form every ref of a {@link Bundle} takes.
 *
 * @example
 * ```ts
 * directiveRefsOf([kl93, planBinhAn, planAnThanh])
 * // ['93-KL/TW', '15-KH/ĐU@DU-XA-BINH-AN', '15-KH/ĐU@DU-XA-AN-THANH']
 * ```
 */
export function directiveRefsOf(directives: readonly DirectiveIdentity[]): readonly string[] {
  const bySymbol = new Map<string, DirectiveIdentity[]>()
  for (const d of directives) {
    const list = bySymbol.get(d.symbol)
    if (list === undefined) bySymbol.set(d.symbol, [d])
    else list.push(d)
  }
  return directives.map((d) => {
    const sharing = bySymbol.get(d.symbol)!
    if (sharing.length === 1) return d.symbol
    const year = issueYear(d)
    const count = (same: (o: DirectiveIdentity) => boolean) => sharing.filter(same).length
    if (count((o) => issueYear(o) === year) === 1)
      return formatDirectiveRef({ ...d, issuer: null, year })
    if (count((o) => o.issuer === d.issuer) === 1) return formatDirectiveRef({ ...d, year: null })
    return formatDirectiveRef({ ...d, year })
  })
}

/**
 * The canonical ref of a directive within a list (see {@link directiveRefsOf}).
 *
 * @example
 * ```ts
 * bundleDirectiveRef(bundle.directives, kl93) // '93-KL/TW'
 * ```
 */
export function bundleDirectiveRef(
  directives: readonly DirectiveIdentity[],
  directive: DirectiveIdentity,
): string {
  const sharing = directives.filter((d) => d.symbol === directive.symbol)
  const index = sharing.findIndex(
    (d) =>
      d === directive || (d.issuer === directive.issuer && issueYear(d) === issueYear(directive)),
  )
  if (index < 0) return directiveRefsOf([...sharing, directive]).at(-1)!
  return directiveRefsOf(sharing)[index]!
}

/**
 * Whether a directive answers a ref: the same symbol, and the issuer and year where the ref
 * gives them.
 *
 * @example
 * ```ts
 * answersRef(planBinhAn, { symbol: '15-KH/ĐU', issuer: 'DU-XA-BINH-AN', year: null }) // true
 * ```
 */
export function answersRef(directive: DirectiveIdentity, ref: DirectiveRef): boolean {
  return (
    directive.symbol === ref.symbol &&
    (ref.issuer === null || directive.issuer === ref.issuer) &&
    (ref.year === null || issueYear(directive) === ref.year)
  )
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
 * the directive's natural key (symbol, issuer and issue year).
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
  const found = bundle.directives.filter((d) => answersRef(d, parsed.value))
  return found.length === 1 ? found[0]! : null
}
