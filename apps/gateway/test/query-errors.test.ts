/**
 * Queries report errors as mutations do (issue 15): a stable code, an English and a Vietnamese
 * message as separate fields — for a top-level error `message` (English) and
 * `extensions: { code, messageVi, path? }` — never the two languages joined in one string.
 */
import { readdir, readFile } from 'node:fs/promises'
import { domainError } from '@chidao/domain'
import { GraphQLError } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseReadiness } from '../src/plugins/database-readiness.js'
import { bilingual } from '../src/plugins/use-bilingual-errors.js'
import { errorBody, queryError } from '../src/query-error.js'
import { gatewayHarness } from './support/gateway-harness.js'
import { expectQueryError } from './support/query-error-shape.js'

describe('queryError', () => {
  it('puts a domain error’s code, Vietnamese message and path in extensions', () => {
    const error = queryError(
      domainError('INVALID_DOCUMENT_SYMBOL', { en: 'Not a symbol', vi: 'Không phải ký hiệu' }, [
        'parts',
        0,
      ]),
      { path: ['symbol'] },
    )
    expect(error).toBeInstanceOf(GraphQLError)
    expect(error.message).toBe('Not a symbol')
    expect(error.extensions).toEqual({
      code: 'INVALID_DOCUMENT_SYMBOL',
      messageVi: 'Không phải ký hiệu',
      path: ['symbol', 'parts', '0'],
    })
  })

  it('takes a code with both texts, and context for extensions', () => {
    const error = queryError(
      { code: 'TIMEOUT', en: 'Too slow', vi: 'Quá chậm' },
      { extensions: { limit: 40, http: { status: 504 } } },
    )
    expect(error.extensions).toEqual({
      code: 'TIMEOUT',
      messageVi: 'Quá chậm',
      limit: 40,
      http: { status: 504 },
    })
    // Context never overwrites the shape's own fields.
    const kept = queryError(
      { code: 'A', en: 'a', vi: 'ạ' },
      { extensions: { code: 'B', messageVi: 'x' } },
    )
    expect(kept.extensions).toMatchObject({ code: 'A', messageVi: 'ạ' })
  })

  it('gives the HTTP layer the same body, without Yoga’s http extension', () => {
    const error = queryError(
      { code: 'VALIDATION', en: 'Bad', vi: 'Sai' },
      { path: ['asOf'], extensions: { value: 'x', http: { status: 400 } } },
    )
    expect(errorBody(error)).toEqual({
      errors: [
        {
          message: 'Bad',
          extensions: { code: 'VALIDATION', messageVi: 'Sai', path: ['asOf'], value: 'x' },
        },
      ],
    })
  })

  it('completes errors the gateway does not word itself with a code and Vietnamese', () => {
    const masked = bilingual(
      new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    )
    expectQueryError(masked, 'INTERNAL_SERVER_ERROR')
    expect(masked.extensions.messageVi).toContain('x-request-id')
    const yogaRefusal = bilingual(
      new GraphQLError('POST body sent invalid JSON.', { extensions: { http: { status: 400 } } }),
    )
    expect(yogaRefusal.extensions).toMatchObject({ code: 'BAD_REQUEST', http: { status: 400 } })
    const coercion = bilingual(new GraphQLError('Variable "$n" got invalid value "x"'))
    expectQueryError(coercion, 'VALIDATION')
    const own = queryError({ code: 'A', en: 'a', vi: 'ạ' })
    expect(bilingual(own)).toBe(own)
  })
})

describe('/ready', () => {
  it('says why it is not ready in two fields, not one joined string', async () => {
    const db = { ping: () => Promise.reject(new Error('connection refused')) }
    const logger = { warn: () => {} }
    const answer = await databaseReadiness(db as never, 1000, logger as never)()
    expect(answer).toBeInstanceOf(Response)
    const body = await (answer as Response).json()
    expect(body).toEqual({
      ready: false,
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database cannot be reached',
      messageVi: 'Không kết nối được cơ sở dữ liệu',
    })
  })
})

