import { Writable } from 'node:stream'
import { createSchema, createYoga } from 'graphql-yoga'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from '../src/config.js'
import { useRequestTimeout } from '../src/plugins/use-request-timeout.js'
import { type RunningGateway, startGateway } from '../src/server.js'
import { gatewayHarness, TEST_JWT_SECRET } from './support/gateway-harness.js'
import { expectQueryError } from './support/query-error-shape.js'

type Harness = Awaited<ReturnType<typeof gatewayHarness>>

/** A pino logger writing into an array, one parsed object per line. */
function captureLogs() {
  const lines: Record<string, any>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { logger: pino({ level: 'debug' }, stream), lines }
}

function nested(depth: number): string {
  let selection = 'code'
  for (let i = 0; i < depth; i++) selection = `parent { ${selection} }`
  return `{ organization(code: "TU") { ${selection} } }`
}

describe('hardening through yoga.fetch', () => {
  let h: Harness
  let small: Harness
  let production: Harness
  beforeAll(async () => {
    h = await gatewayHarness('pglite')
    small = await gatewayHarness('pglite', {
      limits: { maxCost: 20, maxTokens: 40, maxBodyBytes: 600 },
    })
    production = await gatewayHarness('pglite', {
      security: { production: true, introspection: false },
    })
  })
  afterAll(async () => {
    await Promise.all([h?.dispose(), small?.dispose(), production?.dispose()])
  })

  it('refuses an operation deeper than the depth limit (12), naming it', async () => {
    expect((await h.graphql(nested(10))).errors).toBeUndefined()
    // Refused before execution; with Accept: application/json GraphQL over HTTP answers 200.
    const body = await (await h.post(nested(12))).json()
    expect(body.data).toBeUndefined()
    expect(body.errors[0].message).toBe('Query depth limit of 12 exceeded, found 14.')
    expect(expectQueryError(body.errors[0], 'QUERY_TOO_DEEP')).toMatchObject({
      limit: 12,
      messageVi: 'Truy vấn vượt giới hạn độ sâu 12 (CHIDAO_MAX_DEPTH), thực tế 14',
    })
  })

  it('refuses too many aliases (15)', async () => {
    const aliases = Array.from(
      { length: 16 },
      (_, i) => `a${i}: organizations { totalCount }`,
    ).join(' ')
    const body = await (await h.post(`{ ${aliases} }`)).json()
    expect(body.errors[0].message).toContain('Aliases limit of 15 exceeded, found 16.')
    expect(expectQueryError(body.errors[0], 'QUERY_TOO_MANY_ALIASES').limit).toBe(15)
  })

  it('refuses too many directives (50)', async () => {
    const directives = Array.from({ length: 51 }, () => '@include(if: true)').join(' ')
    const body = await (await h.post(`{ __typename ${directives} }`)).json()
    expect(body.errors[0].message).toContain('Directives limit of 50 exceeded, found 51.')
    expect(expectQueryError(body.errors[0], 'QUERY_TOO_MANY_DIRECTIVES').limit).toBe(50)
  })

  it('refuses an operation over the cost and token limits', async () => {
    const cost = await (
      await small.post(
        '{ organizations { edges { node { code name parent { code name parent { code } } } } } }',
      )
    ).json()
    expect(cost.errors[0].message).toMatch(/Query Cost limit of 20 exceeded, found \d+\./)
    expect(expectQueryError(cost.errors[0], 'QUERY_TOO_COSTLY').limit).toBe(20)
    // Variable definitions cost nothing but are tokens: 12 of 4 tokens each.
    const variables = Array.from({ length: 12 }, (_, i) => `$v${i}: Int`).join(', ')
    const tokens = await (await small.post(`query Q(${variables}) { __typename }`)).json()
    expect(tokens.errors[0].message).toBe('Token limit of 40 exceeded.')
    expect(expectQueryError(tokens.errors[0], 'QUERY_TOO_MANY_TOKENS').limit).toBe(40)
  })

  it('refuses a body over the size limit with 413, naming the limit', async () => {
    const response = await small.post(`{ __typename }`, { padding: 'x'.repeat(700) })
    expect(response.status).toBe(413)
    const error = (await response.json()).errors[0]
    expect(error).toMatchObject({
      message: 'Request body larger than the limit of 600 bytes (CHIDAO_MAX_BODY_BYTES)',
      extensions: { code: 'REQUEST_TOO_LARGE', limit: 600 },
    })
    expectQueryError(error, 'REQUEST_TOO_LARGE')
  })

  it('does not batch: an array of operations is refused', async () => {
    const response = await h.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    })
    expect(response.status).toBe(400)
  })

  it('serves introspection outside production, and refuses it when switched off', async () => {
    const on = await h.graphql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    )
    expect(on.data!.__schema.queryType.name).toBe('Query')
    const off = await production.graphql('{ __schema { queryType { name } } }')
    expect(off.errors?.[0]?.message).toMatch(/introspection/i)
    expect((await production.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' })
  })

  it('hides field suggestions in production', async () => {
    const dev = await h.graphql('{ organizatio { code } }')
    expect(dev.errors?.[0]?.message).toContain('Did you mean')
    const prod = await production.graphql('{ organizatio { code } }')
    expect(prod.errors?.[0]?.message).toContain('Cannot query field "organizatio"')
    expect(prod.errors?.[0]?.message).not.toContain('Did you mean')
  })

  it('prevents cross-site requests and keeps GraphiQL and JSON posts working', async () => {
    const get = (headers: Record<string, string> = {}) =>
      h.yoga.fetch('http://yoga/graphql?query=%7B__typename%7D', { headers })
    // A GET without a cookie is an anonymous read (urql's); one with a cookie needs a header.
    expect((await get({ accept: 'application/json' })).status).toBe(200)
    const refused = await get({ accept: 'application/json', cookie: 'session=1' })
    expect(refused.status).toBe(403)
    expect((await refused.json()).errors[0]).toMatchObject({
      message: expect.stringContaining('x-chidao-csrf'),
      extensions: { code: 'CSRF_HEADER_REQUIRED' },
    })
    expect(
      (await get({ accept: 'application/json', cookie: 'session=1', 'x-chidao-csrf': '1' })).status,
    ).toBe(200)
    const form = await h.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    })
    expect(form.status).toBe(403)
    expect((await h.post('{ __typename }')).status).toBe(200)
    const page = await get({ accept: 'text/html' })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>chidao</title>')
  })

  it('masks unexpected errors: no stack, no SQL; the stack is logged server-side', async () => {
    const logs = captureLogs()
    const broken = await gatewayHarness('pglite', { logger: logs.logger })
    await broken.dispose() // the database is gone: every query now fails unexpectedly
    const response = await broken.post('query Boom { organizations { totalCount } }')
    const text = await response.text()
    expect(JSON.parse(text).errors[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    })
    expect(text).not.toMatch(/stack|select|from |\.ts:\d+|pglite/i)
    const logged = logs.lines.find((l) => l.err)
    expect(logged?.err.stack).toMatch(/\n\s+at /)
    expect(logs.lines.find((l) => l.msg === 'request')).toMatchObject({
      operationName: 'Boom',
      status: response.status,
    })
  })
})

