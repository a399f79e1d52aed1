import type { Citation, Directive } from '@chidao/domain'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { UseCaseContext, UseCaseResult } from '../use-case/use-case.js'
import { runUseCase } from '../use-case/use-case.js'

/** A reference to a document found in running text (see the domain's `extractCitations`). */
export interface FindCitedDirectiveInput {
  readonly citation: Pick<Citation, 'symbol' | 'issuedOn'>
}

/** What {@link findCitedDirective} may fail with: nothing, a citation names a stored document or none. */
export const FIND_CITED_DIRECTIVE_ERRORS = [] as const

/** A code {@link findCitedDirective} may fail with. */
export type FindCitedDirectiveError = (typeof FIND_CITED_DIRECTIVE_ERRORS)[number]

/** The ports {@link findCitedDirective} calls. */
export interface FindCitedDirectivePorts {
  readonly directives: Pick<DirectiveReader, 'findBySymbol'>
}

/**
 * The stored document a citation names, when the caller may see one; `null` otherwise. The
 * year is the citation's date when it gives one ("ngày 16/4/2010"), else the year written in
 * the symbol (`40/2024/QĐ-UBND`); with neither, the newest document bearing the symbol. Of
 * instances stored at several secrecy levels, the one the port gives first.
 *
 * @example
 * ```ts
 * const [citation] = extractCitations('Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị')
 * const result = await findCitedDirective(context, { citation })
 * if (result.ok) result.value?.issuedOn // '2010-04-16'
 * ```
 */
export function findCitedDirective(
  context: UseCaseContext<FindCitedDirectivePorts>,
  input: FindCitedDirectiveInput,
): Promise<UseCaseResult<Directive | null, FindCitedDirectiveError>> {
  return runUseCase('findCitedDirective', FIND_CITED_DIRECTIVE_ERRORS, async () => {
    const { symbol, issuedOn } = input.citation
    const year = issuedOn ? Number(issuedOn.slice(0, 4)) : (symbol.year ?? null)
    const [cited] = await context.ports.directives.findBySymbol(symbol, { year })
    return cited ?? null
  })
}