describe('errors of queries through the gateway', () => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  let closed: Awaited<ReturnType<typeof gatewayHarness>>
  let directiveId: string
  beforeAll(async () => {
    h = await gatewayHarness('pglite', { example: true })
    closed = await gatewayHarness('pglite', { security: { publicRead: false } })
    const r = await h.graphql<any>('{ directive(symbol: "06-CTr/TU") { id } }')
    directiveId = r.data.directive.id
  })
  afterAll(async () => {
    await Promise.all([h?.dispose(), closed?.dispose()])
  })

  it('a malformed cursor: INVALID_CURSOR', async () => {
    const r = await h.graphql('{ tasks(first: 1, after: "garbage") { totalCount } }')
    expectQueryError(r.errors?.[0], 'INVALID_CURSOR')
    expect(r.errors?.[0]?.message).toBe(
      'Invalid cursor "garbage": use a cursor returned by the same query',
    )
    expect(r.errors?.[0]?.extensions?.messageVi).toBe(
      'Con trỏ phân trang "garbage" không hợp lệ: hãy dùng con trỏ do chính truy vấn này trả về',
    )
  })

  it('a negative first: VALIDATION on ["first"]', async () => {
    const r = await h.graphql('{ directives(first: -2) { totalCount } }')
    expectQueryError(r.errors?.[0], 'VALIDATION', ['first'])
  })

  it('a malformed global id in node and nodes: INVALID_ID', async () => {
    for (const query of ['{ node(id: "garbage") { id } }', '{ nodes(ids: ["%%%"]) { id } }']) {
      const r = await h.graphql(query)
      expectQueryError(r.errors?.[0], 'INVALID_ID')
      expect(r.errors?.[0]?.extensions?.messageVi).toContain('Không phải mã định danh')
    }
    // A well-formed id of no record is still no error: null, as Relay says.
    const none = Buffer.from('Task:00000000-0000-0000-0000-000000000000').toString('base64')
    expect(await h.graphql(`{ node(id: "${none}") { id } }`)).toEqual({ data: { node: null } })
  })

  it('a bad asOf date, as a literal or a variable: INVALID_DATE', async () => {
    const literal = await h.graphql('{ tasks(asOf: "2025-13-01") { totalCount } }')
    expectQueryError(literal.errors?.[0], 'INVALID_DATE')
    expect(literal.errors?.[0]?.extensions?.messageVi).toBe(
      'Ngày phải là ngày hợp lệ dạng YYYY-MM-DD, nhận được "2025-13-01"',
    )
    const variable = await h.graphql('query($d: Date) { tasks(asOf: $d) { totalCount } }', {
      d: '2025-02-30',
    })
    expectQueryError(variable.errors?.[0], 'INVALID_DATE')
  })

  it('a symbol that is not one: INVALID_DOCUMENT_SYMBOL on ["symbol"]', async () => {
    const r = await h.graphql('{ directive(symbol: "abc") { id } }')
    expectQueryError(r.errors?.[0], 'INVALID_DOCUMENT_SYMBOL', ['symbol'])
    expect(r.errors?.[0]?.message).toMatch(/^Not a document symbol: "abc"/)
    expect(r.errors?.[0]?.extensions?.messageVi).toMatch(/^Không phải số, ký hiệu văn bản/)
  })

  it('arguments missing or out of range: VALIDATION, TOO_LONG', async () => {
    expectQueryError((await h.graphql('{ directive { id } }')).errors?.[0], 'VALIDATION')
    expectQueryError((await h.graphql('{ organization { id } }')).errors?.[0], 'VALIDATION')
    expectQueryError((await h.graphql('{ scorecard { asOf } }')).errors?.[0], 'VALIDATION')
    const score = await h.graphql(
      `query($d: ID) { scorecard(directiveId: $d, score: 120) { asOf } }`,
      { d: directiveId },
    )
    expectQueryError(score.errors?.[0], 'VALIDATION', ['score'])
    const long = await h.graphql('query($t: String!) { extractCitations(text: $t) { start } }', {
      t: 'a'.repeat(200_001),
    })
    expectQueryError(long.errors?.[0], 'TOO_LONG', ['text'])
  })

  it('a report scoped both ways: the domain’s VALIDATION, on its path', async () => {
    const org = Buffer.from('Organization:00000000-0000-0000-0000-000000000000').toString('base64')
    const r = await h.graphql(
      `{ directive(symbol: "06-CTr/TU") { report(organizationCode: "TU", organizationId: "${org}") } }`,
    )
    expectQueryError(r.errors?.[0], 'VALIDATION', ['organizationCode'])
  })

  it('an over-deep, over-costly query: the limit’s own code', async () => {
    let selection = 'code'
    for (let i = 0; i < 12; i++) selection = `parent { ${selection} }`
    const deep = await h.graphql(`{ organization(code: "TU") { ${selection} } }`)
    expect(expectQueryError(deep.errors?.[0], 'QUERY_TOO_DEEP').limit).toBe(12)
    expect(deep.errors?.[0]?.message).toBe('Query depth limit of 12 exceeded, found 14.')
  })

  it('what GraphQL and Yoga refuse: their code, and Vietnamese', async () => {
    expectQueryError((await h.graphql('{ tasks { ')).errors?.[0], 'GRAPHQL_PARSE_FAILED')
    expectQueryError((await h.graphql('{ nope }')).errors?.[0], 'GRAPHQL_VALIDATION_FAILED')
    const variable = await h.graphql('query($n: Int) { tasks(first: $n) { totalCount } }', {
      n: 'x',
    })
    expectQueryError(variable.errors?.[0], 'VALIDATION')
    const json = await h.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    })
    expect(json.status).toBe(400)
    expectQueryError((await json.json()).errors[0], 'BAD_REQUEST')
  })

  it('refusals of the caller: UNAUTHENTICATED, CSRF_HEADER_REQUIRED', async () => {
    const badToken = await h.graphql('{ __typename }', undefined, { token: 'x.y.z' })
    expect(expectQueryError(badToken.errors?.[0], 'UNAUTHENTICATED').reason).toBe('MALFORMED_TOKEN')
    // A mutation field answers in its union; one with no union to answer in, top-level.
    const anonymousWrite = await h.graphql('mutation { __typename }', undefined, null)
    expectQueryError(anonymousWrite.errors?.[0], 'UNAUTHENTICATED')
    const anonymousRead = await closed.graphql('{ __typename }', undefined, null)
    expect(expectQueryError(anonymousRead.errors?.[0], 'UNAUTHENTICATED').messageVi).toContain(
      'không phục vụ người dùng ẩn danh',
    )
    const form = await h.yoga.fetch('http://yoga/graphql?query=%7B__typename%7D', {
      headers: { cookie: 'session=1' },
    })
    expect(form.status).toBe(403)
    expectQueryError((await form.json()).errors[0], 'CSRF_HEADER_REQUIRED')
  })
})

