import { asId, type Secrecy, type TenantId } from '@chidao/domain'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { PLANNED_AT_EACH_RUN } from '../src/postgres/prepared-statements.js'
import { inTenantTransaction } from '../src/tenant/tenant-transaction.js'
import { useExampleDatabase } from './support/test-database.js'

/**
 * Each PostgreSQL connection prepares the statements it runs (issue 20): the plan PostgreSQL
 * keeps must still give each transaction the rows of its own fence (tenant, clearance), also
 * once it has switched to a generic plan (after five runs), and the statements that must not be
 * prepared are not. One connection in the pool, so that `pg_prepared_statements` (which lists the
 * statements of the session asking) sees them all.
 */
const TENANT = asId<TenantId>('demo')
const OTHER = asId<TenantId>('tinh-khac')

/** The same statement text each time: tasks and their reports, as the fence lets the caller see. */
async function visible(db: ChidaoDatabase, tenant: TenantId, clearance: Secrecy) {
  return inTenantTransaction(
    db.kysely,
    tenant,
    async (trx) => {
      const tasks = await trx
        .selectFrom('task')
        .select(sql<string>`count(*)`.as('n'))
        .where('tenant_id', '=', tenant)
        .executeTakeFirstOrThrow()
      const reports = await trx
        .selectFrom('progress_report')
        .select(sql<string>`count(*)`.as('n'))
        .where('tenant_id', '=', tenant)
        .executeTakeFirstOrThrow()
      return { tasks: Number(tasks.n), reports: Number(reports.n) }
    },
    clearance,
  )
}

async function preparedTexts(db: ChidaoDatabase): Promise<string[]> {
  const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements
    where name like 'chidao\\_%'`.execute(db.kysely)
  return rows.map((row) => row.statement)
}

describe.skipIf(!process.env.DATABASE_URL)('prepared statements on PostgreSQL', () => {
  const test = useExampleDatabase('postgres', { poolSize: 1 })

  it('keep each transaction to its own fence, before and after a generic plan', async () => {
    // As the owner (no policies): a report on the task of the MẬT notice 215-TB/TU.
    const hidden = await test.db.kysely
      .selectFrom('task')
      .innerJoin('directive', (j) =>
        j
          .onRef('directive.id', '=', 'task.directive_id')
          .onRef('directive.tenant_id', '=', 'task.tenant_id'),
      )
      .where('directive.symbol_text', '=', '215-TB/TU')
      .select(['task.id as task', 'task.lead_id as lead'])
      .executeTakeFirstOrThrow()
    await sql`insert into progress_report (tenant_id, task_id, reported_on, organization_id, percent, evidence)
      values (${TENANT}, ${hidden.task}, '2025-01-15', ${hidden.lead}, 30, '[]')`.execute(
      test.db.kysely,
    )
    const asOwner = async () => {
      const tasks = await test.db.kysely
        .selectFrom('task')
        .select(sql<string>`count(*)`.as('n'))
        .where('tenant_id', '=', TENANT)
        .executeTakeFirstOrThrow()
      return Number(tasks.n)
    }
    const all = await asOwner()
    const publicFirst = await visible(test.db, TENANT, 'PUBLIC')
    for (let run = 0; run < 8; run++) {
      expect(await visible(test.db, TENANT, 'PUBLIC')).toEqual(publicFirst)
    }
    const secret = await visible(test.db, TENANT, 'TUYET_MAT')
    // The higher clearance sees the MẬT notice's task and its report.
    expect(secret.tasks).toBe(all)
    expect(secret.tasks).toBeGreaterThan(publicFirst.tasks)
    expect(secret.reports).toBeGreaterThan(publicFirst.reports)
    expect(await visible(test.db, TENANT, 'PUBLIC')).toEqual(publicFirst)
    expect(await visible(test.db, OTHER, 'TUYET_MAT')).toEqual({ tasks: 0, reports: 0 })

    const texts = await preparedTexts(test.db)
    expect(texts.some((text) => text.includes('from "task"'))).toBe(true)
    expect(texts.some((text) => text.includes('from "progress_report"'))).toBe(true)
    expect(texts.some((text) => text.includes('set_config'))).toBe(true)
  })

  it('leave unprepared what is planned at each run, or has many parameters', async () => {
    await sql`${sql.raw(PLANNED_AT_EACH_RUN)}select ${'planned-each-run'}::text as x`.execute(
      test.db.kysely,
    )
    const many = Array.from({ length: 100 }, (_, i) => `id-${i}`)
    await sql`select ${'many-parameters'}::text = any(array[${sql.join(many)}]::text[]) as x`.execute(
      test.db.kysely,
    )
    const texts = await preparedTexts(test.db)
    expect(texts.some((text) => text.includes('planned at each run'))).toBe(false)
    expect(texts.some((text) => text.includes('any(array['))).toBe(false)
  })
})

describe.skipIf(!process.env.DATABASE_URL)('prepared statements turned off', () => {
  const test = useExampleDatabase('postgres', { poolSize: 1, preparedStatements: false })

  it('prepare nothing, and the fence holds as before', async () => {
    const first = await visible(test.db, TENANT, 'PUBLIC')
    expect(await visible(test.db, TENANT, 'PUBLIC')).toEqual(first)
    expect((await visible(test.db, TENANT, 'TUYET_MAT')).tasks).toBeGreaterThan(first.tasks)
    expect(await preparedTexts(test.db)).toEqual([])
  })
})
