import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { negotiateEncoding } from '../src/plugins/content-encoding.js'
import { type GatewayHarness, gatewayHarness } from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'
import { rawRequest } from './support/raw-http.js'

const INTROSPECTION = '{ __schema { types { name description fields { name description } } } }'

describe('negotiating the encoding', () => {
  it('takes the encoding the client weighs highest, Brotli on a tie, none refused', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(negotiateEncoding('gzip')).toBe('gzip')
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip')
    expect(negotiateEncoding('gzip;q=0, br;q=0')).toBeNull()
    expect(negotiateEncoding('*')).toBe('br')
    expect(negotiateEncoding('*, br;q=0')).toBe('gzip')
    expect(negotiateEncoding('identity')).toBeNull()
    expect(negotiateEncoding(null)).toBeNull()
  })
})

describe('compression and GraphiQL over real HTTP', () => {
  let h: GatewayHarness
  let http: Listening
  beforeAll(async () => {
    h = await gatewayHarness('pglite')
    http = await listen(h.yoga)
  })
  afterAll(async () => {
    await http?.stop()
    await h?.dispose()
  })

  const postQuery = (query: string, headers: Record<string, string>) =>
    rawRequest(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    })

  it('compresses a GraphQL answer for a client that accepts it, and says it varies by that', async () => {
    const plain = await postQuery(INTROSPECTION, {})
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i)
    const json = JSON.parse(plain.body.toString('utf8'))
    expect(json.data.__schema.types.length).toBeGreaterThan(50)

    const gzip = await postQuery(INTROSPECTION, { 'accept-encoding': 'gzip' })
    expect(gzip.status).toBe(200)
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i)
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length)
    expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(json)
    // Compressed at all, and well: the ratio depends on the schema's words, so only "well" is asked.
    expect(gzip.body.length).toBeLessThan(plain.body.length / 2)

    const br = await postQuery(INTROSPECTION, { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(json)
  })

  it('leaves a small answer as it is', async () => {
    const small = await postQuery('{ __typename }', { 'accept-encoding': 'gzip, br' })
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } })
  })

  it('never compresses a stream of events: each reaches the client as written', async () => {
    const stream = await postQuery(INTROSPECTION, {
      accept: 'text/event-stream',
      'accept-encoding': 'gzip, br',
    })
    expect(stream.status).toBe(200)
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/)
    // Yoga marks it `Content-Encoding: none` itself; never gzip or br.
    expect([undefined, 'none']).toContain(stream.headers['content-encoding'])
    const text = stream.body.toString('utf8')
    expect(text).toMatch(/^event: next\ndata: \{"data":\{"__schema"/m)
    expect(text).toMatch(/event: complete/)
  })

  it('serves GraphiQL as a small page and its assets compressed and cached for ever, from the package', async () => {
    const page = await rawRequest(`${http.base}/graphql`, {
      headers: { accept: 'text/html', 'accept-encoding': 'gzip, br' },
    })
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['cache-control']).toBe('no-cache')
    const html = page.body.toString('utf8')
    expect(html).toContain('<title>chidao</title>')
    expect(html).not.toMatch(/https?:\/\//) // nothing from a CDN
    expect(html).toContain('"x-chidao-csrf')
    expect(page.body.length).toBeLessThan(4096)
    const again = await rawRequest(`${http.base}/graphql`, {
      headers: { accept: 'text/html', 'if-none-match': String(page.headers.etag) },
    })
    expect(again.status).toBe(304)

    const script = /<script src="(graphiql\/graphiql-[\w-]+\.js)"/.exec(html)?.[1]
    const style = /<link rel="stylesheet" href="(graphiql\/graphiql-[\w-]+\.css)"/.exec(html)?.[1]
    const icon = /<link rel="icon" href="(graphiql\/favicon-[\w-]+\.ico)"/.exec(html)?.[1]
    expect([script, style, icon].every(Boolean)).toBe(true)
    const plain = await rawRequest(`${http.base}/${script}`)
    expect(plain.status).toBe(200)
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(plain.body.toString('utf8')).toContain('YogaGraphiQL')
    const br = await rawRequest(`${http.base}/${script}`, { headers: { 'accept-encoding': 'br' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    expect(br.body.length).toBeLessThan(plain.body.length / 3)
    const gzip = await rawRequest(`${http.base}/${script}`, {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true)
    const cached = await rawRequest(`${http.base}/${script}`, {
      headers: { 'if-none-match': String(br.headers.etag) },
    })
    expect(cached.status).toBe(304)
    for (const asset of [style, icon]) {
      expect((await rawRequest(`${http.base}/${asset}`)).status, asset).toBe(200)
    }
    expect((await rawRequest(`${http.base}/graphiql/graphiql-unknown.js`)).status).toBe(404)
  })
})
