import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, readWebAppDirectory } from '../src/config.js'
import { type GatewayHarness, gatewayHarness } from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'
import { rawRequest } from './support/raw-http.js'

const PAGE =
  '<!doctype html><html lang="vi"><title>chidao</title><script type="module" src="/assets/index-abc123.js"></script></html>'
const SCRIPT = `console.log(${JSON.stringify('Danh sách đôn đốc '.repeat(200))})`

describe('the web app served beside the API', () => {
  let directory: string
  let h: GatewayHarness
  let http: Listening
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'chidao-web-'))
    await mkdir(join(directory, 'assets'))
    await writeFile(join(directory, 'index.html'), PAGE)
    await writeFile(join(directory, 'assets', 'index-abc123.js'), SCRIPT)
    await writeFile(join(directory, 'assets', 'notes.unknown'), 'not served')
    h = await gatewayHarness('pglite', { webApp: directory })
    http = await listen(h.yoga)
  })
  afterAll(async () => {
    await http?.stop()
    await h?.dispose()
    await rm(directory, { recursive: true, force: true })
  })

  it('answers / and every address the app routes with its page, revalidated, under a strict policy', async () => {
    for (const path of ['/', '/urge?view=dueSoon', '/tasks/VGFzazox']) {
      const page = await rawRequest(`${http.base}${path}`, { headers: { accept: 'text/html' } })
      expect(page.status, path).toBe(200)
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(page.headers['cache-control']).toBe('no-cache')
      expect(page.body.toString('utf8')).toBe(PAGE)
      expect(page.headers['content-security-policy']).toContain("default-src 'self'")
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      const again = await rawRequest(`${http.base}${path}`, {
        headers: { accept: 'text/html', 'if-none-match': String(page.headers.etag) },
      })
      expect(again.status).toBe(304)
    }
  })

  it('serves its hashed files compressed and cached for ever; a missing one is a 404, not the page', async () => {
    const script = await rawRequest(`${http.base}/assets/index-abc123.js`, {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(script.status).toBe(200)
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(script.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(script.body).toString('utf8')).toBe(SCRIPT)
    expect((await rawRequest(`${http.base}/assets/index-old.js`)).status).toBe(404)
    expect((await rawRequest(`${http.base}/assets/notes.unknown`)).status).toBe(404)
    // A file outside the build is never reached by climbing out of it.
    expect(
      (await rawRequest(`${http.base}/assets/../../etc/passwd`)).body.toString(),
    ).not.toContain('root:')
  })

  it('leaves the API its own: GraphQL, GraphiQL, downloads and health answer as before', async () => {
    const answer = await h.graphql<{ __typename: string }>('{ __typename }')
    expect(answer.data?.__typename).toBe('Query')
    const graphiql = await rawRequest(`${http.base}/graphql`, { headers: { accept: 'text/html' } })
    expect(graphiql.body.toString('utf8')).toContain('YogaGraphiQL')
    const report = await rawRequest(`${http.base}/reports/99-XX%2FTW`, {
      headers: { accept: 'text/html' },
    })
    expect(report.body.toString('utf8')).not.toBe(PAGE)
    const health = await rawRequest(`${http.base}/health`, { headers: { accept: 'text/html' } })
    expect(health.body.toString('utf8')).not.toBe(PAGE)
  })
})

describe('CHIDAO_WEB_DIR', () => {
  it('takes a built app, refuses a directory without one, and is off when asked', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'chidao-web-config-'))
    try {
      expect(() => readWebAppDirectory({ CHIDAO_WEB_DIR: directory })).toThrow(ConfigError)
      expect(() => readWebAppDirectory({ CHIDAO_WEB_DIR: directory })).toThrow(/index\.html/)
      await writeFile(join(directory, 'index.html'), PAGE)
      expect(readWebAppDirectory({ CHIDAO_WEB_DIR: directory })).toBe(directory)
      expect(readWebAppDirectory({ CHIDAO_WEB_DIR: 'off' })).toBeNull()
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
