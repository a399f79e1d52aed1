import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readOidcSettings } from '../src/auth/oidc-settings.js'
import { ConfigError, readSecurityConfig } from '../src/config.js'
import { type GatewayHarness, gatewayHarness } from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'
import { rawRequest } from './support/raw-http.js'

const ISSUER = 'https://sso.tinh.example.vn/realms/chidao'
const JWKS = `${ISSUER}/protocol/openid-connect/certs`
const PROVIDER = {
  CHIDAO_OIDC_ISSUER: ISSUER,
  CHIDAO_OIDC_CLIENT_ID: 'chidao-web',
  CHIDAO_JWKS_URL: JWKS,
}

describe('the OpenID Connect settings', () => {
  it('are off without an issuer, and read with their defaults with one', () => {
    expect(readOidcSettings({})).toBeNull()
    expect(readSecurityConfig({}).oidc).toBeNull()
    expect(readOidcSettings(PROVIDER)).toEqual({
      issuer: ISSUER,
      clientId: 'chidao-web',
      scopes: 'openid profile',
      bearer: 'access_token',
    })
    expect(
      readOidcSettings({
        ...PROVIDER,
        CHIDAO_OIDC_SCOPES: ' openid  profile roles ',
        CHIDAO_OIDC_BEARER: 'id_token',
      }),
    ).toMatchObject({ scopes: 'openid profile roles', bearer: 'id_token' })
  })

  it('make the provider the issuer every token must carry; an ID token is meant for the client', () => {
    const access = readSecurityConfig(PROVIDER)
    expect(access).toMatchObject({ jwksUrl: JWKS, jwtIssuer: ISSUER, jwtAudience: null })
    expect(access.oidc?.issuer).toBe(ISSUER)
    const id = readSecurityConfig({ ...PROVIDER, CHIDAO_OIDC_BEARER: 'id_token' })
    expect(id.jwtAudience).toBe('chidao-web')
    const api = readSecurityConfig({ ...PROVIDER, CHIDAO_JWT_AUDIENCE: 'https://chidao.tinh.vn' })
    expect(api.jwtAudience).toBe('https://chidao.tinh.vn')
  })

  it('refuse the start when sign-in could never succeed, naming the setting', () => {
    const refusals: [Record<string, string>, RegExp][] = [
      [{ CHIDAO_OIDC_CLIENT_ID: 'chidao-web' }, /CHIDAO_OIDC_ISSUER is not/],
      [{ ...PROVIDER, CHIDAO_OIDC_ISSUER: 'sso.tinh.vn' }, /CHIDAO_OIDC_ISSUER must be an http/],
      [{ ...PROVIDER, CHIDAO_OIDC_CLIENT_ID: ' ' }, /needs CHIDAO_OIDC_CLIENT_ID/],
      [{ ...PROVIDER, CHIDAO_JWKS_URL: '' }, /needs CHIDAO_JWKS_URL/],
      [{ ...PROVIDER, CHIDAO_JWT_ISSUER: 'https://other.example' }, /differs from CHIDAO_OIDC/],
      [{ ...PROVIDER, CHIDAO_OIDC_SCOPES: 'profile' }, /must include openid/],
      [{ ...PROVIDER, CHIDAO_OIDC_BEARER: 'code' }, /access_token or id_token/],
    ]
    for (const [env, message] of refusals) {
      expect(() => readSecurityConfig(env), JSON.stringify(env)).toThrow(ConfigError)
      expect(() => readSecurityConfig(env), JSON.stringify(env)).toThrow(message)
    }
  })
})

describe('GET /web-config.json', () => {
  let directory: string
  let plain: GatewayHarness
  let withProvider: GatewayHarness
  let plainHttp: Listening
  let providerHttp: Listening
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'chidao-web-config-'))
    await writeFile(join(directory, 'index.html'), '<!doctype html><title>chidao</title>')
    plain = await gatewayHarness('pglite', { webApp: directory })
    withProvider = await gatewayHarness('pglite', {
      webApp: directory,
      security: { oidc: readOidcSettings(PROVIDER), jwksUrl: JWKS, jwtIssuer: ISSUER },
    })
    plainHttp = await listen(plain.yoga)
    providerHttp = await listen(withProvider.yoga)
  })
  afterAll(async () => {
    await plainHttp?.stop()
    await providerHttp?.stop()
    await plain?.dispose()
    await withProvider?.dispose()
    await rm(directory, { recursive: true, force: true })
  })

  it('says there is no provider when none is set, and the page connects to this server only', async () => {
    const answer = await rawRequest(`${plainHttp.base}/web-config.json`)
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(answer.headers['cache-control']).toBe('no-cache')
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({ oidc: null })
    const page = await rawRequest(`${plainHttp.base}/`, { headers: { accept: 'text/html' } })
    expect(page.headers['content-security-policy']).toContain("connect-src 'self';")
  })

  it("tells the app the provider, and lets the page connect to the provider's origin alone", async () => {
    const answer = await rawRequest(`${providerHttp.base}/web-config.json`, {
      headers: { accept: 'text/html' },
    })
    expect(JSON.parse(answer.body.toString('utf8'))).toEqual({
      oidc: {
        issuer: ISSUER,
        clientId: 'chidao-web',
        scopes: 'openid profile',
        bearer: 'access_token',
      },
    })
    const page = await rawRequest(`${providerHttp.base}/sign-in/callback?code=x&state=y`, {
      headers: { accept: 'text/html' },
    })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain(
      "connect-src 'self' https://sso.tinh.example.vn;",
    )
    expect(page.headers['content-security-policy']).toContain("script-src 'self';")
  })
})
