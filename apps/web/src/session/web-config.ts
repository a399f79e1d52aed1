import { useEffect, useState } from 'react'

/** How the deployment signs people in through OpenID Connect (`CHIDAO_OIDC_*` of the gateway). */
export interface OidcConfig {
  readonly issuer: string
  readonly clientId: string
  /** Space-separated, `openid` among them. */
  readonly scopes: string
  /** The token sent to the gateway as the bearer: the access token or the ID token. */
  readonly bearer: 'access_token' | 'id_token'
}

/** What the gateway tells the app at run time on `GET /web-config.json`. */
export interface WebConfig {
  /** Null: no provider; people sign in with a pasted token. */
  readonly oidc: OidcConfig | null
}

/**
 * Where the gateway answers `/web-config.json`: beside its GraphQL endpoint
 * (`VITE_CHIDAO_GRAPHQL_URL` at build time, else the server the app came from).
 */
export function webConfigUrl(base: string = globalThis.location.href): URL {
  const graphql = new URL(import.meta.env.VITE_CHIDAO_GRAPHQL_URL ?? '/graphql', base)
  return new URL('/web-config.json', graphql)
}

function isOidcConfig(value: unknown): value is OidcConfig {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.issuer === 'string' &&
    typeof v.clientId === 'string' &&
    typeof v.scopes === 'string' &&
    (v.bearer === 'access_token' || v.bearer === 'id_token')
  )
}

/**
 * Reads the deployment's settings. A gateway that does not answer (an older one, or none
 * reachable) is taken as one without a provider: the pasted token still works.
 */
export async function fetchWebConfig(url: URL = webConfigUrl()): Promise<WebConfig> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } })
    if (!response.ok) return { oidc: null }
    const body = (await response.json()) as { oidc?: unknown }
    return { oidc: isOidcConfig(body.oidc) ? body.oidc : null }
  } catch {
    return { oidc: null }
  }
}

let loaded: Promise<WebConfig> | undefined

/** The deployment's settings, fetched once per page load; undefined until they arrive. */
export function useWebConfig(): WebConfig | undefined {
  const [config, setConfig] = useState<WebConfig | undefined>(undefined)
  useEffect(() => {
    let current = true
    loaded ??= fetchWebConfig()
    void loaded.then((value) => {
      if (current) setConfig(value)
    })
    return () => {
      current = false
    }
  }, [])
  return config
}
