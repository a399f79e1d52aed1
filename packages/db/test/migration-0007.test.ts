import { asId, type TenantId } from '@chidao/domain'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../src/migrations/index.js'
import { testBackends } from '../src/testing.js'
import { useExampleDatabase } from './support/test-database.js'

const DEMO = asId<TenantId>('demo')

describe.each(testBackends())('migration 0007 (report keys and corrections) on %s', (backend) => {
  const test = useExampleDatabase(backend)

  it('is registered, right after 0006', () => {
    const names = Object.keys(MIGRATIONS)
    expect(names[names.indexOf('0006-latest-figure-index') + 1]).toBe(
      '0007-report-keys-and-corrections',
    )
  })

  it('gives each key stored before it an owner: its reporter, else bundle, else legacy', async () => {
    const db = test.db.kysely
    // Back to before 0007: every migration after it first, then 0007 itself.
    const later = Object.keys(MIGRATIONS).filter(
      (name) => name > '0007-report-keys-and-corrections',
    )
    for (let i = 0; i <= later.length; i++) await test.db.migrateDown()
    // Reports written through the API before 0007: one with the audit event of its reporter
    // (even with a key that looks like a bundle's), one whose audit event is missing.
    const task = await sql<{ id: string; lead_id: string }>`
      select id, lead_id from task where tenant_id = ${DEMO} and reference = 'II.6'`.execute(db)
    const { id: taskId, lead_id: lead } = task.rows[0]!
    const legacy = [
      { id: crypto.randomUUID(), key: 'legacy-1', actor: 'user:legacy' },
      { id: crypto.randomUUID(), key: 'bundle:looks-like-one', actor: 'user:sly' },
      { id: crypto.randomUUID(), key: 'orphan', actor: null },
    ]
    for (const r of legacy) {
      await sql`insert into progress_report (tenant_id, id, task_id, reported_on, organization_id, percent, idempotency_key)
        values (${DEMO}, ${r.id}, ${taskId}, '2026-01-05', ${lead}, 20, ${r.key})`.execute(db)
      if (r.actor) {
        await sql`insert into audit_event (tenant_id, actor, action, entity_type, entity_id, after)
          values (${DEMO}, ${r.actor}, 'task.progress-report', 'ProgressReport', ${r.id}, '{}')`.execute(
          db,
        )
      }
    }
    expect((await test.db.migrate()).applied).toEqual([
      '0007-report-keys-and-corrections',
      ...later,
    ])

    const owners = await sql<{ key: string; owner: string }>`
      select idempotency_key as key, idempotency_key_owner as owner from progress_report
      where idempotency_key in ('legacy-1', 'bundle:looks-like-one', 'orphan') order by 1`.execute(
      db,
    )
    expect(owners.rows).toEqual([
      { key: 'bundle:looks-like-one', owner: 'user:sly' },
      { key: 'legacy-1', owner: 'user:legacy' },
      { key: 'orphan', owner: 'legacy' },
    ])
    const bundleOwners = await sql<{ owner: string }>`
      select distinct idempotency_key_owner as owner from progress_report
      where idempotency_key like 'bundle:%' and idempotency_key <> 'bundle:looks-like-one'`.execute(
      db,
    )
    expect(bundleOwners.rows).toEqual([{ owner: 'bundle' }])
    const missing = await sql<{ n: number }>`
      select count(*)::int as n from progress_report
      where (idempotency_key is null) <> (idempotency_key_owner is null)`.execute(db)
    expect(missing.rows[0]!.n).toBe(0)

    // The reporter retrying after the upgrade gets its report, and nothing is written.
    const retry = await test.db.forTenant(DEMO).tasks.appendProgressReport(
      {
        id: crypto.randomUUID(),
        taskId,
        reportedOn: '2026-01-06',
        organizationId: lead,
        percent: 30,
      },
      { actor: 'user:legacy' },
      'legacy-1',
    )
    expect(retry.ok && retry.value.id).toBe(legacy[0]!.id)
  })

  it('keeps the latest-figure index answering from the index alone, the report id included', async () => {
    const index = await sql<{ def: string }>`
      select indexdef as def from pg_indexes where indexname = 'progress_report_latest_figure_idx'`.execute(
      test.db.kysely,
    )
    expect(index.rows[0]?.def).toMatch(/INCLUDE \(percent, id\) WHERE \(percent IS NOT NULL\)/)
  })
})
