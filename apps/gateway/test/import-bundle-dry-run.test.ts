import { testBackends } from '@chidao/db/testing'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { exampleGatewayForSuite, TEST_TENANT } from './support/gateway-harness.js'

const IMPORT = `mutation($input: ImportBundleInput!) { importBundle(input: $input) {
  __typename
  ... on Error { code message messageVi path }
  ... on ValidationError { bundleProblems { file line column path code message messageVi } }
  ... on ImportBundlePayload {
    dryRun
    organizations { created updated unchanged }
    directives { created updated unchanged }
    tasks { created updated unchanged }
  }
} }`

/** A small bundle of new content: a department, its plan and one task. */
const GOOD = `format: chidao-bundle
version: 2
tenant:
  id: ${TEST_TENANT}
  name: Tỉnh thử
organizations:
  - code: SO-THU-NGHIEM
    name: Sở Thử nghiệm
    kind: DEPARTMENT
    level: PROVINCE
directives:
  - symbol: 77/KH-STN
    kind: PLAN
    issuer: SO-THU-NGHIEM
    issuedOn: 2026-01-15
    title: Kế hoạch thử nghiệm nhập gói dữ liệu
tasks:
  - directive: 77/KH-STN
    reference: "1"
    title: Kiểm tra nhập gói dữ liệu
    lead: SO-THU-NGHIEM
    deadline: 30/6/2026
`

/** The same bundle with two mistakes, each on a line of its own. */
const BROKEN = GOOD.replace('    lead: SO-THU-NGHIEM', '    lead: KHONG-CO').replace(
  '    kind: PLAN',
  '    kind: PLAN\n    extra: true',
)

describe.each(testBackends())('importBundle with dryRun on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)

  const run = (input: Record<string, unknown>, as?: any) =>
    h.graphql<{ importBundle: any }>(IMPORT, { input: { fileName: 'thu.yaml', ...input } }, as)

  async function counts(): Promise<number[]> {
    const tables = ['organization', 'directive', 'task', 'audit_event'] as const
    const rows = await Promise.all(
      tables.map((table) =>
        sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(h.db.kysely),
      ),
    )
    return rows.map((r) => r.rows[0]!.n)
  }

  it('answers what the import would create and writes nothing; the import then does the same', async () => {
    const before = await counts()
    const checked = await run({ bundle: GOOD, dryRun: true })
    expect(checked.errors).toBeUndefined()
    expect(checked.data!.importBundle).toMatchObject({
      __typename: 'ImportBundlePayload',
      dryRun: true,
      organizations: { created: 1, updated: 0, unchanged: 0 },
      directives: { created: 1 },
      tasks: { created: 1 },
    })
    expect(await counts()).toEqual(before)
    const gone = await h.graphql<any>(`{ organization(code: "SO-THU-NGHIEM") { id } }`)
    expect(gone.data.organization).toBeNull()

    const imported = await run({ bundle: GOOD })
    const { dryRun, ...report } = imported.data!.importBundle
    const { dryRun: _checked, ...wouldBe } = checked.data!.importBundle
    expect(dryRun).toBe(false)
    expect(report).toEqual(wouldBe)
    const again = await run({ bundle: GOOD, dryRun: true })
    expect(again.data!.importBundle.organizations).toEqual({ created: 0, updated: 0, unchanged: 1 })
  })

  it('gives the same problems as the import, each with its line and column', async () => {
    const before = await counts()
    const checked = await run({ bundle: BROKEN, dryRun: true })
    const imported = await run({ bundle: BROKEN })
    expect(checked.data!.importBundle).toEqual(imported.data!.importBundle)
    const error = checked.data!.importBundle
    expect(error).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_BUNDLE' })
    const lines = BROKEN.split('\n')
    expect(error.bundleProblems.length).toBeGreaterThanOrEqual(2)
    for (const problem of error.bundleProblems) {
      expect(problem.file).toBe('thu.yaml')
      expect(problem.line).toBeGreaterThan(0)
      expect(problem.column).toBeGreaterThan(0)
      expect(problem.messageVi).not.toBe('')
    }
    const located = error.bundleProblems.map((p: any) => lines[p.line - 1])
    expect(located.some((line: string) => line.includes('KHONG-CO'))).toBe(true)
    expect(located.some((line: string) => line.includes('extra'))).toBe(true)
    expect(await counts()).toEqual(before)
  })

  it('is refused to anyone but ADMIN, as the import is', async () => {
    const editor = await run({ bundle: GOOD, dryRun: true }, { roles: ['EDITOR'], org: 'BTV-TU' })
    expect(editor.data!.importBundle.__typename).toBe('ForbiddenError')
    const anonymous = await run({ bundle: GOOD, dryRun: true }, null)
    expect(anonymous.data!.importBundle.__typename).toBe('UnauthenticatedError')
  })
})
