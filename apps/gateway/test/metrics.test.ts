import { createTestDatabase, testBackends } from '@chidao/db/testing'
import type { TenantId } from '@chidao/domain'
import { parse } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig, readObservabilityConfig } from '../src/config.js'
import { gatewayMetrics } from '../src/observability/metrics/gateway-metrics.js'
import {
  MAX_OPERATION_NAMES,
  operationLabeller,
} from '../src/observability/metrics/operation-label.js'
import { createGateway } from '../src/yoga.js'
import { listen } from './support/http-listener.js'
import { type ServedGateway, serveGateway } from './support/served-gateway.js'

const METRICS_TOKEN = 'scrape-token-0123456789'

function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

/** The value of one sample of the metrics text (`name{labels} value`); undefined when absent. */
function sample(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue
    const match = /^([a-zA-Z_:][\w:]*)(\{(.*)\})? (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    const found = Object.fromEntries(
      [...(match[3] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    )
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[4])
  }
  return undefined
}

describe('metrics settings', () => {
  it('are off by default, with no token and no tracing', () => {
    expect(readConfig({}).observability).toEqual({
      metrics: false,
      metricsToken: null,
      otlpEndpoint: null,
    })
  })

  it('read CHIDAO_METRICS=1, the token and the collector', () => {
    expect(
      readObservabilityConfig({
        CHIDAO_METRICS: '1',
        CHIDAO_METRICS_TOKEN: ' t0ken ',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
      }),
    ).toEqual({ metrics: true, metricsToken: 't0ken', otlpEndpoint: 'http://127.0.0.1:4318' })
  })

  it('refuse a collector that is not an http(s) URL, naming only its scheme', () => {
    expect(() =>
      readObservabilityConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://user:pw@collector:4317' }),
    ).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT must be an http:\/\/ or https:\/\/ URL, got one starting "grpc:"$/,
    )
  })
})

describe('operation labels', () => {
  it('come from the parsed document, anonymous without a name, and stay bounded', () => {
    const label = operationLabeller()
    expect(label(parse('query Tasks { __typename }'), null)).toBe('Tasks')
    // The client's operationName alone is not a label: it must name an operation of the document.
    expect(label(parse('{ __typename }'), 'Invented')).toBe('anonymous')
    expect(label(undefined, 'Invented')).toBe('anonymous')
    for (let i = 0; i < MAX_OPERATION_NAMES; i++) label(parse(`query Q${i} { __typename }`), null)
    expect(label(parse('query OneTooMany { __typename }'), null)).toBe('other')
    expect(label(parse('query Tasks { __typename }'), null)).toBe('Tasks')
  })
})

describe.each(testBackends())('metrics over real HTTP on %s', (backend) => {
  let off: ServedGateway
  let on: ServedGateway
  beforeAll(async () => {
    off = await serveGateway(backend, {})
    on = await serveGateway(backend, { CHIDAO_METRICS: '1', CHIDAO_METRICS_TOKEN: METRICS_TOKEN })
  }, 120_000)
  afterAll(async () => {
    await Promise.all([off?.stop(), on?.stop()])
  })

  const scrape = () =>
    fetch(`${on.base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })

  it('are not served unless enabled: /metrics is a 404 like any unknown path', async () => {
    const metrics = await fetch(`${off.base}/metrics`)
    const unknown = await fetch(`${off.base}/no-such-path`)
    expect(metrics.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(await metrics.text()).toBe(await unknown.text())
  })

  it('ask for the token: none or a wrong one gets 401 and no metrics', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: `Bearer ${METRICS_TOKEN}x` },
      { authorization: METRICS_TOKEN },
    ]
    for (const headers of attempts) {
      const response = await fetch(`${on.base}/metrics`, { headers })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
      const body = await response.text()
      expect(body).not.toMatch(/process_cpu|graphql_envelop|chidao_/)
    }
    const response = await scrape()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  })

  it('count operations by name and errors by code after queries', async () => {
    const before = await (await scrape()).text()
    const count = (text: string, name: string, labels: Record<string, string>) =>
      sample(text, name, labels) ?? 0
    expect((await post(on.base, { query: 'query Probe { __typename }' })).status).toBe(200)
    await post(on.base, { query: 'query Probe { __typename }' })
    await post(on.base, { query: '{ __typename }' })
    // A field the schema does not have: refused at validation.
    await post(on.base, { query: 'query Broken { noSuchField }' })
    // A token that does not verify: refused when the context is built.
    await post(on.base, { query: 'query Probe { __typename }' }, { authorization: 'Bearer x.y.z' })
    const after = await (await scrape()).text()
    const operation = { operationName: 'Probe', operationType: 'query' }
    expect(count(after, 'graphql_envelop_request', operation)).toBe(
      count(before, 'graphql_envelop_request', operation) + 2,
    )
    const anonymous = { operationName: 'anonymous', operationType: 'query' }
    expect(count(after, 'graphql_envelop_request', anonymous)).toBe(
      count(before, 'graphql_envelop_request', anonymous) + 1,
    )
    expect(count(after, 'graphql_envelop_request_duration_count', operation)).toBe(
      count(before, 'graphql_envelop_request_duration_count', operation) + 2,
    )
    for (const code of ['GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED']) {
      expect(count(after, 'chidao_graphql_errors_total', { code })).toBe(
        count(before, 'chidao_graphql_errors_total', { code }) + 1,
      )
    }
    // The event loop's lag, among Node's own figures.
    expect(sample(after, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0)
    expect(sample(after, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThan(0)
  })

  it('report the database pool', async () => {
    await post(on.base, { query: '{ organizations(first: 1) { totalCount } }' })
    const text = await (await scrape()).text()
    if (backend === 'pglite') {
      // One session, no pool: in use and waiting are not known, so not reported.
      expect(sample(text, 'chidao_db_pool_connections')).toBe(1)
      expect(sample(text, 'chidao_db_pool_in_use')).toBeUndefined()
      expect(sample(text, 'chidao_db_pool_waiting')).toBeUndefined()
    } else {
      expect(sample(text, 'chidao_db_pool_connections')).toBeGreaterThanOrEqual(1)
      // Between requests nothing holds a connection, and nobody waits.
      expect(sample(text, 'chidao_db_pool_in_use')).toBe(0)
      expect(sample(text, 'chidao_db_pool_waiting')).toBe(0)
    }
  })
})

describe.each(testBackends())('metrics without a token on %s', (backend) => {
  it('are served to anyone who reaches the port', async () => {
    const database = await createTestDatabase(backend)
    const yoga = createGateway({
      db: database.db,
      tenantId: 'obs-open' as TenantId,
      observers: gatewayMetrics({ db: database.db, token: null }),
    })
    const http = await listen(yoga)
    try {
      await post(http.base, { query: 'query Open { __typename }' })
      const response = await fetch(`${http.base}/metrics`)
      expect(response.status).toBe(200)
      const text = await response.text()
      expect(sample(text, 'graphql_envelop_request', { operationName: 'Open' })).toBe(1)
    } finally {
      await http.stop()
      await database.dispose()
    }
  })
})
