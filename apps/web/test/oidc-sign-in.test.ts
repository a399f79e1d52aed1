import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { beginOidcSignIn, completeOidcSignIn } from '../src/session/oidc-sign-in.js'
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

const ACCESS_TOKEN = jwt({
  iss: ISSUER,
  sub: 'thu',
  aud: 'urn:chidao:gateway',
  tenant: 'demo',
  org: 'VP-TU',
  roles: ['EDITOR'],
  iat: NOW,
  exp: NOW + 3600,
})

/**
 * A provider answering discovery and the token endpoint. The token endpoint checks the PKCE
 * verifier against the challenge of the authorization request, as a provider does.
 */
function fakeProvider(answer: { accessToken?: string; nonce?: (sent: string) => string } = {}) {
  const seen = { challenge: '', nonce: '', tokenRequests: 0, verifier: '' }
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      return Response.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
        token_endpoint: `${ISSUER}/protocol/openid-connect/token`,
        jwks_uri: `${ISSUER}/protocol/openid-connect/certs`,
        code_challenge_methods_supported: ['S256'],
      })
    }
    if (url.pathname.endsWith('/token')) {
      seen.tokenRequests += 1
      const body = new URLSearchParams(String(init?.body))
      seen.verifier = body.get('code_verifier') ?? ''
      const challenge = createHash('sha256').update(seen.verifier).digest('base64url')
      if (challenge !== seen.challenge || body.get('code') !== 'the-code') {
        return Response.json({ error: 'invalid_grant' }, { status: 400 })
      }
      const idToken = jwt({
        iss: ISSUER,
        sub: 'thu',
        aud: 'chidao-web',
        nonce: answer.nonce ? answer.nonce(seen.nonce) : seen.nonce,
        iat: NOW,
        exp: NOW + 300,
      })
      return Response.json({
        access_token: answer.accessToken ?? ACCESS_TOKEN,
        token_type: 'Bearer',
        expires_in: 3600,
        id_token: idToken,
      })
    }
    return new Response('not found', { status: 404 })
  })
  vi.stubGlobal('fetch', fetch)
  return seen
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
      session: { token: ACCESS_TOKEN, subject: 'thu', organization: 'VP-TU', roles: ['EDITOR'] },
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
})
