import * as oauth from 'oauth4webapi'
import { clientOf, discover, requestOptions } from './oidc-discovery.js'
import { nameIn, readToken, type Session } from './session.js'
import type { OidcConfig } from './web-config.js'

/** Where the provider sends the person back, on the app's own server. */
export const CALLBACK_PATH = '/sign-in/callback'

/** Why signing in through the provider did not succeed; each is a message of the app. */
export type OidcProblem =
  | 'oidcProviderUnreachable'
  | 'oidcRefused'
  | 'oidcNoRequest'
  | 'oidcStateMismatch'
  | 'oidcTokenInvalid'

/** The end of a sign-in: the session, or why not (with the provider's own words, if any). */
export type OidcOutcome =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly problem: OidcProblem; readonly detail: string | null }

/**
 * What the tab remembers between leaving for the provider and coming back: the PKCE code
 * verifier, the state and the nonce. Kept in `sessionStorage` (this tab only, gone when it
 * closes) and used once.
 */
interface PendingSignIn {
  readonly verifier: string
  readonly state: string
  readonly nonce: string
}

const PENDING_KEY = 'chidao.oidc.pending'

function redirectUri(origin: string): string {
  return new URL(CALLBACK_PATH, origin).href
}

/**
 * Begins signing in: reads the provider's metadata, makes a code verifier (PKCE, S256), a state
 * and a nonce, keeps them for the tab, and returns the provider's authorization address to go
 * to. Undefined when the provider cannot be reached.
 */
export async function beginOidcSignIn(
  config: OidcConfig,
  origin: string = globalThis.location.origin,
  storage: Storage = globalThis.sessionStorage,
): Promise<URL | undefined> {
  let as: oauth.AuthorizationServer
  try {
    as = await discover(config)
  } catch {
    return undefined
  }
  if (!as.authorization_endpoint) return undefined
  const pending: PendingSignIn = {
    verifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
  }
  const url = new URL(as.authorization_endpoint)
  url.searchParams.set('client_id', config.clientId)
  url.searchParams.set('redirect_uri', redirectUri(origin))
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('scope', config.scopes)
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(pending.verifier))
  url.searchParams.set('code_challenge_method', 'S256')
  url.searchParams.set('state', pending.state)
  url.searchParams.set('nonce', pending.nonce)
  // OpenID Connect Core §11: offline access (a refresh token) is asked with the consent prompt.
  if (config.scopes.split(' ').includes('offline_access')) url.searchParams.set('prompt', 'consent')
  storage.setItem(PENDING_KEY, JSON.stringify(pending))
  return url
}

function takePending(storage: Storage): PendingSignIn | null {
  const text = storage.getItem(PENDING_KEY)
  // Used once: a second arrival (a reload, a replayed address) finds nothing.
  storage.removeItem(PENDING_KEY)
  if (!text) return null
  try {
    const value = JSON.parse(text) as Partial<PendingSignIn>
    return typeof value.verifier === 'string' &&
      typeof value.state === 'string' &&
      typeof value.nonce === 'string'
      ? (value as PendingSignIn)
      : null
  } catch {
    return null
  }
}

function failure(problem: OidcProblem, detail: string | null = null): OidcOutcome {
  return { ok: false, problem, detail }
}

/** The provider's own words for a refusal: its error code and description. */
function providerWords(error: oauth.AuthorizationResponseError | oauth.ResponseBodyError) {
  return error.error_description ? `${error.error}: ${error.error_description}` : error.error
}

/**
 * Ends signing in on the provider's return to {@link CALLBACK_PATH}: checks the state against
 * the one this tab sent (a forged or replayed return is refused before anything is sent),
 * exchanges the code with the verifier, checks the ID token's issuer, audience, expiry and
 * nonce, and keeps the token the deployment names (`bearer`) as the session's. The gateway
 * verifies that token's signature from the provider's JWKS on every request.
 */
export async function completeOidcSignIn(
  config: OidcConfig,
  callback: URL,
  storage: Storage = globalThis.sessionStorage,
): Promise<OidcOutcome> {
  const pending = takePending(storage)
  if (!pending) return failure('oidcNoRequest')
  if (callback.searchParams.get('state') !== pending.state) return failure('oidcStateMismatch')
  let as: oauth.AuthorizationServer
  try {
    as = await discover(config)
  } catch {
    return failure('oidcProviderUnreachable')
  }
  const client = clientOf(config)
  const options = requestOptions(config)
  try {
    const params = oauth.validateAuthResponse(as, client, callback, pending.state)
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      redirectUri(callback.origin),
      pending.verifier,
      options,
    )
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: pending.nonce,
      requireIdToken: true,
    })
    const session = sessionFromTokens(config, tokens)
    // An opaque access token cannot be read here, nor verified by the gateway from the JWKS.
    return session ? { ok: true, session } : failure('oidcTokenInvalid')
  } catch (error) {
    if (
      error instanceof oauth.AuthorizationResponseError ||
      error instanceof oauth.ResponseBodyError
    ) {
      return failure('oidcRefused', providerWords(error))
    }
    if (error instanceof TypeError) return failure('oidcProviderUnreachable')
    return failure('oidcTokenInvalid', error instanceof Error ? error.message : null)
  }
}

/**
 * The session a token response gives: the bearer the deployment names, the person's name from
 * the ID token (checked by oauth4webapi), and the ID and refresh tokens kept for signing out and
 * for renewing. `previous` is the session a refresh renews: a provider may leave out the ID
 * token or the refresh token then, and the ones before still hold.
 */
export function sessionFromTokens(
  config: OidcConfig,
  tokens: oauth.TokenEndpointResponse,
  previous: Session | null = null,
): Session | null {
  const bearer = config.bearer === 'id_token' ? tokens.id_token : tokens.access_token
  const read = bearer ? readToken(bearer) : null
  if (!read?.ok) return null
  const claims = oauth.getValidatedIdTokenClaims(tokens)
  const idToken = tokens.id_token ?? previous?.provider?.idToken
  if (!idToken) return null
  return {
    ...read.session,
    name: (claims ? nameIn(claims) : null) ?? previous?.name ?? read.session.name,
    provider: {
      idToken,
      refreshToken: tokens.refresh_token ?? previous?.provider?.refreshToken ?? null,
    },
  }
}

/** Forgets a sign-in under way (signing out). */
export function forgetPendingSignIn(storage: Storage = globalThis.sessionStorage): void {
  storage.removeItem(PENDING_KEY)
}
