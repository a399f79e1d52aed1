import { findOrganization } from '@chidao/app'
import type { TenantId } from '@chidao/domain'
import type { GatewayConfig } from '../config.js'
import { asOperator, databaseErrors, missingDataDirectory } from './cli-composition.js'

/** Whether an organisation code names an organisation of the tenant, and who answered. */
export type OrganizationCheck =
  | { readonly known: boolean; readonly source: string }
  | { readonly known: null; readonly why: string }

const ORGANIZATION_BY_CODE = 'query($code: String!) { organization(code: $code) { code } }'

/**
 * Asks whether `code` names an organisation of the tenant, for `chidao token --org`: first the
 * gateway this configuration serves (http://HOST:PORT/graphql, with the token just minted, which
 * it accepts only if it shares the secret and the tenant), since a running gateway holds the
 * embedded database; else the configured database itself, when it exists. `known: null` when
 * neither could answer. Creates nothing.
 *
 * @example
 * ```ts
 * const check = await checkOrganization(readConfig(), 'demo', 'BTV-TU', token)
 * if (check.known === false) warn()
 * ```
 */
export async function checkOrganization(
  config: GatewayConfig,
  tenantId: TenantId,
  code: string,
  token: string,
): Promise<OrganizationCheck> {
  const url = gatewayUrl(config)
  const answer = await askGateway(url, code, token)
  if (answer !== null) return { known: answer, source: `the gateway at ${url}` }
  const missing = await missingDataDirectory(config)
  if (missing !== null) {
    return {
      known: null,
      why: `no gateway answered at ${url}, and ${missing} holds no database yet`,
    }
  }
  try {
    return await asOperator(config, 'token', tenantId, async (context, location) => {
      const found = await findOrganization(context, { code })
      return { known: found.ok && found.value !== null, source: location }
    })
  } catch (error) {
    const { DatabaseUnavailableError, DataDirectoryInUseError } = await databaseErrors()
    if (error instanceof DataDirectoryInUseError || error instanceof DatabaseUnavailableError) {
      return {
        known: null,
        why: `no gateway answered at ${url}, and the database could not be opened`,
      }
    }
    throw error
  }
}

/** Where a gateway started with this configuration answers, from this machine. */
function gatewayUrl({ host, port }: GatewayConfig): string {
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}/graphql`
}

/** The gateway's answer (does the organisation exist?), or null when it gave none. */
async function askGateway(url: string, code: string, token: string): Promise<boolean | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ORGANIZATION_BY_CODE, variables: { code } }),
      signal: AbortSignal.timeout(3_000),
    })
    const body = (await response.json()) as { data?: { organization: unknown } | null }
    return body.data ? body.data.organization !== null : null
  } catch {
    return null
  }
}