describe('request logging', () => {
  const logs = captureLogs()
  let h: Harness
  beforeAll(async () => {
    h = await gatewayHarness('pglite', { logger: logs.logger })
  })
  afterAll(() => h?.dispose())

  it('logs one line per request with id, operation, status, duration and subject — never the token', async () => {
    const token = await h.tokenFor({ roles: ['VIEWER'], sub: 'alice' })
    const response = await h.post('query Orgs { organizations { totalCount } }', undefined, {
      token,
    })
    const id = response.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    const line = logs.lines.find((l) => l.requestId === id)
    expect(line).toMatchObject({
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      operationName: 'Orgs',
      operationType: 'query',
      status: 200,
      subject: 'alice',
    })
    expect(line!.durationMs).toBeGreaterThanOrEqual(0)
    expect(JSON.stringify(logs.lines)).not.toContain(token)
  })

  it('honours an incoming x-request-id and echoes it, also on refusals', async () => {
    const response = await h.post(
      '{ __typename }',
      undefined,
      { token: 'bad' },
      {
        'x-request-id': 'proxy-42',
      },
    )
    expect(response.status).toBe(401)
    expect(response.headers.get('x-request-id')).toBe('proxy-42')
    expect(logs.lines.find((l) => l.requestId === 'proxy-42')).toMatchObject({
      status: 401,
      subject: null,
    })
    const odd = await h.post('{ __typename }', undefined, null, { 'x-request-id': 'a b\tc' })
    expect(odd.headers.get('x-request-id')).not.toBe('a b\tc')
  })
})

