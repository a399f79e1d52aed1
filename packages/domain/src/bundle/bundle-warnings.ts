import { issuerSymbolWarning } from '../directive/issuer-agreement.js'
import type { DomainError } from '../domain-error.js'
import { parseDocumentSymbol } from '../symbol/document-symbol.js'
import type { Bundle } from './bundle.js'

/**
 * What looks wrong in a valid bundle without being refused, each a warning in both languages
 * with the path of the field: today, a directive whose issuer contradicts its symbol
 * (`ISSUER_CONTRADICTS_SYMBOL`, see {@link issuerSymbolWarning}). The import reports them.
 *
 * @example
 * ```ts
 * const r = parseBundle(input)
 * if (r.ok) bundleWarnings(r.value).map((w) => w.messageVi)
 * ```
 */
export function bundleWarnings(
  bundle: Pick<Bundle, 'organizations' | 'directives'>,
): readonly DomainError[] {
  const organizations = new Map(bundle.organizations.map((o) => [o.code, o]))
  const warnings: DomainError[] = []
  for (const [index, directive] of bundle.directives.entries()) {
    const issuer = organizations.get(directive.issuer)
    const symbol = parseDocumentSymbol(directive.symbol)
    if (issuer === undefined || !symbol.ok) continue
    const warning = issuerSymbolWarning(symbol.value, directive.symbol, issuer, [
      'directives',
      index,
      'issuer',
    ])
    if (warning !== null) warnings.push(warning)
  }
  return Object.freeze(warnings)
}
