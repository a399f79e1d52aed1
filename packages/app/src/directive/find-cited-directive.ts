import { type Citation, type Directive, nfc, type OrganizationId, searchKey } from '@chidao/domain'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineRead } from '../use-case/use-case.js'

/** A reference to a document found in running text (see the domain's `extractCitations`). */
export interface FindCitedDirectiveInput {
  readonly citation: Pick<Citation, 'symbol' | 'issuedOn'> & {
    /** The issuer as the text names it ("Đảng ủy xã Bình An"), when it does. */
    readonly issuer?: string | null
  }
}

/**
 * How a citation matched the stored documents the caller may see:
 *
 * - `FOUND`: one document (`directive`);
 * - `AMBIGUOUS_CITATION`: several documents of that symbol and year, from different issuers
 *   (two communes' `15-KH/ĐU` of 2025), and the citation names no issuer that tells one: none
 *   is picked, each is a candidate;
 * - `NOT_FOUND`: none.
 *
 * @example
 * ```ts
 * const match: CitationMatch = 'AMBIGUOUS_CITATION'
 * ```
 */
export type CitationMatch = 'FOUND' | 'AMBIGUOUS_CITATION' | 'NOT_FOUND'

/** What {@link findCitedDirective} answers. */
export interface CitedDirective {
  readonly match: CitationMatch
  /** The document, when the citation names exactly one the caller may see; else `null`. */
  readonly directive: Directive | null
  /**
   * The documents the citation may name, as the caller sees them, in the port's order: the one
   * found, every candidate when ambiguous, none when not found. A document the caller may not
   * see is never among them, and never makes a citation ambiguous.
   */
  readonly candidates: readonly Directive[]
}

/** The ports {@link findCitedDirective} calls. */
export interface FindCitedDirectivePorts {
  readonly directives: Pick<DirectiveReader, 'findBySymbol'>
  readonly organizations: Pick<OrganizationReader, 'findByIds'>
}

/**
 * The stored documents a citation names, among those the caller may see. A document is its
 * symbol, issuer and year. The year is the citation's date when it gives one ("ngày
 * 16/4/2010"), else the year written in the symbol (`40/2024/QĐ-UBND`); with neither, that of
 * the newest document bearing the symbol. Several documents of that year from different
 * issuers are narrowed by the issuer the citation names ("của Đảng ủy xã Bình An": the
 * organisation of that name, letter case and spacing aside, else of that name without
 * diacritics); when that leaves one, it is `FOUND`, else the answer is `AMBIGUOUS_CITATION`
 * with the candidates, and no document is picked. Instances of one document stored at several
 * secrecy levels are one document: the one the port gives first.
 *
 * @example
 * ```ts
 * const [citation] = extractCitations('Kế hoạch số 15-KH/ĐU ngày 10/9/2025 của Đảng ủy xã Bình An')
 * const result = await findCitedDirective(context, { citation })
 * if (result.ok && result.value.match === 'FOUND') result.value.directive?.issuedOn // '2025-09-10'
 * ```
 */
export const findCitedDirective = defineRead(
  'findCitedDirective',
  async (
    context: UseCaseContext<FindCitedDirectivePorts>,
    input: FindCitedDirectiveInput,
  ): Promise<CitedDirective> => {
    const { symbol, issuedOn, issuer } = input.citation
    const { directives, organizations } = context.ports
    const year = issuedOn ? Number(issuedOn.slice(0, 4)) : (symbol.year ?? null)
    const found = await directives.findBySymbol(symbol, { year })
    const newestYear = found[0]?.issuedOn.slice(0, 4)
    // One document per issuer in the year asked, or in the newest year bearing the symbol.
    const byIssuer = new Map<OrganizationId, Directive>()
    for (const d of found) {
      if (d.issuedOn.slice(0, 4) === newestYear && !byIssuer.has(d.issuerId)) {
        byIssuer.set(d.issuerId, d)
      }
    }
    const candidates = [...byIssuer.values()]
    if (candidates.length <= 1) return answer(candidates)
    if (issuer == null || issuer.trim() === '') return answer(candidates)
    const issuers = await organizations.findByIds([...byIssuer.keys()])
    const names = issuers.map((o) => o?.name ?? null)
    for (const fold of [caseAndSpaces, searchKey]) {
      const named = candidates.filter(
        (_, i) => names[i] != null && fold(names[i]!) === fold(issuer),
      )
      if (named.length > 0) return answer(named)
    }
    return answer(candidates)
  },
)

function caseAndSpaces(text: string): string {
  return nfc(text).toLowerCase().replace(/\s+/gu, ' ').trim()
}

function answer(candidates: readonly Directive[]): CitedDirective {
  const [only] = candidates
  if (only === undefined) return Object.freeze({ match: 'NOT_FOUND', directive: null, candidates })
  if (candidates.length === 1) {
    return Object.freeze({ match: 'FOUND', directive: only, candidates: Object.freeze([only]) })
  }
  return Object.freeze({
    match: 'AMBIGUOUS_CITATION',
    directive: null,
    candidates: Object.freeze([...candidates]),
  })
}

/** What {@link findCitedDirective} may fail with: nothing; an ambiguous citation is an answer. */
export const FIND_CITED_DIRECTIVE_ERRORS = findCitedDirective.errors

/** A code {@link findCitedDirective} may fail with. */
export type FindCitedDirectiveError = UseCaseErrorOf<typeof findCitedDirective>
