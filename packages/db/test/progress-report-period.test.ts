import { asId, type OrganizationId, parseBundle, type TaskId, type TenantId } from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBundle } from '../src/bundle/export-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import { testBackends } from '../src/testing.js'
import { useExampleDatabase, useTestDatabase } from './support/test-database.js'

const DEMO = asId<TenantId>('demo')

describe.each(testBackends())('the period a progress report names, on %s', (backend) => {
  const test = useExampleDatabase(backend)
  let taskId: TaskId
  let organizationId: OrganizationId

  beforeAll(async () => {
    const row = await test.db.kysely
      .selectFrom('progress_report')
      .select(['task_id', 'organization_id'])
      .where('tenant_id', '=', DEMO)
      .orderBy('reported_on', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow()
    taskId = asId<TaskId>(row.task_id)
    organizationId = asId<OrganizationId>(row.organization_id)
  })

  it('is stored with the report, read back, and kept by an export', async () => {
    const tasks = test.db.forTenant(DEMO).tasks
    const appended = await tasks.appendProgressReport(
      {
        id: crypto.randomUUID(),
        taskId,
        reportedOn: '2026-12-05',
        organizationId,
        percent: 70,
        narrative: 'Báo cáo 6 tháng cuối năm 2026',
        period: '2026-H2',
      },
      { actor: 'user:alice' },
    )
    expect(appended.ok && appended.value.period).toBe('2026-H2')
    const read = (await tasks.progressReportsOf([taskId])).get(taskId) ?? []
    expect(read.at(-1)?.period).toBe('2026-H2')
    expect(read.filter((r) => 'period' in r)).toHaveLength(1)

    const bundle = await exportBundle(test.db, DEMO)
    const exported = bundle.tasks.flatMap((t) => t.progressReports).filter((r) => r.period)
    expect(exported).toMatchObject([{ reportedOn: '2026-12-05', period: '2026-H2' }])
  })

  it('is refused by the table itself when not written as a period key', async () => {
    await expect(
      sql`update progress_report set period = '2026-H3' where tenant_id = ${DEMO}`.execute(
        test.db.kysely,
      ),
    ).rejects.toThrow()
  })
})

describe.each(testBackends())('a bundle whose reports name their period, on %s', (backend) => {
  const test = useTestDatabase(backend)

  it('imports into a fresh database with the periods as written', async () => {
    const parsed = parseBundle(useExampleSource())
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error))
    const source = parsed.value
    const result = await importBundle(
      test.db,
      source,
      { actor: 'test' },
      { clearance: 'TUYET_MAT' },
    )
    expect(result.progressReports.created).toBeGreaterThan(0)
    const rows = await test.db.kysely
      .selectFrom('progress_report')
      .select('period')
      .where('period', 'is not', null)
      .execute()
    expect(rows).toEqual([{ period: '2021-H1' }])
  })
})

/** A small bundle with one report naming its period. */
function useExampleSource(): unknown {
  return {
    format: 'chidao-bundle',
    version: 1,
    tenant: { id: 'ky-bao-cao', name: 'Tỉnh Kỳ Báo Cáo' },
    organizations: [
      { code: 'TU', name: 'Tỉnh ủy', kind: 'PARTY_COMMITTEE', level: 'PROVINCE' },
      {
        code: 'BTG',
        name: 'Ban Tuyên giáo Tỉnh ủy',
        kind: 'PARTY_ADVISORY_BOARD',
        level: 'PROVINCE',
        parent: 'TU',
      },
    ],
    directives: [
      {
        symbol: '07-KH/TU',
        kind: 'PLAN',
        title: 'Kế hoạch thực hiện',
        issuer: 'TU',
        issuedOn: '2021-01-05',
      },
    ],
    tasks: [
      {
        directive: '07-KH/TU',
        reference: '1',
        title: 'Tuyên truyền',
        lead: 'BTG',
        deadline: 'Thường xuyên',
        progressReports: [
          { reportedOn: '2021-07-05', organization: 'BTG', percent: 40, period: '2021-H1' },
          { reportedOn: '2021-12-20', organization: 'BTG', percent: 60 },
        ],
      },
    ],
  }
}
