import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  providerSignOutUrl,
  renewalDelay,
  renewOidcSession,
} from '../src/session/oidc-provider-session.js'
import { beginOidcSignIn, completeOidcSignIn } from '../src/session/oidc-sign-in.js'
import { storedSession, storeSession } from '../src/session/session.js'
import type { OidcConfig } from '../src/session/web-config.js'

const ISSUER = 'https://sso.tinh.example.vn/realms/chidao'
const APP = 'https://chidao.tinh.example.vn'
const CONFIG: OidcConfig = {
  issuer: ISSUER,
  clientId: 'chidao-web',
  scopes: 'openid profile',
  bearer: 'access_token',
}
const NOW = Math.floor(Date.now() / 1000)

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${part(claims)}.c2lnbmF0dXJl`
}

function accessToken(sub: string, lifetime: number): string {
  return jwt({
    iss: ISSUER,
    sub,
    aud: 'urn:chidao:gateway',
    tenant: 'demo',
    org: 'VP-TU',
    roles: ['EDITOR'],
    iat: NOW,
    exp: NOW + lifetime,
  })
}

const ACCESS_TOKEN = accessToken('thu', 3600)
/** The bearer a refresh gives: the same person, a later expiry. */
const RENEWED_TOKEN = accessToken('thu', 7200)

function idToken(sub: string, nonce?: string): string {
  const claims = { iss: ISSUER, sub, aud: 'chidao-web', name: 'Nguyễn Thị Thu', iat: NOW }
  return jwt({ ...claims, ...(nonce === undefined ? {} : { nonce }), exp: NOW + 300 })
}

/**
 * A provider answering discovery and the token endpoint. The token endpoint checks the PKCE
 * verifier against the challenge of the authorization request, as a provider does.
 */
function fakeProvider(
  answer: { accessToken?: string; nonce?: (sent: string) => string; renewedSubject?: string } = {},
) {
  const seen = {
    challenge: '',
    nonce: '',
    tokenRequests: 0,
    verifier: '',
    refreshedWith: '',
    spent: false,
  }
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      return Response.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
        token_endpoint: `${ISSUER}/protocol/openid-connect/token`,
        jwks_uri: `${ISSUER}/protocol/openid-connect/certs`,
        end_session_endpoint: `${ISSUER}/protocol/openid-connect/logout`,
        code_challenge_methods_supported: ['S256'],
      })
    }
    if (url.pathname.endsWith('/token')) {
      seen.tokenRequests += 1
      const body = new URLSearchParams(String(init?.body))
      if (body.get('grant_type') === 'refresh_token') return refreshed(body)
      seen.verifier = body.get('code_verifier') ?? ''
      const challenge = createHash('sha256').update(seen.verifier).digest('base64url')
      if (challenge !== seen.challenge || body.get('code') !== 'the-code') {
        return Response.json({ error: 'invalid_grant' }, { status: 400 })
      }
      return Response.json({
        access_token: answer.accessToken ?? ACCESS_TOKEN,
        token_type: 'Bearer',
        expires_in: 3600,
        id_token: idToken('thu', answer.nonce ? answer.nonce(seen.nonce) : seen.nonce),
        refresh_token: 'refresh-1',
      })
    }
    return new Response('not found', { status: 404 })
  })
  /** The refresh grant: the first refresh token, once (it is rotated), for the same person. */
  function refreshed(body: URLSearchParams): Response {
    seen.refreshedWith = body.get('refresh_token') ?? ''
    if (seen.refreshedWith !== 'refresh-1' || seen.spent) {
      return Response.json({ error: 'invalid_grant' }, { status: 400 })
    }
    seen.spent = true
    const subject = answer.renewedSubject ?? 'thu'
    return Response.json({
      access_token: subject === 'thu' ? RENEWED_TOKEN : accessToken(subject, 7200),
      token_type: 'Bearer',
      expires_in: 7200,
      id_token: idToken(subject),
      refresh_token: 'refresh-2',
    })
  }
  vi.stubGlobal('fetch', fetch)
  return seen
}

/** Signs in through the fake provider: the session it gives. */
async function signedIn(seen: ReturnType<typeof fakeProvider>) {
  const { back } = await leave(seen)
  const outcome = await completeOidcSignIn(CONFIG, new URL(back), sessionStorage)
  if (!outcome.ok) throw new Error(outcome.problem)
  return outcome.session
}

/** Leaves for the provider, and returns what the provider would send back with the code. */
async function leave(seen: ReturnType<typeof fakeProvider>, config: OidcConfig = CONFIG) {
  const authorize = await beginOidcSignIn(config, APP, sessionStorage)
  if (!authorize) throw new Error('no authorization address')
  seen.challenge = authorize.searchParams.get('code_challenge') ?? ''
  seen.nonce = authorize.searchParams.get('nonce') ?? ''
  const state = authorize.searchParams.get('state') ?? ''
  return { authorize, state, back: `${APP}/sign-in/callback?code=the-code&state=${state}` }
}

describe('signing in through OpenID Connect (authorization code with PKCE)', () => {
  beforeEach(() => sessionStorage.clear())
  afterEach(() => vi.unstubAllGlobals())

  it('leaves for the provider with an S256 challenge, a state and a nonce kept for the tab', async () => {
    const seen = fakeProvider()
    const { authorize, state } = await leave(seen)
    expect(authorize.origin + authorize.pathname).toBe(`${ISSUER}/protocol/openid-connect/auth`)
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: 'chidao-web',
      redirect_uri: `${APP}/sign-in/callback`,
      response_type: 'code',
      scope: 'openid profile',
      code_challenge_method: 'S256',
    })
    const pending = JSON.parse(sessionStorage.getItem('chidao.oidc.pending') ?? '{}')
    expect(pending.state).toBe(state)
    expect(pending.nonce).toBe(seen.nonce)
    // The challenge is the verifier's SHA-256; the verifier itself never leaves the tab.
    expect(createHash('sha256').update(pending.verifier).digest('base64url')).toBe(seen.challenge)
    expect(authorize.href).not.toContain(pending.verifier)
  })

  it('exchanges the code with the verifier and keeps the access token as the bearer', async () => {
    const seen = fakeProvider()
    const { back } = await leave(seen)
    const outcome = await completeOidcSignIn(CONFIG, new URL(back), sessionStorage)
    expect(outcome).toMatchObject({
      ok: true,
      session: {
        token: ACCESS_TOKEN,
        subject: 'thu',
        name: 'Nguyễn Thị Thu',
        organization: 'VP-TU',
        roles: ['EDITOR'],
        provider: { refreshToken: 'refresh-1' },
      },
    })
    expect(seen.tokenRequests).toBe(1)
    // Used once: the same return a second time finds no sign-in under way.
    expect(sessionStorage.getItem('chidao.oidc.pending')).toBeNull()
    expect(await completeOidcSignIn(CONFIG, new URL(back), sessionStorage)).toEqual({
      ok: false,
      problem: 'oidcNoRequest',
      detail: null,
    })
  })

  it('keeps the ID token instead when the deployment says so', async () => {
    const config: OidcConfig = { ...CONFIG, bearer: 'id_token' }
    const seen = fakeProvider()
    const { back } = await leave(seen, config)
    const outcome = await completeOidcSignIn(config, new URL(back), sessionStorage)
    expect(outcome.ok && outcome.session.token).not.toBe(ACCESS_TOKEN)
    expect(outcome.ok && outcome.session.subject).toBe('thu')
  })

  it('refuses a return whose state is not the one sent, before sending the code anywhere', async () => {
    const seen = fakeProvider()
    await leave(seen)
    const forged = new URL(`${APP}/sign-in/callback?code=the-code&state=forged`)
    expect(await completeOidcSignIn(CONFIG, forged, sessionStorage)).toEqual({
      ok: false,
      problem: 'oidcStateMismatch',
      detail: null,
    })
    expect(seen.tokenRequests).toBe(0)
    expect(sessionStorage.getItem('chidao.oidc.pending')).toBeNull()
  })

  it("says the provider refused, in the provider's own words", async () => {
    const seen = fakeProvider()
    const { state } = await leave(seen)
    const refused = new URL(
      `${APP}/sign-in/callback?error=access_denied&error_description=User+cancelled&state=${state}`,
    )
    expect(await completeOidcSignIn(CONFIG, refused, sessionStorage)).toEqual({
      ok: false,
      problem: 'oidcRefused',
      detail: 'access_denied: User cancelled',
    })
    expect(seen.tokenRequests).toBe(0)
  })

  it('refuses an ID token whose nonce is not the one sent, and an access token that is not a JWT', async () => {
    const replayed = fakeProvider({ nonce: () => 'another-nonce' })
    const first = await leave(replayed)
    const outcome = await completeOidcSignIn(CONFIG, new URL(first.back), sessionStorage)
    expect(outcome).toMatchObject({ ok: false, problem: 'oidcTokenInvalid' })
    expect(outcome.ok ? null : outcome.detail).toMatch(/nonce/)
    const opaque = fakeProvider({ accessToken: 'an-opaque-reference-token' })
    const second = await leave(opaque)
    expect(await completeOidcSignIn(CONFIG, new URL(second.back), sessionStorage)).toEqual({
      ok: false,
      problem: 'oidcTokenInvalid',
      detail: null,
    })
  })

  it('gives no address to leave for when the provider cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    expect(await beginOidcSignIn(CONFIG, APP, sessionStorage)).toBeUndefined()
    expect(sessionStorage.getItem('chidao.oidc.pending')).toBeNull()
  })

  it('asks for consent when it asks for offline access (a refresh token)', async () => {
    const seen = fakeProvider()
    const plain = await leave(seen)
    expect(plain.authorize.searchParams.get('prompt')).toBeNull()
    const offline = await leave(seen, { ...CONFIG, scopes: 'openid profile offline_access' })
    expect(offline.authorize.searchParams.get('prompt')).toBe('consent')
  })
})

describe('the session after signing in through the provider', () => {
  beforeEach(() => sessionStorage.clear())
  afterEach(() => vi.unstubAllGlobals())

  it('keeps the name and the provider tokens beside the bearer for the tab, and forgets them all', async () => {
    const session = await signedIn(fakeProvider())
    storeSession(session, sessionStorage)
    expect(sessionStorage.getItem('chidao.token')).toBe(ACCESS_TOKEN)
    expect(storedSession(new Date(), sessionStorage)).toEqual(session)
    storeSession(null, sessionStorage)
    expect(storedSession(new Date(), sessionStorage)).toBeNull()
    expect(sessionStorage.length).toBe(0)
  })

  it('renews the bearer with the refresh token, which the provider rotates', async () => {
    const seen = fakeProvider()
    const session = await signedIn(seen)
    const renewed = await renewOidcSession(CONFIG, session)
    expect(seen.refreshedWith).toBe('refresh-1')
    expect(renewed).toMatchObject({
      token: RENEWED_TOKEN,
      subject: 'thu',
      name: 'Nguyễn Thị Thu',
      provider: { refreshToken: 'refresh-2' },
    })
    // The old refresh token is spent: renewing with it again is refused, and nothing is kept.
    expect(await renewOidcSession(CONFIG, session)).toBeNull()
  })

  it("never takes another person's tokens from a refresh", async () => {
    const session = await signedIn(fakeProvider())
    fakeProvider({ renewedSubject: 'someone-else' })
    expect(await renewOidcSession(CONFIG, session)).toBeNull()
  })

  it('renews a minute before expiry, or half-way when less is left; never a pasted token', async () => {
    const now = 1_000_000_000_000
    const provider = { idToken: 'id', refreshToken: 'r' }
    expect(renewalDelay({ expiresAt: now / 1000 + 3600, provider }, now)).toBe(3_540_000)
    expect(renewalDelay({ expiresAt: now / 1000 + 20, provider }, now)).toBe(10_000)
    expect(renewalDelay({ expiresAt: now / 1000 - 5, provider }, now)).toBe(0)
    expect(renewalDelay({ expiresAt: now / 1000 + 3600, provider: null }, now)).toBeNull()
    expect(
      renewalDelay({ expiresAt: now / 1000 + 3600, provider: { ...provider, refreshToken: null } }),
    ).toBeNull()
  })

  it("signs out at the provider too, with the ID token as the hint and the app's page to return to", async () => {
    const session = await signedIn(fakeProvider())
    const url = await providerSignOutUrl(CONFIG, session, `${APP}/sign-in`)
    expect(url?.origin + (url?.pathname ?? '')).toBe(`${ISSUER}/protocol/openid-connect/logout`)
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      id_token_hint: session.provider?.idToken,
      client_id: 'chidao-web',
      post_logout_redirect_uri: `${APP}/sign-in`,
    })
    expect(await providerSignOutUrl(CONFIG, { ...session, provider: null }, APP)).toBeUndefined()
  })
})
