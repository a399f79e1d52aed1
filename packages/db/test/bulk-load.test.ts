import { asId, type Bundle, bundleToJson, type TenantId } from '@chidao/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bulkLoadBundle } from '../src/bulk/bulk-load.js'
import { loadExampleBundle } from '../src/bundle/example-bundle.js'
import { exportBundle } from '../src/bundle/export-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { createTestDatabase, type TestDatabase, testBackends } from '../src/testing.js'

const ctx = { actor: 'test:bulk' }

/** Every task's history and secrecy, by natural key, without ids or timestamps. */
async function taskFacts(db: ChidaoDatabase) {
  const { rows } = await sql<Record<string, unknown>>`
    select d.symbol_text, t.reference, t.secrecy, t.status, t.version,
      (select json_agg(json_build_array(e.type, e.from_status, e.to_status, e.occurred_on, e.reason, e.actor,
           e.document_symbol, e.previous_deadline, e.deadline) order by e.id)
         from task_event e where e.tenant_id = t.tenant_id and e.task_id = t.id) as history,
      (select json_agg(r.idempotency_key order by r.idempotency_key)
         from progress_report r where r.tenant_id = t.tenant_id and r.task_id = t.id) as report_keys
    from task t join directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
    order by d.symbol_text, t.reference`.execute(db.kysely)
  return rows
}

async function versions(db: ChidaoDatabase) {
  const { rows } = await sql<{ code: string; version: number }>`
    select code, version from organization order by code`.execute(db.kysely)
  return rows
}

/** The example with every task cascaded into more tasks, to cross batch boundaries. */
function widened(example: Bundle, copies: number): Bundle {
  const tasks = example.tasks.flatMap((task) =>
    Array.from({ length: copies }, (_, i) => ({
      ...task,
      reference: i === 0 ? task.reference : `${task.reference}.x${i}`,
      parent: i === 0 ? task.parent : `${task.directive}#${task.reference}`,
    })),
  )
  return { ...example, tenant: { ...example.tenant, id: asId<TenantId>('wide') }, tasks }
}

describe.each(testBackends())('bulk load on %s', (backend) => {
  let imported: TestDatabase
  let bulk: TestDatabase
  let example: Bundle

  beforeAll(async () => {
    ;[imported, bulk] = await Promise.all([
      createTestDatabase(backend),
      createTestDatabase(backend),
    ])
    example = await loadExampleBundle()
  })
  afterAll(async () => {
    await imported?.dispose()
    await bulk?.dispose()
  })

  it('writes what importBundle writes: same export, histories, report keys and secrecy', async () => {
    await importBundle(imported.db, example, ctx, { clearance: 'TUYET_MAT' })
    const report = await bulkLoadBundle(bulk.db, example, ctx, { batchSize: 4 })
    expect(report.rows.task).toBe(example.tasks.length)
    expect(report.rows.progress_report).toBe(
      example.tasks.reduce((n, t) => n + t.progressReports.length, 0),
    )
    expect(report.totalRows).toBeGreaterThan(report.rows.task!)
    const tenant = asId<TenantId>(example.tenant.id)
    expect(bundleToJson(await exportBundle(bulk.db, tenant))).toBe(
      bundleToJson(await exportBundle(imported.db, tenant)),
    )
    expect(await taskFacts(bulk.db)).toEqual(await taskFacts(imported.db))
    expect(await versions(bulk.db)).toEqual(await versions(imported.db))
  })

  it('writes one audit event for the whole load', async () => {
    const { rows } = await sql<{ action: string; entity_id: string; n: number }>`
      select action, entity_id, count(*)::int as n from audit_event group by 1, 2`.execute(
      bulk.db.kysely,
    )
    expect(rows).toEqual([{ action: 'bundle.bulk-load', entity_id: example.tenant.id, n: 1 }])
  })

  it('copies secrecy from the directive through the trigger', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from task t join directive d
        on d.tenant_id = t.tenant_id and d.id = t.directive_id
      where t.secrecy <> d.secrecy`.execute(bulk.db.kysely)
    expect(rows[0]!.n).toBe(0)
  })

  it('refuses a tenant that already holds data, writing nothing', async () => {
    await expect(bulkLoadBundle(bulk.db, example, ctx)).rejects.toThrow(/already holds data/)
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_event`.execute(
      bulk.db.kysely,
    )
    expect(rows[0]!.n).toBe(1)
  })

  it('loads subtasks whose parents sit in earlier or later batches', async () => {
    const wide = widened(example, 6)
    const report = await bulkLoadBundle(bulk.db, wide, ctx, { batchSize: 7 })
    expect(report.rows.task).toBe(wide.tasks.length)
    const { rows } = await sql<{ n: number; subtasks: number }>`
      select count(*)::int as n, count(parent_id)::int as subtasks from task
      where tenant_id = 'wide'`.execute(bulk.db.kysely)
    expect(rows[0]).toEqual({
      n: wide.tasks.length,
      subtasks: wide.tasks.filter((t) => t.parent !== null).length,
    })
  })
})
