import {
  type Directive,
  type DirectiveId,
  domainError,
  type OrganizationId,
  parseDocumentSymbol,
} from '@chidao/domain'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { abort, defineUseCase, orAbort } from '../use-case/use-case.js'
import { directiveBySymbol } from './directive-by-symbol.js'

/** One document, by id or by symbol: the id wins when both are given. */
export interface FindDirectiveInput {
  readonly id?: DirectiveId | null
  /** The number and symbol in any accepted spelling: `93-KL/TW`, `Số: 93-KL/TƯ`, `93-kl-tw`. */
  readonly symbol?: string | null
  /** With `symbol`: the year it was issued, for a symbol several years have used. */
  readonly year?: number | null
  /** With `symbol`: the issuer, by id, for a symbol several bodies have used the same year. */
  readonly issuerId?: OrganizationId | null
  /** With `symbol`: the issuer, by organisation code (`DU-XA-BINH-AN`). */
  readonly issuerCode?: string | null
}

/** The ports {@link findDirective} calls. */
export interface FindDirectivePorts {
  readonly directives: Pick<DirectiveReader, 'findById' | 'findBySymbol'>
  readonly organizations: Pick<OrganizationReader, 'findByCode' | 'findByIds'>
}

/**
 * Finds one document (tra cứu văn bản) by id, or by its number and symbol written in any
 * accepted spelling; `null` when the caller sees none, whether there is none or it lies above
 * the caller's clearance. A symbol alone may name documents of several years (Party numbering
 * restarts each term): the newest is chosen unless `year` is given. A document is its symbol,
 * issuer and year: two bodies' documents of one symbol and year (two communes' `15-KH/ĐU` of
 * 2025) are not picked between — `AMBIGUOUS_DIRECTIVE` at `['symbol']`, naming the issuers,
 * unless `issuerId` or `issuerCode` tells which. Of the instances of one
 * document stored at several secrecy levels, the one the port gives first is chosen (the most
 * secret the caller sees), so the answer is always the same one. Fails with `VALIDATION` when
 * neither id nor symbol is given, `INVALID_DOCUMENT_SYMBOL` at `['symbol']` for text that is not
 * a symbol.
 *
 * @example
 * ```ts
 * const result = await findDirective(context, { symbol: 'Số: 93-KL/TƯ' })
 * if (result.ok) result.value?.symbolText // '93-KL/TW'
 * ```
 */
export const findDirective = defineUseCase({
  name: 'findDirective',
  errors: ['VALIDATION', 'INVALID_DOCUMENT_SYMBOL', 'AMBIGUOUS_DIRECTIVE'],
  async run(
    context: UseCaseContext<FindDirectivePorts>,
    input: FindDirectiveInput,
  ): Promise<Directive | null> {
    if (input.id != null) return context.ports.directives.findById(input.id)
    if (input.symbol == null) {
      abort(domainError('VALIDATION', { en: 'Give id or symbol', vi: 'Cần truyền id hoặc symbol' }))
    }
    const symbol = orAbort(parseDocumentSymbol(input.symbol), ['symbol'])
    return directiveBySymbol(
      context.ports,
      {
        symbol,
        year: input.year ?? null,
        issuerId: input.issuerId ?? null,
        issuerCode: input.issuerCode ?? null,
      },
      ['symbol'],
    )
  },
})

/** What {@link findDirective} may fail with. */
export const FIND_DIRECTIVE_ERRORS = findDirective.errors

/** A code {@link findDirective} may fail with. */
export type FindDirectiveError = UseCaseErrorOf<typeof findDirective>
