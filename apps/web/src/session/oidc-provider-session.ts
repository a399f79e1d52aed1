import * as oauth from 'oauth4webapi'
import { clientOf, discover, requestOptions } from './oidc-discovery.js'
import { sessionFromTokens } from './oidc-sign-in.js'
import type { Session } from './session.js'
import type { OidcConfig } from './web-config.js'

/** Renew this long before the bearer expires, at most: a minute, or half of what is left. */
const RENEW_AHEAD_MS = 60_000

/**
 * How long to wait before renewing a session's bearer with its refresh token: a minute before
 * it expires, or half-way through what is left when that is less than two minutes. Null when
 * the session cannot be renewed (a pasted token, or a provider that gave no refresh token).
 *
 * @example
 * ```ts
 * renewalDelay({ expiresAt: now / 1000 + 3600, provider: { idToken, refreshToken: 'r' } }, now) // 3,540,000
 * ```
 */
export function renewalDelay(
  session: Pick<Session, 'expiresAt' | 'provider'>,
  now: number = Date.now(),
): number | null {
  if (!session.provider?.refreshToken) return null
  const left = session.expiresAt * 1000 - now
  return Math.max(0, left - Math.min(RENEW_AHEAD_MS, left / 2))
}

/**
 * Renews the session with its refresh token (the provider may rotate it): the new session, or
 * null when the provider refuses or cannot be reached, and the person must sign in again when
 * the bearer expires.
 */
export async function renewOidcSession(
  config: OidcConfig,
  session: Session,
): Promise<Session | null> {
  const refreshToken = session.provider?.refreshToken
  if (!refreshToken) return null
  try {
    const as = await discover(config)
    const client = clientOf(config)
    const response = await oauth.refreshTokenGrantRequest(
      as,
      client,
      oauth.None(),
      refreshToken,
      requestOptions(config),
    )
    const tokens = await oauth.processRefreshTokenResponse(as, client, response)
    const renewed = sessionFromTokens(config, tokens, session)
    // Another person's tokens never replace this one's.
    return renewed && renewed.subject === session.subject ? renewed : null
  } catch {
    return null
  }
}

/**
 * Where to send the person to end their session at the provider too (RP-initiated logout), back
 * to `returnTo` afterwards: undefined when the session did not come from the provider, or the
 * provider has no end-session endpoint or cannot be reached. `returnTo` must be registered at
 * the provider as one of the client's post-logout redirect URIs.
 */
export async function providerSignOutUrl(
  config: OidcConfig,
  session: Session,
  returnTo: string,
): Promise<URL | undefined> {
  if (!session.provider) return undefined
  try {
    const as = await discover(config)
    if (!as.end_session_endpoint) return undefined
    const url = new URL(as.end_session_endpoint)
    url.searchParams.set('id_token_hint', session.provider.idToken)
    url.searchParams.set('client_id', config.clientId)
    url.searchParams.set('post_logout_redirect_uri', returnTo)
    return url
  } catch {
    return undefined
  }
}
