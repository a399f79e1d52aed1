import { asId, type Secrecy, type TenantId } from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { inTenantTransaction } from '../src/tenant/tenant-transaction.js'
import { testBackends } from '../src/testing.js'
import { useExampleDatabase } from './support/test-database.js'

/**
 * The clearance policies themselves, read through raw SQL as the application role: whatever a
 * query forgets, a row hanging on a document above the reader's clearance is invisible and
 * cannot be written. The example's MẬT notice 215-TB/TU has a task and a relation; the test
 * gives that task a report, an event, a coordinator and an assessment.
 */
const TENANT = asId<TenantId>('demo')
const CHILD_TABLES = ['task_coordinator', 'task_event', 'progress_report'] as const

describe.each(testBackends())('clearance policies on %s', (backend) => {
  const test = useExampleDatabase(backend)
  let db: ChidaoDatabase
  let hiddenTask: string
  let hiddenDirective: string
  let organization: string

  beforeAll(async () => {
    db = test.db
    const row = await db.kysely
      .selectFrom('task')
      .innerJoin('directive', (j) =>
        j
          .onRef('directive.id', '=', 'task.directive_id')
          .onRef('directive.tenant_id', '=', 'task.tenant_id'),
      )
      .where('directive.symbol_text', '=', '215-TB/TU')
      .select(['task.id as task', 'directive.id as directive', 'task.lead_id as lead'])
      .executeTakeFirstOrThrow()
    hiddenTask = row.task
    hiddenDirective = row.directive
    organization = row.lead
    // As the owner (no policies): give the hidden task one row in every child table.
    await sql`insert into progress_report (tenant_id, task_id, reported_on, organization_id, percent, evidence)
      values (${TENANT}, ${hiddenTask}, '2025-01-15', ${organization}, 30, '[]')`.execute(db.kysely)
    await sql`insert into task_coordinator (tenant_id, task_id, organization_id, position)
      values (${TENANT}, ${hiddenTask}, ${organization}, 99)`.execute(db.kysely)
    await db.kysely
      .insertInto('assessment')
      .values({
        tenant_id: TENANT,
        natural_key: 'test:hidden-task',
        kind: 'PERIODIC_REPORT',
        subject_kind: 'TASK',
        subject_task_id: hiddenTask,
        period_from: '2025-01-01',
        period_to: '2025-06-30',
        title: 'Đánh giá việc mật',
        assessor_id: organization,
        assessed_on: '2025-07-01',
        findings: JSON.stringify({ results: ['Đã triển khai'] }),
      })
      .execute()
  })

  async function countAs(clearance: Secrecy, table: string, where = sql`true`) {
    return inTenantTransaction(
      db.kysely,
      TENANT,
      async (trx) =>
        Number(
          (
            await sql<{
              n: string
            }>`select count(*) as n from ${sql.table(table)} where ${where}`.execute(trx)
          ).rows[0]!.n,
        ),
      clearance,
    )
  }
  async function countAsOwner(table: string, where = sql`true`) {
    return Number(
      (
        await sql<{
          n: string
        }>`select count(*) as n from ${sql.table(table)} where tenant_id = ${TENANT} and ${where}`.execute(
          db.kysely,
        )
      ).rows[0]!.n,
    )
  }

  it('hides the rows of a hidden task in every table that hangs on tasks', async () => {
    for (const table of CHILD_TABLES) {
      const all = await countAsOwner(table)
      const ofHidden = await countAsOwner(table, sql`task_id = ${hiddenTask}`)
      expect(ofHidden, table).toBeGreaterThan(0)
      expect(await countAs('PUBLIC', table), table).toBe(all - ofHidden)
      expect(await countAs('PUBLIC', table, sql`task_id = ${hiddenTask}`), table).toBe(0)
      expect(await countAs('MAT', table), table).toBe(all)
    }
  })

  it('hides relations touching a hidden document, and assessments of hidden subjects', async () => {
    const touching = sql`(source_id = ${hiddenDirective} or target_id = ${hiddenDirective})`
    expect(await countAsOwner('directive_relation', touching)).toBeGreaterThan(0)
    expect(await countAs('PUBLIC', 'directive_relation', touching)).toBe(0)
    expect(await countAs('MAT', 'directive_relation', touching)).toBe(
      await countAsOwner('directive_relation', touching),
    )
    const ofTask = sql`subject_task_id = ${hiddenTask}`
    const owned = await countAsOwner('assessment', ofTask)
    expect(owned).toBe(1)
    expect(await countAs('PUBLIC', 'assessment', ofTask)).toBe(0)
    expect(await countAs('TUYET_MAT', 'assessment', ofTask)).toBe(owned)
    expect(await countAs('PUBLIC', 'assessment')).toBe((await countAsOwner('assessment')) - owned)
  })

  it('refuses to write a row onto a hidden task, and allows it with clearance', async () => {
    const insert = (clearance: Secrecy) =>
      inTenantTransaction(
        db.kysely,
        TENANT,
        (trx) =>
          sql`insert into progress_report (tenant_id, task_id, reported_on, organization_id, percent, evidence)
            values (${TENANT}, ${hiddenTask}, '2025-02-15', ${organization}, 40, '[]')`.execute(
            trx,
          ),
        clearance,
      )
    await expect(insert('PUBLIC')).rejects.toThrow(/row-level security/)
    await insert('MAT')
    expect(await countAs('MAT', 'progress_report', sql`task_id = ${hiddenTask}`)).toBe(2)
  })
})