/** Letters only Vietnamese uses among the languages of the project. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

describe('the source', () => {
  it('joins no English and Vietnamese message into one string outside the command line', async () => {
    const root = new URL('../src/', import.meta.url)
    const joined: string[] = []
    for (const file of await readdir(root, { recursive: true })) {
      // The command line prints to a person's terminal, one problem a line in both languages.
      if (!file.endsWith('.ts') || file.startsWith('cli')) continue
      const lines = (await readFile(new URL(file, root), 'utf8')).split('\n')
      lines.forEach((line, i) => {
        const joinsMessages = /message\w*\} \/ \$\{[^}]*messageVi/.test(line)
        // A literal with English before " / " and Vietnamese after it.
        const literal = /['`"]([^'`"]*?) \/ ([^'`"]*)/.exec(line)
        const joinsText =
          literal !== null && !VIETNAMESE.test(literal[1]!) && VIETNAMESE.test(literal[2]!)
        if ((joinsMessages || joinsText) && !/^\s*(\/\/|\*)/.test(line)) {
          joined.push(`${file}:${i + 1}: ${line.trim()}`)
        }
      })
    }
    // A rating's reasons are data, not an error: a list of strings, each in both languages.
    expect(joined.filter((l) => !l.startsWith('schema/types/scorecard.ts:'))).toEqual([])
  })
})
