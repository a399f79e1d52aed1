import { readdir, readFile } from 'node:fs/promises'
import { testBackends } from '@chidao/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type As, type GatewayHarness, gatewayHarness } from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'
import { expectQueryError } from './support/query-error-shape.js'

/** What urql sends with every query it sends by GET, and nothing else. */
const URQL_ACCEPT =
  'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed'
const SPEC = 'application/graphql-response+json'

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      __typename
      ... on CreateOrganizationPayload { organization { code } }
      ... on Error { code message messageVi path }
    }
  }
`

function nested(depth: number): string {
  let selection = 'code'
  for (let i = 0; i < depth; i++) selection = `parent { ${selection} }`
  return `{ organization(code: "TU") { ${selection} } }`
}

describe.each(testBackends())('the HTTP layer on %s', (backend) => {
  let h: GatewayHarness
  let closed: GatewayHarness
  let http: Listening
  let closedHttp: Listening
  let url: string
  beforeAll(async () => {
    h = await gatewayHarness(backend)
    closed = await gatewayHarness(backend, { security: { publicRead: false } })
    http = await listen(h.yoga)
    closedHttp = await listen(closed.yoga)
    url = `${http.base}/graphql`
  })
  afterAll(async () => {
    await Promise.all([http?.stop(), closedHttp?.stop()])
    await Promise.all([h?.dispose(), closed?.dispose()])
  })

  async function bearer(as: As): Promise<Record<string, string>> {
    if (as === null) return {}
    return { authorization: `Bearer ${'token' in as ? as.token : await h.tokenFor(as)}` }
  }

  const get = (query: string, headers: Record<string, string> = {}, base = url) =>
    fetch(`${base}?query=${encodeURIComponent(query)}`, { headers })

  const post = async (
    query: string,
    variables: Record<string, unknown> | undefined,
    headers: Record<string, string> = {},
    base = url,
  ) =>
    fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    })

  const organizationCount = async () =>
    ((await h.graphql('{ organizations { totalCount } }')).data as any).organizations.totalCount

  describe('GET queries (urql sends queries by GET)', () => {
    it('answers a GET query with only the headers urql sends: an anonymous read', async () => {
      const answer = await get('{ organizations { totalCount } }', { accept: URQL_ACCEPT })
      expect(answer.status).toBe(200)
      expect(answer.headers.get('content-type')).toContain(SPEC)
      expect(await answer.json()).toEqual({ data: { organizations: { totalCount: 0 } } })
    })

    it('answers a GET query with a bearer token, even beside a cookie: it was preflighted', async () => {
      // Where anonymous reading is off, the answer shows the token was used.
      const answer = await get(
        '{ organizations { totalCount } }',
        { accept: URQL_ACCEPT, cookie: 'session=1', ...(await bearer({ roles: ['VIEWER'] })) },
        `${closedHttp.base}/graphql`,
      )
      expect(answer.status).toBe(200)
      expect(await answer.json()).toEqual({ data: { organizations: { totalCount: 0 } } })
    })

    it('refuses a GET carrying a cookie and nothing a browser must preflight: 403', async () => {
      const refused = await get('{ __typename }', { accept: URQL_ACCEPT, cookie: 'session=1' })
      expect(refused.status).toBe(403)
      expectQueryError((await refused.json()).errors[0], 'CSRF_HEADER_REQUIRED')
      for (const header of [
        'x-chidao-csrf',
        'apollo-require-preflight',
        'x-apollo-operation-name',
      ]) {
        const answer = await get('{ __typename }', { cookie: 'session=1', [header]: 'true' })
        expect(answer.status, header).toBe(200)
      }
    })

    it('never runs a mutation sent by GET: 405 METHOD_NOT_ALLOWED, nothing written', async () => {
      const before = await organizationCount()
      const mutation = `mutation { createOrganization(input: { code: "GET-1", name: "Qua GET", kind: OTHER, level: PROVINCE }) { __typename } }`
      const answer = await get(mutation, {
        accept: SPEC,
        'x-chidao-csrf': '1',
        ...(await bearer({ roles: ['ADMIN'] })),
      })
      expect(answer.status).toBe(405)
      expect(answer.headers.get('allow')).toBe('POST')
      const error = expectQueryError((await answer.json()).errors[0], 'METHOD_NOT_ALLOWED')
      expect(error.messageVi).toContain('chỉ bằng POST')
      expect(await organizationCount()).toBe(before)
    })

    it('still refuses a cross-site form post: 403', async () => {
      const form = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `query=${encodeURIComponent('{ __typename }')}`,
      })
      expect(form.status).toBe(403)
      expectQueryError((await form.json()).errors[0], 'CSRF_HEADER_REQUIRED')
    })
  })

  describe('top-level errors', () => {
    it('a limit: its code, English and Vietnamese apart, no "Syntax Error", 400 under graphql-response+json', async () => {
      const spec = await post(nested(12), undefined, { accept: SPEC })
      expect(spec.status).toBe(400)
      expect(spec.headers.get('content-type')).toContain(SPEC)
      const error = (await spec.json()).errors[0]
      expect(error.message).toBe('Query depth limit of 12 exceeded, found 14.')
      expect(error.message).not.toMatch(/Syntax Error/)
      expect(expectQueryError(error, 'QUERY_TOO_DEEP').messageVi).toBe(
        'Truy vấn vượt giới hạn độ sâu 12 (CHIDAO_MAX_DEPTH), thực tế 14',
      )
      // A client that accepts only application/json gets 200, as GraphQL over HTTP says.
      const legacy = await post(nested(12), undefined, { accept: 'application/json' })
      expect(legacy.status).toBe(200)
      expectQueryError((await legacy.json()).errors[0], 'QUERY_TOO_DEEP')
    })

    it('validation and bad input: 400 under graphql-response+json, each with its code', async () => {
      const cases: [string, RequestInit, string][] = [
        ['{ nope }', {}, 'GRAPHQL_VALIDATION_FAILED'],
        ['{ tasks { ', {}, 'GRAPHQL_PARSE_FAILED'],
        [
          'query($n: Int) { tasks(first: $n) { totalCount } }',
          {
            body: JSON.stringify({
              query: 'query($n: Int) { tasks(first: $n) { totalCount } }',
              variables: { n: 'x' },
            }),
          },
          'VALIDATION',
        ],
        ['', { body: '{' }, 'BAD_REQUEST'],
      ]
      for (const [query, init, code] of cases) {
        const answer = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: SPEC },
          body: JSON.stringify({ query }),
          ...init,
        })
        expect(answer.status, code).toBe(400)
        expect(answer.headers.get('content-type')).toContain(SPEC)
        const body = await answer.json()
        expect(body.data, code).toBeUndefined()
        expectQueryError(body.errors[0], code)
      }
    })
  })

  describe('mutations of callers who may not make them', () => {
    it('answers an anonymous mutation inside its union: UnauthenticatedError, nothing written', async () => {
      const before = await organizationCount()
      const answer = await post(CREATE, {
        input: { code: 'ANON-1', name: 'Ẩn danh', kind: 'OTHER', level: 'PROVINCE' },
      })
      expect(answer.status).toBe(200)
      const result = (await answer.json()).data.createOrganization
      expect(result).toMatchObject({ __typename: 'UnauthenticatedError', code: 'UNAUTHENTICATED' })
      // The field and what it needs, once, in each language.
      expect(result.message).toMatch(/^Sign in first: Mutation\.createOrganization needs /)
      expect(result.messageVi).toMatch(/^Cần đăng nhập: Mutation\.createOrganization cần /)
      expect(result.message).not.toMatch(/Sign in first.*Sign in first/)
      expect(await organizationCount()).toBe(before)
    })

    it('answers a mutation of a role that may not make it inside its union: ForbiddenError', async () => {
      const answer = await post(
        CREATE,
        { input: { code: 'VIEW-1', name: 'Người xem', kind: 'OTHER', level: 'PROVINCE' } },
        await bearer({ roles: ['VIEWER'], org: null }),
      )
      expect(answer.status).toBe(200)
      expect((await answer.json()).data.createOrganization).toMatchObject({
        __typename: 'ForbiddenError',
        code: 'FORBIDDEN',
      })
    })

    it('does so also where anonymous reading is off; anonymous queries there stay refused top-level', async () => {
      const base = `${closedHttp.base}/graphql`
      const write = await post(
        CREATE,
        { input: { code: 'ANON-2', name: 'Ẩn danh', kind: 'OTHER', level: 'PROVINCE' } },
        {},
        base,
      )
      expect(write.status).toBe(200)
      expect((await write.json()).data.createOrganization.__typename).toBe('UnauthenticatedError')
      const read = await post('{ organizations { totalCount } }', undefined, {}, base)
      expect(read.status).toBe(401)
      expectQueryError((await read.json()).errors[0], 'UNAUTHENTICATED')
    })

    it('refuses top-level a mutation selecting a field with no union to answer in', async () => {
      const answer = await post('mutation { __typename }', undefined)
      expect(answer.status).toBe(401)
      expectQueryError((await answer.json()).errors[0], 'UNAUTHENTICATED')
    })
  })
})

describe('docs/api.md', () => {
  it('lists every top-level code the HTTP layer can answer', async () => {
    const src = new URL('../src/', import.meta.url)
    const files = [
      'yoga.ts',
      ...(await readdir(new URL('plugins/', src))).map((f) => `plugins/${f}`),
      'report/use-report-download.ts',
    ]
    const codes = new Set<string>()
    for (const file of files) {
      const text = await readFile(new URL(file, src), 'utf8')
      for (const pattern of [
        /code: '([A-Z][A-Z_]+)'/g, // queryError({ code: … }), refusal({ code … })
        /return '([A-Z][A-Z_]+)'/g, // the bilingual plugin's codes for Yoga's errors
        /^ {2}([A-Z][A-Z_]+):/gm, // its Vietnamese messages, by code
        /refusal\(\s*'([A-Z][A-Z_]+)'/g, // the input guard's refusals
        /'([A-Z][A-Z_]+)' \| '/g, // the readiness body's reasons
      ]) {
        for (const m of text.matchAll(pattern)) codes.add(m[1]!)
      }
    }
    expect(codes.size).toBeGreaterThan(15)
    const docs = await readFile(new URL('../../../docs/api.md', import.meta.url), 'utf8')
    const missing = [...codes].filter((code) => !docs.includes(`\`${code}\``))
    expect(missing).toEqual([])
  })
})
