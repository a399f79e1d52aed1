import { readFile } from 'node:fs/promises'
import { EXAMPLE_BUNDLE_FILE } from '@chidao/db'
import { testBackends } from '@chidao/db/testing'
import { describe, expect, it } from 'vitest'
import { exampleGatewayForSuite, TEST_TENANT } from './support/gateway-harness.js'
import { expectTypedError } from './support/typed-error-shape.js'

const RESULT = (payload: string) =>
  `__typename ... on Error { code message messageVi path } ${payload}`

describe.each(testBackends())(
  'directives, clearance and bundles through GraphQL on %s',
  (backend) => {
    const h = exampleGatewayForSuite(backend)

    const create = (input: Record<string, unknown>, as?: any) =>
      h.graphql<{ createDirective: any }>(
        `mutation($input: CreateDirectiveInput!) { createDirective(input: $input) { ${RESULT(`... on CreateDirectivePayload { warnings directive { id symbol kind issuer { code } } }`)} } }`,
        { input },
        as,
      )

    it('records a document from a noisy symbol, saying what it normalised, and refuses a duplicate', async () => {
      const r = await create({
        symbol: '17-Kh/Tu',
        issuerCode: 'BTV-TU',
        issuedOn: '2026-02-01',
        title: 'Kế hoạch tổng kết 5 năm thực hiện Chương trình 06-CTr/TU',
      })
      expect(r.errors).toBeUndefined()
      expect(r.data!.createDirective.__typename, JSON.stringify(r.data)).toBe(
        'CreateDirectivePayload',
      )
      expect(r.data!.createDirective.directive).toMatchObject({ symbol: '17-KH/TU', kind: 'PLAN' })
      expect(r.data!.createDirective.warnings.length).toBeGreaterThan(0)
      const again = await create({
        symbol: '17-KH/TU',
        issuerCode: 'BTV-TU',
        issuedOn: '2026-02-15',
        title: 'x',
      })
      expectTypedError(again.data!.createDirective, 'ConflictError', 'DIRECTIVE_EXISTS')
      const badIssuer = await create({
        symbol: '18-KH/TU',
        issuerCode: 'NOPE',
        issuedOn: '2026-02-01',
        title: 'x',
      })
      expectTypedError(badIssuer.data!.createDirective, 'NotFoundError', 'ISSUER_NOT_FOUND', [
        'input',
        'issuerCode',
      ])
      const badSymbol = await create({
        symbol: 'hello',
        issuerCode: 'BTV-TU',
        issuedOn: '2026-02-01',
        title: 'x',
      })
      expectTypedError(
        badSymbol.data!.createDirective,
        'ValidationError',
        'INVALID_DOCUMENT_SYMBOL',
        ['input', 'symbol'],
      )
      const viewer = await create(
        { symbol: '19-KH/TU', issuerCode: 'BTV-TU', issuedOn: '2026-02-01', title: 'x' },
        { roles: ['VIEWER'], org: 'BTV-TU' },
      )
      expectTypedError(viewer.data!.createDirective, 'ForbiddenError', 'FORBIDDEN')
    })

    it('links documents and refuses a link that would close a cycle', async () => {
      const ids = await h.graphql<{ a: any; b: any }>(
        `{ a: directive(symbol: "17-KH/TU") { id } b: directive(symbol: "06-CTr/TU") { id } }`,
      )
      const link = (sourceId: string, targetId: string) =>
        h.graphql<{ linkDirectives: any }>(
          `mutation($input: LinkDirectivesInput!) { linkDirectives(input: $input) { ${RESULT(`... on LinkDirectivesPayload { relation { type source { symbol } target { symbol } } }`)} } }`,
          { input: { sourceId, targetId, type: 'IMPLEMENTS', effectiveOn: '2026-02-01' } },
        )
      const ok = await link(ids.data!.a.id, ids.data!.b.id)
      expect(ok.data!.linkDirectives.relation).toMatchObject({
        type: 'IMPLEMENTS',
        source: { symbol: '17-KH/TU' },
        target: { symbol: '06-CTr/TU' },
      })
      const cycle = await link(ids.data!.b.id, ids.data!.a.id)
      expect(cycle.data!.linkDirectives.code).toBe('CYCLE_IN_RELATIONS')
      const chain = await h.graphql<{ directive: any }>(
        `{ directive(symbol: "17-KH/TU") { implementationChain { symbol } } }`,
      )
      expect(chain.data!.directive.implementationChain.map((d: any) => d.symbol)).toEqual([
        '06-CTr/TU',
        '93-KL/TW',
        '42-CT/TW',
      ])
    })

    it('hides a secret document, its tasks, its counts and citations of it from those not cleared', async () => {
      const query = `{
      directive(symbol: "215-TB/TU") { symbol secrecy tasks { totalCount } }
      tasks(first: 100) { totalCount }
      extractCitations(text: "Thực hiện Thông báo số 215-TB/TU của Ban Thường vụ Tỉnh ủy") { symbol directive { symbol } }
    }`
      const cleared = await h.graphql<any>(query, undefined, {
        roles: ['VIEWER'],
        clearance: 'MAT',
      })
      const uncleared = await h.graphql<any>(query, undefined, {
        roles: ['VIEWER'],
        clearance: 'PUBLIC',
      })
      const anonymous = await h.graphql<any>(query, undefined, null)
      expect(cleared.data.directive).toMatchObject({ symbol: '215-TB/TU', secrecy: 'MAT' })
      expect(cleared.data.directive.tasks.totalCount).toBeGreaterThan(0)
      for (const r of [uncleared, anonymous]) {
        expect(r.errors).toBeUndefined()
        expect(r.data.directive).toBeNull()
        expect(r.data.tasks.totalCount).toBeLessThan(cleared.data.tasks.totalCount)
        expect(r.data.extractCitations[0]).toEqual({ symbol: '215-TB/TU', directive: null })
      }
      expect(cleared.data.extractCitations[0].directive).toEqual({ symbol: '215-TB/TU' })
    })

    it('imports a bundle as ADMIN (idempotently), refuses others and lists every problem of a bad one', async () => {
      const text = (await readFile(EXAMPLE_BUNDLE_FILE, 'utf8')).replace(
        '"id": "demo"',
        `"id": "${TEST_TENANT}"`,
      )
      const run = (bundle: string, as?: any) =>
        h.graphql<{ importBundle: any }>(
          `mutation($input: ImportBundleInput!) { importBundle(input: $input) { ${RESULT(`... on ImportBundlePayload { tasks { created updated unchanged } organizations { created } }`)} } }`,
          { input: { bundle, fileName: 'tinh.json' } },
          as,
        )
      const again = await run(text)
      expect(again.data!.importBundle.tasks).toMatchObject({ created: 0, updated: 0 })
      const editor = await run(text, { roles: ['EDITOR'], org: 'BTV-TU' })
      expect(editor.data!.importBundle.__typename).toBe('ForbiddenError')
      const broken = await run(
        text
          .replace(/"lead": "[^"]+"/, '"lead": "KHONG-CO"')
          .replace('"version": 1', '"version": 1, "extra": true'),
      )
      expectTypedError(broken.data!.importBundle, 'ValidationError', 'INVALID_BUNDLE')
      expect(broken.data!.importBundle.message).toMatch(/tinh\.json:\d+:\d+/)
      expect(broken.data!.importBundle.message).toContain('KHONG-CO')
      // Each problem in the language of the message it is listed in, never both joined.
      expect(broken.data!.importBundle.message).not.toMatch(/ \/ /)
      expect(broken.data!.importBundle.messageVi).toMatch(/^Gói dữ liệu có \d+ lỗi/)
      expect(broken.data!.importBundle.messageVi).toMatch(/tinh\.json:\d+:\d+.*KHONG-CO/)
      expect(broken.data!.importBundle.messageVi).not.toMatch(/ \/ /)
      const otherTenant = await run(text.replace(`"id": "${TEST_TENANT}"`, '"id": "tinh-khac"'))
      expect(otherTenant.data!.importBundle.__typename).toBe('ForbiddenError')
    })

    it('cancels a task with a reason, and the cancelled task leaves the counts', async () => {
      const before = await h.graphql<any>(
        `{ tasks(first: 1, filter: { status: [NOT_STARTED, IN_PROGRESS] }) { edges { node { id version } } } d: directive(symbol: "06-CTr/TU") { id } }`,
      )
      const task = before.data.tasks.edges[0].node
      const card = async () =>
        (
          await h.graphql<any>(
            `query($id: ID!) { scorecard(directiveId: $id, asOf: "2026-11-29") { counts { total cancelled } } }`,
            { id: before.data.d.id },
          )
        ).data.scorecard.counts
      const counts = await card()
      const noReason = await h.graphql<any>(
        `mutation($input: CancelTaskInput!) { cancelTask(input: $input) { __typename } }`,
        {
          input: { id: task.id, version: task.version },
        },
      )
      expect(noReason.errors?.[0]?.message).toMatch(/reason/)
      const cancel = await h.graphql<any>(
        `mutation($input: CancelTaskInput!) { cancelTask(input: $input) { ${RESULT('... on TaskPayload { task { status timeliness } }')} } }`,
        {
          input: {
            id: task.id,
            version: task.version,
            reason: 'Không còn phù hợp',
            on: '2026-02-28',
          },
        },
      )
      expect(cancel.data.cancelTask.task).toEqual({ status: 'CANCELLED', timeliness: null })
      const after = await card()
      expect(after.cancelled).toBe(counts.cancelled + 1)
      expect(after.total).toBe(counts.total - 1)
    })
  },
)
