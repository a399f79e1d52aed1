/**
 * Defects the fuzzing of the reliability suite (test/reliability/fuzz.test.ts) found, each kept
 * here as a plain regression test so that `npm test` holds them.
 */
import { GraphQLError } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { maskError } from '../src/plugins/mask-error.js'
import { gatewayHarness } from './support/gateway-harness.js'
import { expectQueryError } from './support/query-error-shape.js'

const gid = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('hostile input found by fuzzing', () => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  let taskId: string
  let orgCursor: string
  beforeAll(async () => {
    h = await gatewayHarness('pglite', { example: true })
    const r = await h.graphql<any>(
      '{ tasks(first: 1) { edges { node { id } } } organizations(first: 1) { edges { cursor } } }',
    )
    taskId = r.data.tasks.edges[0].node.id
    orgCursor = r.data.organizations.edges[0].cursor
  })
  afterAll(() => h?.dispose())

  it('answers null for node ids with no record, of another type or of no node type', async () => {
    const missing = gid('Task:00000000-0000-0000-0000-000000000000')
    const notUuid = gid('Task:t')
    const noNode = gid('Tenant:test-tinh')
    const root = gid('Query:x')
    const r = await h.graphql<any>(
      `query($ids: [ID!]!, $a: ID!, $b: ID!, $c: ID!) {
        a: node(id: $a) { id } b: node(id: $b) { id } c: node(id: $c) { id }
        nodes(ids: $ids) { id }
      }`,
      { ids: [missing, taskId, notUuid, noNode, root, taskId], a: missing, b: notUuid, c: noNode },
    )
    expect(r.errors).toBeUndefined()
    expect(r.data).toEqual({
      a: null,
      b: null,
      c: null,
      nodes: [null, { id: taskId }, null, null, null, { id: taskId }],
    })
  })

  it('refuses a cursor of another list with INVALID_CURSOR, in both languages', async () => {
    const r = await h.graphql<any>(
      'query($c: String) { assessments(before: $c, last: 2) { totalCount } }',
      { c: orgCursor },
    )
    expect(r.errors).toHaveLength(1)
    const extensions = expectQueryError(r.errors![0], 'INVALID_CURSOR')
    expect(r.errors![0]!.message).toContain(`Invalid cursor "${orgCursor.slice(0, 80)}"`)
    expect(extensions.messageVi).toContain('không hợp lệ')
  })

  it('refuses a negative first or last with VALIDATION, its path naming the argument', async () => {
    for (const [arg, field] of [
      ['first', 'assessments'],
      ['last', 'tasks'],
      ['first', 'organizations'],
      ['last', 'directives'],
    ]) {
      const r = await h.graphql<any>(`{ ${field}(${arg}: -1) { totalCount } }`)
      expect(r.errors?.[0]).toMatchObject({
        message: `${arg} must be 0 or more, got -1`,
        extensions: {
          code: 'VALIDATION',
          messageVi: `${arg} phải từ 0 trở lên, nhận được -1`,
          path: [arg],
        },
      })
    }
  })

  const CREATE_DIRECTIVE = `mutation($input: CreateDirectiveInput!) {
    createDirective(input: $input) { __typename ... on Error { code message } }
  }`

  it('refuses a symbol longer than the database stores as INVALID_DOCUMENT_SYMBOL', async () => {
    const r = await h.graphql<any>(CREATE_DIRECTIVE, {
      input: {
        issuedOn: '2026-01-01',
        issuerCode: 'TU',
        symbol: `93-KL/${'T'.repeat(3000)}`,
        title: 'T',
      },
    })
    expect(r.errors).toBeUndefined()
    expect(r.data.createDirective).toMatchObject({
      __typename: 'ValidationError',
      code: 'INVALID_DOCUMENT_SYMBOL',
      message: expect.stringContaining('longer than 64 characters'),
    })
  })

  it('refuses text with NUL or a lone surrogate with 400 INVALID_TEXT naming the path', async () => {
    const input = (reason: string) => ({ id: 'x', version: 1, reason })
    for (const [reason, what] of [
      ['Tạm dừng\u0000', 'NUL'],
      ['Tạm dừng \ud800', 'not well-formed'],
      ['\udfff', 'not well-formed'],
    ] as const) {
      const response = await h.post(
        'mutation($input: PauseTaskInput!) { pauseTask(input: $input) { __typename } }',
        { input: input(reason) },
      )
      expect(response.status).toBe(400)
      const error = (await response.json()).errors[0]
      expectQueryError(error, 'INVALID_TEXT', ['input', 'reason'])
      expect(error.message).toContain(what)
      expect(error.message).toContain('at $input.reason')
      expect(error.extensions.messageVi).toContain('tại $input.reason')
    }
    const literal = await h.post('{ extractCitations(text: "a\\u0000b") { symbol } }')
    expect(literal.status).toBe(400)
    expect((await literal.json()).errors[0].extensions.code).toBe('INVALID_TEXT')
    // A surrogate pair (an emoji) is well-formed.
    const emoji = await h.graphql<any>(
      'query($t: String!) { extractCitations(text: $t) { symbol } }',
      {
        t: 'Chỉ thị 42-CT/TW \ud83d\ude00',
      },
    )
    expect(emoji.data.extractCitations[0].symbol).toBe('42-CT/TW')
  })

  it('refuses input nested deeper than 32 levels, in variables or literals, naming the limit', async () => {
    const nest = (levels: number) => {
      let section: Record<string, unknown> = { number: '1' }
      for (let i = 0; i < levels; i++) section = { number: '1', children: [section] }
      return section
    }
    const input = (levels: number, symbol: string) => ({
      issuedOn: '2026-01-01',
      issuerCode: 'TU',
      symbol,
      title: 'Sâu',
      sections: [nest(levels)],
    })
    // $input (1) sections (2) section (3), then two levels per nested section: 14 fit in 32.
    expect(
      (await h.graphql<any>(CREATE_DIRECTIVE, { input: input(14, '901-CT/TU') })).data
        .createDirective.__typename,
    ).toBe('CreateDirectivePayload')
    for (const levels of [15, 1_000]) {
      const response = await h.post(CREATE_DIRECTIVE, { input: input(levels, '902-CT/TU') })
      expect(response.status).toBe(400)
      const error = (await response.json()).errors[0]
      expect(expectQueryError(error, 'INPUT_TOO_DEEP')).toMatchObject({ limit: 32 })
      expect(error.message).toMatch(
        /^Input nested deeper than the limit of 32 levels \(CHIDAO_MAX_INPUT_DEPTH\) at \$input\.sections\[0\]\.children\[0\]/,
      )
    }
    let sections = '{ number: "1" }'
    for (let i = 0; i < 16; i++) sections = `{ number: "1", children: [${sections}] }`
    const literal = `mutation { createDirective(input: { issuedOn: "2026-01-01", issuerCode: "TU", symbol: "903-CT/TU", title: "Sâu", sections: [${sections}] }) { __typename } }`
    const response = await h.post(literal)
    const body = await response.json()
    expect(body.errors[0].message).toContain(
      'limit of 32 levels (CHIDAO_MAX_INPUT_DEPTH) at a literal',
    )
  })
})

describe('a full disk (found by test/reliability/disk-full.test.ts)', () => {
  it('is answered STORAGE_FULL in both languages, with nothing of the driver message', () => {
    const driver = Object.assign(
      new Error('could not extend file "base/5/16455": No space left on device'),
      {
        code: '53100',
      },
    )
    const masked = maskError(
      new GraphQLError(driver.message, { originalError: driver }),
      'Unexpected error.',
      false,
    ) as GraphQLError
    expectQueryError(masked, 'STORAGE_FULL')
    expect(masked.message).toContain('no space left on its disk')
    expect(masked.extensions.messageVi).toContain('Ổ đĩa của cơ sở dữ liệu đã hết chỗ')
    expect(masked.message).not.toContain('base/5')
  })
})
