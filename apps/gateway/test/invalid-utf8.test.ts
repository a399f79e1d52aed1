import type { TenantId } from '@chidao/domain'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mintDevelopmentToken } from '../src/auth/mint-token.js'
import { readConfig } from '../src/config.js'
import { queryStringIsUtf8 } from '../src/plugins/use-valid-utf8.js'
import { type RunningGateway, startGateway } from '../src/server.js'
import { TEST_JWT_SECRET } from './support/gateway-harness.js'
import { expectQueryError } from './support/query-error-shape.js'

const TENANT = 'utf8-test'

const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { __typename ... on Error { code message } }
}`

/** A createOrganization body whose name is `before`, then the raw bytes, then `after`. */
function bodyWithBytes(code: string, bytes: number[], before = 'Sở ', after = ' Tư pháp'): Buffer {
  const [head, tail] = JSON.stringify({
    query: CREATE,
    variables: {
      input: { code, name: `${before}@@${after}`, kind: 'DEPARTMENT', level: 'PROVINCE' },
    },
  }).split('@@')
  return Buffer.concat([Buffer.from(head!), Buffer.from(bytes), Buffer.from(tail!)])
}

describe('request text that is not valid UTF-8, over real HTTP', () => {
  let gateway: RunningGateway
  let token: string
  beforeAll(async () => {
    const config = readConfig({
      PORT: '0',
      CHIDAO_DATA_DIR: 'memory://',
      CHIDAO_TENANT: TENANT,
      CHIDAO_SEED: 'none',
      CHIDAO_JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
    })
    gateway = await startGateway(config, pino({ level: 'silent' }))
    token = await mintDevelopmentToken(TEST_JWT_SECRET, {
      subject: 'utf8',
      tenantId: TENANT as TenantId,
      organizationCode: null,
      roles: ['ADMIN'],
      clearance: 'PUBLIC',
      ttlSeconds: 3600,
    })
  })
  afterAll(() => gateway?.stop())

  const post = (body: Buffer | ReadableStream<Uint8Array>) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: Buffer.isBuffer(body) ? new Uint8Array(body) : body,
      // Node's fetch wants duplex for a streamed body
      duplex: 'half',
    } as RequestInit)

  async function organizations(): Promise<string[]> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ organizations { edges { node { code name } } } }' }),
    })
    const body = await response.json()
    return body.data.organizations.edges.map(
      (e: { node: { code: string; name: string } }) => `${e.node.code} ${e.node.name}`,
    )
  }

  it('refuses invalid bytes in a mutation’s variables with 400 INVALID_TEXT, writing nothing', async () => {
    for (const [code, bytes] of [
      ['BAD-1', [0xc3, 0x28]], // a lead byte followed by no continuation byte
      ['BAD-2', [0xff]], // never valid
      ['BAD-3', [0xed, 0xa0, 0x80]], // an encoded surrogate (CESU-8)
      ['BAD-4', [0xc0, 0xaf]], // an overlong "/"
    ] as const) {
      const response = await post(bodyWithBytes(code, [...bytes]))
      expect(response.status, code).toBe(400)
      const error = (await response.json()).errors[0]
      expectQueryError(error, 'INVALID_TEXT')
      expect(error.message).toContain('not valid UTF-8')
      expect(error.extensions.messageVi).toContain('không phải văn bản UTF-8 hợp lệ')
    }
    // Cut off at the very end of the body.
    const cut = Buffer.concat([bodyWithBytes('BAD-5', []), Buffer.from([0xe1, 0xba])])
    expect((await post(cut)).status).toBe(400)
    expect(await organizations()).toEqual([])
  })

  it('accepts valid text, also when a character is split between two chunks', async () => {
    const body = bodyWithBytes('SO-TP', [...Buffer.from('ổ')])
    const split = body.indexOf(Buffer.from('ổ')) + 1 // inside the three bytes of "ổ"
    const chunks = [body.subarray(0, split), body.subarray(split)]
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift()
        if (next) controller.enqueue(new Uint8Array(next))
        else controller.close()
      },
    })
    const response = await post(stream)
    expect(response.status).toBe(200)
    expect((await response.json()).data.createOrganization.__typename).toBe(
      'CreateOrganizationPayload',
    )
    expect(await organizations()).toEqual(['SO-TP Sở ổ Tư pháp'])
  })

  it('refuses a GET whose query string escapes bytes that are not UTF-8', async () => {
    const query = encodeURIComponent('query($t: String!) { extractCitations(text: $t) { symbol } }')
    const good = await fetch(
      `${gateway.url}?query=${query}&variables=${encodeURIComponent(JSON.stringify({ t: 'Chỉ thị 42-CT/TW' }))}`,
      { headers: { 'x-chidao-csrf': '1' } },
    )
    expect(good.status).toBe(200)
    const bad = await fetch(
      `${gateway.url}?query=${query}&variables=%7B%22t%22%3A%22%C3%28%22%7D`,
      {
        headers: { 'x-chidao-csrf': '1' },
      },
    )
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors[0].extensions.code).toBe('INVALID_TEXT')
  })

  it('reads percent escapes as bytes', () => {
    expect(queryStringIsUtf8('?a=b')).toBe(true)
    expect(queryStringIsUtf8('?t=%E1%BB%95%20x')).toBe(true)
    expect(queryStringIsUtf8('?t=%C3%28')).toBe(false)
    expect(queryStringIsUtf8('?t=%E1%BB')).toBe(false)
    expect(queryStringIsUtf8('?t=100%')).toBe(true)
  })
})
