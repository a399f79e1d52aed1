import type { Citation, Directive } from '@chidao/domain'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { defineUseCase } from '../use-case/use-case.js'

/** A reference to a document found in running text (see the domain's `extractCitations`). */
export interface FindCitedDirectiveInput {
  readonly citation: Pick<Citation, 'symbol' | 'issuedOn'>
}

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
export const findCitedDirective = defineUseCase({
  name: 'findCitedDirective',
  errors: [],
  async run(
    context: UseCaseContext<FindCitedDirectivePorts>,
    input: FindCitedDirectiveInput,
  ): Promise<Directive | null> {
    const { symbol, issuedOn } = input.citation
    const year = issuedOn ? Number(issuedOn.slice(0, 4)) : (symbol.year ?? null)
    const [cited] = await context.ports.directives.findBySymbol(symbol, { year })
    return cited ?? null
  },
})

/** What {@link findCitedDirective} may fail with: nothing, a citation names a stored document or none. */
export const FIND_CITED_DIRECTIVE_ERRORS = findCitedDirective.errors

/** A code {@link findCitedDirective} may fail with. */
export type FindCitedDirectiveError = UseCaseErrorOf<typeof findCitedDirective>
