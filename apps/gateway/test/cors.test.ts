import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../src/config.js'
import { type RunningGateway, startGateway } from '../src/server.js'
import { runCli } from './reliability/support.js'
import { TEST_JWT_SECRET } from './support/gateway-harness.js'

const ALLOWED = 'https://app.example.org'
const FOREIGN = 'https://evil.example'

async function serve(env: Record<string, string>): Promise<RunningGateway> {
  const config = readConfig({
    PORT: '0',
    CHIDAO_DATA_DIR: 'memory://',
    CHIDAO_TENANT: 'cors-test',
    CHIDAO_SEED: 'none',
    CHIDAO_JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    ...env,
  })
  return startGateway(config, pino({ level: 'silent' }))
}

function preflight(url: string, origin: string) {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  })
}

function post(url: string, origin: string | null) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ query: '{ __typename }' }),
  })
}

/** Every CORS response header of an answer, by lower-case name. */
function corsHeaders(response: Response): Record<string, string> {
  const found: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (name.startsWith('access-control-')) found[name] = value
  })
  return found
}

describe('CORS over real HTTP', () => {
  let listed: RunningGateway
  let unlisted: RunningGateway
  beforeAll(async () => {
    listed = await serve({ CHIDAO_CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` })
    unlisted = await serve({})
  })
  afterAll(async () => {
    await Promise.all([listed?.stop(), unlisted?.stop()])
  })

  it('answers a preflight and a request from an allowed origin, with credentials, exposed headers and a max age', async () => {
    const answer = await preflight(listed.url, ALLOWED)
    expect(answer.status).toBe(204)
    const headers = corsHeaders(answer)
    expect(headers['access-control-allow-origin']).toBe(ALLOWED)
    expect(headers['access-control-allow-credentials']).toBe('true')
    expect(headers['access-control-allow-methods']).toContain('POST')
    expect(headers['access-control-allow-headers']).toContain('authorization')
    expect(headers['access-control-allow-headers']).toContain('content-type')
    expect(headers['access-control-max-age']).toBe('600')
    expect(answer.headers.get('vary')).toMatch(/\bOrigin\b/)

    const actual = await post(listed.url, ALLOWED)
    expect(actual.status).toBe(200)
    expect(await actual.json()).toEqual({ data: { __typename: 'Query' } })
    expect(actual.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(actual.headers.get('access-control-allow-credentials')).toBe('true')
    const exposed = actual.headers.get('access-control-expose-headers') ?? ''
    expect(exposed).toContain('x-request-id')
    expect(exposed).toContain('content-disposition')
    expect(actual.headers.get('vary')).toMatch(/\bOrigin\b/)
  })

  it('gives a foreign origin no CORS header at all, preflight or request', async () => {
    for (const gateway of [listed, unlisted]) {
      const answer = await preflight(gateway.url, FOREIGN)
      expect(corsHeaders(answer)).toEqual({})
      const actual = await post(gateway.url, FOREIGN)
      expect(corsHeaders(actual)).toEqual({})
    }
    // Nor an origin that only looks like an allowed one.
    for (const lookalike of [`${ALLOWED}.evil.example`, 'http://app.example.org', 'null']) {
      expect(corsHeaders(await post(listed.url, lookalike))).toEqual({})
    }
  })

  it('serves a same-origin page, which needs no CORS header', async () => {
    for (const gateway of [listed, unlisted]) {
      const own = new URL(gateway.url).origin
      const actual = await post(gateway.url, own)
      expect(actual.status).toBe(200)
      expect(await actual.json()).toEqual({ data: { __typename: 'Query' } })
      expect(corsHeaders(actual)).toEqual({})
    }
  })

  it('holds the report download route to the same policy', async () => {
    const reports = listed.url.replace('/graphql', '/reports/06-CTr%2FTU?format=md')
    const allowed = await fetch(reports, { headers: { origin: ALLOWED } })
    expect(allowed.status).toBe(404) // nothing loaded: the answer matters less than its headers
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(allowed.headers.get('access-control-expose-headers')).toContain('content-disposition')
    const foreign = await fetch(reports, { headers: { origin: FOREIGN } })
    expect(corsHeaders(foreign)).toEqual({})
    const foreignPreflight = await fetch(reports, {
      method: 'OPTIONS',
      headers: { origin: FOREIGN, 'access-control-request-method': 'GET' },
    })
    expect(corsHeaders(foreignPreflight)).toEqual({})
  })
})

describe('CHIDAO_CORS_ORIGINS', () => {
  it('takes exact origins, and refuses anything else naming the entry, in both languages', () => {
    expect(
      readConfig({ CHIDAO_CORS_ORIGINS: ' https://a.example.org ,http://localhost:5173,' }).security
        .cors,
    ).toEqual({ origins: ['https://a.example.org', 'http://localhost:5173'], maxAgeSeconds: 600 })
    expect(readConfig({}).security.cors.origins).toEqual([])
    expect(readConfig({ CHIDAO_CORS_MAX_AGE: '60' }).security.cors.maxAgeSeconds).toBe(60)
    for (const [entry, hint] of [
      ['*', 'wildcards are not accepted'],
      ['https://*.example.org', 'not an exact origin'],
      ['https://a.example.org/', 'did you mean "https://a.example.org"'],
      ['https://a.example.org/app', 'did you mean "https://a.example.org"'],
      ['https://A.example.org', 'did you mean "https://a.example.org"'],
      ['a.example.org', 'not an exact origin'],
      ['ftp://a.example.org', 'not an exact origin'],
      ['null', 'not an exact origin'],
    ]) {
      const attempt = () => readConfig({ CHIDAO_CORS_ORIGINS: `https://ok.example.org,${entry}` })
      expect(attempt, entry).toThrow(ConfigError)
      expect(attempt, entry).toThrow(`"${entry}"`)
      expect(attempt, entry).toThrow(hint)
      expect(attempt, entry).toThrow('không phải một nguồn gốc (origin) chính xác')
    }
  })

  it('refuses to start the server on an invalid entry', () => {
    const result = runCli(['serve'], {
      CHIDAO_CORS_ORIGINS: 'https://evil.example/*',
      CHIDAO_DATA_DIR: 'memory://',
      PORT: '0',
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('CHIDAO_CORS_ORIGINS: "https://evil.example/*"')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
