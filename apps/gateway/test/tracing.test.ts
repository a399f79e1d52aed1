import { createServer, type Server } from 'node:http'
import { testBackends } from '@chidao/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServedGateway, serveGateway } from './support/served-gateway.js'

interface ExportedSpan {
  readonly traceId: string
  readonly spanId: string
  readonly parentSpanId?: string
  readonly name: string
  readonly attributes?: readonly { key: string; value: Record<string, unknown> }[]
}

/** An OTLP/HTTP collector in the test: keeps the spans of every JSON export it is sent. */
async function startCollector() {
  const spans: ExportedSpan[] = []
  const paths: string[] = []
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      paths.push(request.url ?? '')
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      for (const resource of body.resourceSpans ?? []) {
        for (const scope of resource.scopeSpans ?? []) spans.push(...(scope.spans ?? []))
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    paths,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function attribute(span: ExportedSpan, key: string): unknown {
  const value = span.attributes?.find((a) => a.key === key)?.value
  return value ? Object.values(value)[0] : undefined
}

/** A value the query carries as a variable: it must reach no span. */
const PERSONAL = 'SECRET-CODE-4711'

describe.each(testBackends())('OpenTelemetry traces on %s', (backend) => {
  let collector: Awaited<ReturnType<typeof startCollector>>
  let served: ServedGateway | undefined
  beforeAll(async () => {
    collector = await startCollector()
    served = await serveGateway(backend, {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
    })
  }, 120_000)
  afterAll(async () => {
    await served?.stop()
    await collector?.stop()
  })

  it('a span for the GraphQL operation, with a child span per SQL statement and no values', async () => {
    const gateway = served as ServedGateway
    const response = await fetch(gateway.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query FindOrganization($code: String) { organization(code: $code) { id } }',
        variables: { code: PERSONAL },
      }),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { organization: null } })
    // Stopping sends the spans not yet sent.
    await gateway.stop()
    served = undefined
    expect(collector.paths.every((path) => path === '/v1/traces')).toBe(true)
    const operation = collector.spans.find((span) => span.name === 'query FindOrganization')
    expect(operation).toBeDefined()
    if (!operation) return
    expect(attribute(operation, 'graphql.operation.name')).toBe('FindOrganization')
    expect(attribute(operation, 'graphql.operation.type')).toBe('query')
    const statements = collector.spans.filter(
      (span) => span.parentSpanId === operation.spanId && span.traceId === operation.traceId,
    )
    expect(statements.length).toBeGreaterThan(0)
    const texts = statements.map((span) => String(attribute(span, 'db.query.text')))
    expect(texts.some((text) => /\bfrom\b.*\borganization\b/is.test(text))).toBe(true)
    for (const span of statements) {
      expect(attribute(span, 'db.system.name')).toBe('postgresql')
    }
    // Statements outside an operation (migrations at start) are not sent.
    const sql = collector.spans.filter((span) => attribute(span, 'db.query.text') !== undefined)
    expect(sql.every((span) => span.parentSpanId)).toBe(true)
    expect(JSON.stringify(collector.spans)).not.toContain(PERSONAL)
  })
})
