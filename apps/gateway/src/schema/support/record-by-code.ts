import { findDirective, findOrganization } from '@chidao/app'
import type { DirectiveId, OrganizationId } from '@chidao/domain'
import type { GatewayContext } from '../../context.js'
import { lookUpIdOf, NO_RECORD } from './global-id.js'
import { queryResultOf } from './query-result.js'
import { useCaseContext } from './use-case-call.js'

/**
 * The organisation a filter or a query argument names by global ID, by code, or both: the
 * local id to look up, or `null` when it names none. A code the caller cannot see, or an id
 * and a code naming two organisations, is looked up as an id no record has, so that it matches
 * nothing (as every given filter field must match) rather than being ignored.
 *
 * @example
 * ```ts
 * await organizationNamed(context, filter.leadOrganizationId, filter.leadOrganizationCode)
 * ```
 */
export async function organizationNamed(
  context: GatewayContext,
  id: unknown,
  code: string | null | undefined,
): Promise<OrganizationId | null> {
  const byId = lookUpIdOf(id, 'Organization')
  if (code == null) return byId
  const found = queryResultOf(await findOrganization(useCaseContext(context), { id: null, code }))
  return agreed(byId, found?.id ?? null) as OrganizationId
}

/**
 * The document a filter or a query argument names by global ID, by symbol (with its year when
 * several documents share the symbol: the newest otherwise, as `directive(symbol:)`), or both;
 * as {@link organizationNamed}.
 *
 * @example
 * ```ts
 * await directiveNamed(context, args.directiveId, args.directiveSymbol, args.directiveYear)
 * ```
 */
export async function directiveNamed(
  context: GatewayContext,
  id: unknown,
  symbol: string | null | undefined,
  year?: number | null,
): Promise<DirectiveId | null> {
  const byId = lookUpIdOf(id, 'Directive')
  if (symbol == null) return byId
  const found = queryResultOf(
    await findDirective(useCaseContext(context), { id: null, symbol, year: year ?? null }),
  )
  return agreed(byId, found?.id ?? null) as DirectiveId
}

function agreed(byId: string | null, byCode: string | null): string {
  if (byCode === null || (byId !== null && byId !== byCode)) return NO_RECORD
  return byCode
}
