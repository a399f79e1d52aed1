import { Writable } from 'node:stream'
import { testBackends } from '@chidao/db/testing'
import type { TenantId } from '@chidao/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mintDevelopmentToken } from '../src/auth/mint-token.js'
import { createLogger } from '../src/logger.js'
import { TEST_JWT_SECRET } from './support/gateway-harness.js'
import { type ServedGateway, serveGateway } from './support/served-gateway.js'

/** A logger made as `chidao serve` makes it, writing into an array of parsed lines. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line))
      done()
    },
  })
  return { logger: createLogger('debug', sink), lines }
}

describe.each(testBackends())('log fields on %s', (backend) => {
  let served: ServedGateway
  let lines: Record<string, unknown>[]
  beforeAll(async () => {
    const captured = capturedLogger()
    lines = captured.lines
    served = await serveGateway(backend, {}, captured.logger)
  }, 120_000)
  afterAll(() => served?.stop())

  it('every line logged while serving a request names the request, operation, tenant and organisation', async () => {
    const token = await mintDevelopmentToken(TEST_JWT_SECRET, {
      subject: 'log-reader',
      tenantId: 'obs-test' as TenantId,
      organizationCode: 'BTV-TU',
      roles: ['VIEWER'],
      clearance: 'PUBLIC',
      ttlSeconds: 600,
    })
    const requestId = 'log-fields-1'
    const response = await fetch(served.gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': requestId,
      },
      body: JSON.stringify({ query: 'query Logged { organizations(first: 1) { totalCount } }' }),
    })
    expect(response.status).toBe(200)
    const mine = lines.filter((line) => line.requestId === requestId)
    // Yoga's own debug lines and the request line, at least.
    expect(mine.length).toBeGreaterThan(1)
    for (const line of mine) {
      expect(line).toMatchObject({ requestId, tenant: 'obs-test' })
      expect(line).toHaveProperty('operationName')
      expect(line).toHaveProperty('organization')
    }
    // Once the token is verified and the document parsed, the lines say whose and which.
    const request = mine.find((line) => line.msg === 'request')
    expect(request).toMatchObject({ operationName: 'Logged', organization: 'BTV-TU', status: 200 })
    const late = mine.filter((line) => line.organization === 'BTV-TU')
    expect(late.length).toBeGreaterThan(1)
    expect(late.every((line) => line.operationName === 'Logged')).toBe(true)
  })

  it('an anonymous caller has no organisation; lines outside a request have no request fields', async () => {
    await fetch(served.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-fields-2' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    const request = lines.find(
      (line) => line.requestId === 'log-fields-2' && line.msg === 'request',
    )
    expect(request).toMatchObject({ tenant: 'obs-test', organization: null, operationName: null })
    const listening = lines.find((line) => String(line.msg).startsWith('chidao gateway listening'))
    expect(listening).toBeDefined()
    expect(listening).not.toHaveProperty('requestId')
    expect(listening).not.toHaveProperty('organization')
  })
})