describe('request timeout', () => {
  it('ends an operation over the limit with 504 and stops resolving', async () => {
    let resolvedAfterTimeout = false
    // The slow field answers only when the test lets it, after the response: the 504 cannot
    // come from the field finishing, however slow the machine.
    let finishSlow: (value: object) => void = () => {}
    const slowFinished = new Promise<object>((r) => {
      finishSlow = r
    })
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { slow: Slow } type Slow { value: String, later: String }',
        resolvers: {
          Query: { slow: () => slowFinished },
          Slow: {
            value: () => 'v',
            later: () => {
              resolvedAfterTimeout = true
              return 'l'
            },
          },
        },
      }),
      plugins: [useRequestTimeout(40)],
      logging: false,
    })
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ slow { value later } }' }),
    })
    expect(response.status).toBe(504)
    const error = (await response.json()).errors[0]
    expect(error).toMatchObject({
      message:
        'Request took longer than the limit of 40 ms (CHIDAO_REQUEST_TIMEOUT_MS) and was stopped',
      extensions: { code: 'TIMEOUT', limit: 40 },
    })
    expectQueryError(error, 'TIMEOUT')
    finishSlow({})
    await slowFinished
    // What would run next (the fields under slow) runs on promise jobs and timers: let them.
    await new Promise((r) => setTimeout(r, 50))
    expect(resolvedAfterTimeout).toBe(false)
  })
})

describe('over real HTTP', () => {
  let gateway: RunningGateway
  beforeAll(async () => {
    const config = readConfig({
      PORT: '0',
      CHIDAO_DATA_DIR: 'memory://',
      CHIDAO_TENANT: 'http-test',
      CHIDAO_SEED: 'none',
      CHIDAO_JWT_SECRET: TEST_JWT_SECRET,
      CHIDAO_MAX_BODY_BYTES: '2048',
      LOG_LEVEL: 'silent',
    })
    gateway = await startGateway(config, pino({ level: 'silent' }))
  })
  afterAll(() => gateway?.stop())

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })

  it('answers a JSON post, with its request id', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } })
    expect(response.headers.get('x-request-id')).toBeTruthy()
  })

  it('refuses a body over the limit by its Content-Length, with 413', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }', p: 'x'.repeat(4000) }))
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toContain('limit of 2048 bytes')
  })

  it('refuses a chunked body once it passes the limit', async () => {
    const chunks = [JSON.stringify({ query: '{ __typename }', p: 'x'.repeat(3000) })]
    const stream = new ReadableStream({
      pull(controller) {
        const next = chunks.shift()
        if (next) controller.enqueue(new TextEncoder().encode(next))
        else controller.close()
      },
    })
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      // @ts-expect-error Node's fetch wants duplex for a streamed body
      duplex: 'half',
    })
    expect(response.status).toBe(413)
  })

  it('refuses a cross-site form post with 403 and a bad token with 401', async () => {
    const form = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(form.status).toBe(403)
    const bad = await post(JSON.stringify({ query: '{ __typename }' }), {
      authorization: 'Bearer e30.e30.e30',
    })
    expect(bad.status).toBe(401)
    expect(bad.headers.get('www-authenticate')).toContain('invalid_token')
    const error = (await bad.json()).errors[0]
    expect(expectQueryError(error, 'UNAUTHENTICATED').reason).toBe('MALFORMED_TOKEN')
  })
})
