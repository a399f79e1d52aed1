import { ConfigError, isHttpUrl } from '../config-error.js'

/**
 * Which token the web app sends as its bearer after signing in through OpenID Connect:
 * the access token (the OAuth way: it is meant for the API) or the ID token (for a provider
 * whose access tokens are opaque or meant for another API).
 */
export type OidcBearer = 'access_token' | 'id_token'

/**
 * How the web app signs people in through an OpenID Connect provider (authorization code with
 * PKCE, a public client): told to the app at run time by `GET /web-config.json`.
 */
export interface OidcSettings {
  /** `CHIDAO_OIDC_ISSUER`: the provider's issuer URL, where discovery starts. */
  readonly issuer: string
  /** `CHIDAO_OIDC_CLIENT_ID`: the app's client at the provider (public: no secret). */
  readonly clientId: string
  /** `CHIDAO_OIDC_SCOPES` (`openid profile`): the scopes asked for, space-separated. */
  readonly scopes: string
  /** `CHIDAO_OIDC_BEARER` (`access_token`): the token sent to the gateway. */
  readonly bearer: OidcBearer
}

/**
 * Reads the OpenID Connect settings: null when `CHIDAO_OIDC_ISSUER` is unset (the web app then
 * offers the pasted token only). An issuer needs a client id and the provider's keys
 * (`CHIDAO_JWKS_URL`): without them no sign-in could succeed, so the start is refused.
 *
 * @example
 * ```ts
 * readOidcSettings({
 *   CHIDAO_OIDC_ISSUER: 'https://sso.tinh.gov.vn/realms/chidao',
 *   CHIDAO_OIDC_CLIENT_ID: 'chidao-web',
 *   CHIDAO_JWKS_URL: 'https://sso.tinh.gov.vn/realms/chidao/protocol/openid-connect/certs',
 * })
 * // { issuer: 'https://sso…/realms/chidao', clientId: 'chidao-web', scopes: 'openid profile', bearer: 'access_token' }
 * ```
 */
export function readOidcSettings(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = env.CHIDAO_OIDC_ISSUER?.trim() || null
  const clientId = env.CHIDAO_OIDC_CLIENT_ID?.trim() || null
  if (issuer === null) {
    if (clientId !== null) {
      throw new ConfigError('CHIDAO_OIDC_CLIENT_ID is set but CHIDAO_OIDC_ISSUER is not')
    }
    return null
  }
  if (!isHttpUrl(issuer)) {
    throw new ConfigError(`CHIDAO_OIDC_ISSUER must be an http(s) URL, got "${issuer}"`)
  }
  if (clientId === null) {
    throw new ConfigError('CHIDAO_OIDC_ISSUER needs CHIDAO_OIDC_CLIENT_ID: the app’s client')
  }
  if (!env.CHIDAO_JWKS_URL?.trim()) {
    throw new ConfigError(
      'CHIDAO_OIDC_ISSUER needs CHIDAO_JWKS_URL: the provider’s keys the tokens are verified with',
    )
  }
  const jwtIssuer = env.CHIDAO_JWT_ISSUER?.trim()
  if (jwtIssuer && jwtIssuer !== issuer) {
    throw new ConfigError(
      `CHIDAO_JWT_ISSUER ("${jwtIssuer}") differs from CHIDAO_OIDC_ISSUER ("${issuer}"): every token from the provider would be refused`,
    )
  }
  const scopes = (env.CHIDAO_OIDC_SCOPES?.trim() || 'openid profile').split(/\s+/)
  if (!scopes.includes('openid')) {
    throw new ConfigError(`CHIDAO_OIDC_SCOPES must include openid, got "${env.CHIDAO_OIDC_SCOPES}"`)
  }
  const bearer = env.CHIDAO_OIDC_BEARER?.trim() || 'access_token'
  if (bearer !== 'access_token' && bearer !== 'id_token') {
    throw new ConfigError(`CHIDAO_OIDC_BEARER must be access_token or id_token, got "${bearer}"`)
  }
  return Object.freeze({ issuer, clientId, scopes: scopes.join(' '), bearer })
}
