import {
  type Directive,
  type DocumentSymbol,
  domainError,
  type ErrorPath,
  formatDocumentSymbol,
  type OrganizationId,
} from '@chidao/domain'
import type { DirectiveReader } from '../ports/directive-store.js'
import type { OrganizationReader } from '../ports/organization-store.js'
import { abort } from '../use-case/use-case.js'

/** A document named by its number and symbol, and what tells it from others of that symbol. */
export interface DirectiveBySymbol {
  readonly symbol: DocumentSymbol
  /** The year it was issued. */
  readonly year?: number | null
  /** The issuer, by id. */
  readonly issuerId?: OrganizationId | null
  /** The issuer, by organisation code (`DU-XA-BINH-AN`). */
  readonly issuerCode?: string | null
}

/** The ports {@link directiveBySymbol} calls. */
export interface DirectiveBySymbolPorts {
  readonly directives: Pick<DirectiveReader, 'findBySymbol'>
  readonly organizations: Pick<OrganizationReader, 'findByCode' | 'findByIds'>
}

/**
 * The document a symbol names, as the caller sees it, or `null`. A document is its symbol,
 * issuer and year: documents of several years bearing the symbol yield the newest (Party
 * numbering restarts each term) unless `year` is given; several documents of that year from
 * different issuers (two communes' `15-KH/ĐU` of 2025) are not picked between — the look-up
 * aborts with `AMBIGUOUS_DIRECTIVE` at `path`, naming each issuer, unless `issuerId` or
 * `issuerCode` tells which. An issuer code the caller does not see names no document (`null`),
 * as an absent one. Instances of one document at several secrecy levels are one document: the
 * first the port gives is taken.
 *
 * @example
 * ```ts
 * await directiveBySymbol(ports, { symbol: kh15, issuerCode: 'DU-XA-AN-THANH' }, ['symbol'])
 * ```
 */
export async function directiveBySymbol(
  ports: DirectiveBySymbolPorts,
  named: DirectiveBySymbol,
  path: ErrorPath,
): Promise<Directive | null> {
  let issuerId = named.issuerId ?? null
  if (named.issuerCode != null) {
    const issuer = await ports.organizations.findByCode(named.issuerCode)
    if (issuer === null || (issuerId !== null && issuer.id !== issuerId)) return null
    issuerId = issuer.id
  }
  const found = await ports.directives.findBySymbol(named.symbol, {
    year: named.year ?? null,
    issuerId,
  })
  const newest = found[0]
  if (newest === undefined) return null
  const year = newest.issuedOn.slice(0, 4)
  const issuers = [
    ...new Set(found.filter((d) => d.issuedOn.slice(0, 4) === year).map((d) => d.issuerId)),
  ]
  if (issuers.length > 1) {
    const organizations = await ports.organizations.findByIds(issuers)
    const codes = organizations.map((o, i) => o?.code ?? issuers[i]!).join(', ')
    const symbolText = formatDocumentSymbol(named.symbol)
    abort(
      domainError(
        'AMBIGUOUS_DIRECTIVE',
        {
          en: `${symbolText} of ${year} names ${issuers.length} documents, issued by ${codes}: give the issuer (issuerCode or issuerId)`,
          vi: `${symbolText} năm ${year} là số, ký hiệu của ${issuers.length} văn bản, do ${codes} ban hành: cần nêu cơ quan ban hành (issuerCode hoặc issuerId)`,
        },
        path,
        symbolText,
      ),
    )
  }
  return newest
}
