/**
 * Query abuse over real HTTP (127.0.0.1), against a gateway with the default limits and
 * introspection off: batching, huge variables, deeply nested input, and again depth, aliases,
 * cost (fragment bombs included), tokens, directives and introspection. Each must be refused
 * before it runs, with the limit named, and without a hang (a refusal within 10 s is asserted;
 * the time taken is printed, not asserted: speed belongs to bench/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gatewayHarness, loadExampleInto } from '../support/gateway-harness.js'
import { type HttpAnswer, leakIn, listen, postBody } from './support.js'

type Harness = Awaited<ReturnType<typeof gatewayHarness>>

const NOT_A_HANG_MS = 10_000

describe('query abuse over HTTP', () => {
  let h: Harness
  let server: Awaited<ReturnType<typeof listen>>
  let token: string
  const timings: Record<string, number> = {}
  let before: number

  beforeAll(async () => {
    h = await gatewayHarness('pglite', { security: { introspection: false } })
    await loadExampleInto(h.db)
    server = await listen(h.yoga)
    token = await h.tokenFor({ roles: ['ADMIN'], clearance: 'TUYET_MAT' })
    before = await auditCount()
  })
  afterAll(async () => {
    console.log(`[figures] query abuse, ms per refusal: ${JSON.stringify(timings)}`)
    await server?.close()
    await h?.dispose()
  })

  async function auditCount(): Promise<number> {
    const row = await h.db.kysely
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  /** Sends a body, times it, and checks what every refusal must hold. */
  async function refused(name: string, body: string): Promise<HttpAnswer> {
    const started = performance.now()
    const answer = await postBody(server.url, body, { token, timeoutMs: NOT_A_HANG_MS })
    timings[name] = Math.round(performance.now() - started)
    expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500)
    expect(answer.body?.data ?? undefined).toBeUndefined()
    expect(answer.body?.errors?.length).toBeGreaterThan(0)
    expect(leakIn(answer.text)).toBeNull()
    expect(answer.text).not.toContain('Unexpected error')
    return answer
  }

  const messages = (a: HttpAnswer) => (a.body?.errors ?? []).map((e) => e.message).join('\n')

  it('refuses batches (an array body) with 400: batching is off, not limited', async () => {
    const one = {
      query:
        'mutation { createOrganization(input: { code: "BATCH", name: "Lô", kind: OTHER, level: PROVINCE }) { __typename } }',
    }
    for (const [name, batch] of [
      ['batch of 2', [one, one]],
      ['batch of 1,000', Array.from({ length: 1_000 }, () => ({ query: '{ __typename }' }))],
      ['empty batch', []],
    ] as const) {
      const answer = await refused(name, JSON.stringify(batch))
      expect(answer.status).toBe(400)
      expect(messages(answer)).toBe('Batching is not supported.')
    }
  })

  it('refuses multi-MB variables with 413 naming CHIDAO_MAX_BODY_BYTES', async () => {
    for (const mb of [2, 8, 32]) {
      const body = JSON.stringify({
        query: 'query($t: String!) { extractCitations(text: $t) { symbol } }',
        variables: { t: 'Chỉ thị 42-CT/TW. '.repeat(Math.ceil((mb * 1_048_576) / 20)) },
      })
      const answer = await refused(`${mb} MB variables`, body)
      expect(answer.status).toBe(413)
      expect(messages(answer)).toBe(
        'Request body larger than the limit of 1048576 bytes (CHIDAO_MAX_BODY_BYTES)',
      )
    }
  })

  it('refuses deeply nested input (variables to 500,000 levels, literals) naming CHIDAO_MAX_INPUT_DEPTH', async () => {
    const query =
      'query($t: [String!]) { tasks(filter: { search: "x" }) { totalCount } extractCitations(text: "") { symbol } f: directives(filter: { kind: $t }) { totalCount } }'
    for (const levels of [33, 10_000, 500_000]) {
      const body = `{"query":${JSON.stringify(query)},"variables":{"t":${'['.repeat(levels)}${']'.repeat(levels)}}}`
      const answer = await refused(`input nested ${levels} levels`, body)
      expect(answer.status).toBe(400)
      expect(answer.body!.errors![0]!.extensions).toMatchObject({
        code: 'INPUT_TOO_DEEP',
        limit: 32,
      })
      expect(messages(answer)).toContain('limit of 32 levels (CHIDAO_MAX_INPUT_DEPTH) at $t[0][0]')
    }
    // Objects, as the recursive section input would nest them.
    let section = '{"number":"1"}'
    for (let i = 0; i < 20_000; i++) section = `{"number":"1","children":[${section}]}`
    const body = `{"query":"mutation($s: [DirectiveSectionInput!]) { createDirective(input: { issuedOn: \\"2026-01-01\\", issuerCode: \\"TU\\", symbol: \\"990-CT/TU\\", title: \\"Sâu\\", sections: $s }) { __typename } }","variables":{"s":[${section}]}}`
    const answer = await refused('sections nested 20,000 levels', body)
    expect(messages(answer)).toContain('(CHIDAO_MAX_INPUT_DEPTH) at $s[0].children[0].children[0]')
  })

  it('refuses depth, aliases, cost, tokens and directives over their limits, naming each', async () => {
    let selection = 'code'
    for (let i = 0; i < 13; i++) selection = `parent { ${selection} }`
    const depth = await refused(
      'depth 15',
      JSON.stringify({ query: `{ organization(code: "TU") { ${selection} } }` }),
    )
    expect(messages(depth)).toMatch(/Query depth limit of 12 exceeded, found \d+\./)

    // Aliases of __typename are not counted by graphql-armor (they run no resolver; the token
    // limit bounds them): aliases of a real field are.
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: organizations { totalCount }`)
    expect(
      messages(await refused('40 aliases', JSON.stringify({ query: `{ ${aliases.join(' ')} }` }))),
    ).toContain('Aliases limit of 15 exceeded, found 40.')

    const cost = await refused(
      'cost',
      JSON.stringify({
        query:
          '{ organizations(first: 500) { edges { node { tasks(first: 500) { edges { node { progressReports { narrative } } } } } } } }',
      }),
    )
    expect(messages(cost)).toMatch(/Query Cost limit of 5000 exceeded, found [\d.e+]+\./)

    // A fragment bomb: 2^40 fields once expanded, a few hundred bytes written.
    let fragments = 'fragment F0 on Organization { code }\n'
    for (let i = 1; i <= 40; i++)
      fragments += `fragment F${i} on Organization { ...F${i - 1} parent { ...F${i - 1} } }\n`
    const bomb = await refused(
      'fragment bomb',
      JSON.stringify({ query: `{ organizations { edges { node { ...F40 } } } }\n${fragments}` }),
    )
    expect(messages(bomb)).toMatch(/limit of (12|5000) exceeded/)

    const tokens = Array.from({ length: 3000 }, () => '__typename').join(' ')
    expect(
      messages(await refused('3,000 tokens', JSON.stringify({ query: `{ ${tokens} }` }))),
    ).toBe('Token limit of 2000 exceeded.')

    const directives = Array.from({ length: 100 }, () => '@include(if: true)').join(' ')
    expect(
      messages(
        await refused('100 directives', JSON.stringify({ query: `{ __typename ${directives} }` })),
      ),
    ).toContain('Directives limit of 50 exceeded, found 100.')

    const cycle = await refused(
      'fragment cycle',
      JSON.stringify({
        query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      }),
    )
    expect(messages(cycle)).toContain('Cannot spread fragment "A" within itself via "B".')
  })

  it('refuses introspection when it is off, naming the field', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Task") { name fields { name } } }',
    ]) {
      const answer = await refused(`introspection ${query.slice(2, 8)}`, JSON.stringify({ query }))
      expect(messages(answer)).toMatch(
        /introspection has been disabled, but the requested query contained the field "__(schema|type)"/,
      )
    }
  })

  it('wrote nothing and still serves', async () => {
    expect(await auditCount()).toBe(before)
    const ok = await postBody(
      server.url,
      JSON.stringify({ query: '{ organizations { totalCount } }' }),
      { token },
    )
    expect(ok.status).toBe(200)
    expect(ok.body?.errors).toBeUndefined()
  })
})
