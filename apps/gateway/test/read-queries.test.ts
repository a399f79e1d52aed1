import { testBackends } from '@chidao/db/testing'
import { describe, expect, it } from 'vitest'
import { exampleGatewayForSuite, TEST_NOW } from './support/gateway-harness.js'

/**
 * The reads through their use cases: look-ups by id or natural key, the day lists are judged
 * on, and the failures of a query, which reach the client as top-level errors with the English
 * message as `message` and the code and the Vietnamese message in `extensions`.
 */
describe.each(testBackends())('reads through their use cases on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)

  it('refuses a symbol that is not one in English, with the code, the Vietnamese and the argument in extensions', async () => {
    const r = await h.graphql(`{ directive(symbol: "not a symbol") { id } }`)
    const [error] = r.errors ?? []
    expect(error?.message).toContain('Not a document symbol: "not a symbol"')
    expect(error?.message).not.toContain(' / ')
    expect(error?.extensions).toMatchObject({
      code: 'INVALID_DOCUMENT_SYMBOL',
      path: ['symbol'],
    })
    expect(error?.extensions?.messageVi).toContain('Không phải số, ký hiệu văn bản hợp lệ')
  })

  it('asks for an id or a natural key, in both languages', async () => {
    const directive = await h.graphql(`{ directive { id } }`)
    expect(directive.errors?.[0]).toMatchObject({
      message: 'Give id or symbol',
      extensions: { code: 'VALIDATION', messageVi: 'Cần truyền id hoặc symbol' },
    })
    const organization = await h.graphql(`{ organization { id } }`)
    expect(organization.errors?.[0]).toMatchObject({
      message: 'Give id or code',
      extensions: { code: 'VALIDATION', messageVi: 'Cần truyền id hoặc code' },
    })
  })

  it('answers null for an id of another type, and for an id and a code naming different bodies', async () => {
    const ids = await h.graphql<{ tu: { id: string }; d: { id: string } }>(
      `{ tu: organization(code: "TU") { id } d: directive(symbol: "93-KL/TW") { id } }`,
    )
    const { tu, d } = ids.data!
    const r = await h.graphql<any>(
      `query($tu: ID!, $d: ID!) {
        wrongType: directive(id: $tu) { id }
        byBoth: organization(id: $tu, code: "tu") { code }
        mismatch: organization(id: $tu, code: "UBND-TINH") { code }
        orgOfDirectiveId: organization(id: $d) { code }
      }`,
      { tu: tu.id, d: d.id },
    )
    expect(r.errors).toBeUndefined()
    expect(r.data).toEqual({
      wrongType: null,
      byBoth: { code: 'TU' },
      mismatch: null,
      orgOfDirectiveId: null,
    })
  })

  it('filters tasks and draws scorecards by an organisation code or a document symbol as by its id', async () => {
    const ids = await h.graphql<{ o: { id: string }; d: { id: string } }>(
      `{ o: organization(code: "SKHCN") { id } d: directive(symbol: "06-CTr/TU") { id } }`,
    )
    const { o, d } = ids.data!
    const count = async (filter: string) => {
      const r = await h.graphql<{ tasks: { totalCount: number } }>(
        `{ tasks(filter: { ${filter} }) { totalCount } }`,
      )
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
      return r.data!.tasks.totalCount
    }
    const byId = await count(`leadOrganizationId: "${o.id}"`)
    expect(byId).toBeGreaterThan(0)
    expect(await count('leadOrganizationCode: "SKHCN"')).toBe(byId)
    expect(await count(`leadOrganizationId: "${o.id}", leadOrganizationCode: "SKHCN"`)).toBe(byId)
    expect(await count(`leadOrganizationId: "${o.id}", leadOrganizationCode: "TU"`)).toBe(0)
    expect(await count('leadOrganizationCode: "NO-SUCH-BODY"')).toBe(0)
    expect(await count('involvedOrganizationCode: "SKHCN"')).toBeGreaterThanOrEqual(byId)
    const ofDocument = await count(`directiveId: "${d.id}"`)
    expect(ofDocument).toBeGreaterThan(0)
    expect(await count('directiveSymbol: "06-CTr/TU"')).toBe(ofDocument)
    expect(await count('directiveSymbol: "Số: 06-Ctr/TU"')).toBe(ofDocument)

    const scorecard = async (args: string) => {
      const r = await h.graphql<{ scorecard: unknown }>(
        `{ scorecard(${args}, asOf: "2026-06-30") { counts { total overdue completedOnTime } } }`,
      )
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
      return r.data!.scorecard
    }
    expect(await scorecard('organizationCode: "SKHCN"')).toEqual(
      await scorecard(`organizationId: "${o.id}"`),
    )
    expect(await scorecard('directiveSymbol: "06-CTr/TU"')).toEqual(
      await scorecard(`directiveId: "${d.id}"`),
    )
  })

  it('draws the documents implementing a directive as a tree, each with its depth and parent', async () => {
    const r = await h.graphql<any>(`{ directive(symbol: "42-CT/TW") {
      id symbol
      implementedBy { id }
      implementationTree { depth relation directive { id symbol } parent { id symbol } }
    } }`)
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    const root = r.data.directive
    const tree: any[] = root.implementationTree
    expect(tree.length).toBeGreaterThan(1)
    expect(tree.map((s) => s.directive.id)).toEqual(root.implementedBy.map((d: any) => d.id))
    const depthOf = new Map<string, number>([[root.id, 0]])
    for (const step of tree) {
      // A parent comes before its children, one level nearer the root.
      expect(depthOf.get(step.parent.id)).toBe(step.depth - 1)
      depthOf.set(step.directive.id, step.depth)
    }
    expect(tree[0]).toMatchObject({ depth: 1, parent: { symbol: '42-CT/TW' } })
    expect(tree.find((s) => s.directive.symbol === '93-KL/TW')).toMatchObject({
      depth: 1,
      relation: 'CONTINUES',
    })
    expect(Math.max(...tree.map((s) => s.depth))).toBeGreaterThan(1)
  })

  it("judges timeliness on the clock's today when no day is given", async () => {
    const today = TEST_NOW.toISOString().slice(0, 10)
    const r = await h.graphql<any>(
      `query($today: Date!) {
        implicit: tasks(filter: { timeliness: [OVERDUE] }) { totalCount }
        explicit: tasks(filter: { timeliness: [OVERDUE] }, asOf: $today) { totalCount }
        later: tasks(filter: { timeliness: [OVERDUE] }, asOf: "2030-01-01") { totalCount }
      }`,
      { today },
    )
    expect(r.errors).toBeUndefined()
    expect(r.data.implicit.totalCount).toBe(r.data.explicit.totalCount)
    expect(r.data.later.totalCount).toBeGreaterThan(r.data.implicit.totalCount)
  })

  it("finds the stored document a citation names, in the year of the citation's date", async () => {
    const r = await h.graphql<any>(
      `{ extractCitations(text: "Thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị và Chỉ thị số 42-CT/TW, ngày 1/1/2001") {
        symbol directive { symbol issuedOn } } }`,
    )
    expect(r.errors).toBeUndefined()
    expect(r.data.extractCitations).toEqual([
      { symbol: '42-CT/TW', directive: { symbol: '42-CT/TW', issuedOn: '2010-04-16' } },
      { symbol: '42-CT/TW', directive: null },
    ])
  })
})
