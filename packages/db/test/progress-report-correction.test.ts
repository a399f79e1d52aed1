import {
  asId,
  type Bundle,
  effectiveReports,
  latestPercent,
  type OrganizationId,
  type ProgressReport,
  type ProgressReportId,
  type ProgressReportInput,
  type TaskId,
  type TenantId,
} from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadExampleBundle } from '../src/bundle/example-bundle.js'
import { exportBundle } from '../src/bundle/export-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { inTenantTransaction } from '../src/tenant/tenant-transaction.js'
import { testBackends } from '../src/testing.js'
import { useTestDatabase } from './support/test-database.js'

const DEMO = asId<TenantId>('demo')
const OTHER = asId<TenantId>('tinh-khac')
const ctx = { actor: 'user:reporter' }

async function taskId(db: ChidaoDatabase, symbol: string, reference: string): Promise<TaskId> {
  const { rows } = await sql<{ id: string }>`
    select t.id from task t join directive d on d.tenant_id = t.tenant_id and d.id = t.directive_id
    where t.tenant_id = ${DEMO} and d.symbol_text = ${symbol} and t.reference = ${reference}`.execute(
    db.kysely,
  )
  return asId<TaskId>(rows[0]!.id)
}

async function orgId(db: ChidaoDatabase, code: string): Promise<OrganizationId> {
  const { rows } = await sql<{ id: string }>`
    select id from organization where tenant_id = ${DEMO} and code = ${code}`.execute(db.kysely)
  return asId<OrganizationId>(rows[0]!.id)
}

describe.each(testBackends())('correcting progress reports on %s', (backend) => {
  const test = useTestDatabase(backend)
  let db: ChidaoDatabase
  let example: Bundle
  let task: TaskId
  let lhh: OrganizationId

  function input(fields: Partial<ProgressReportInput> = {}): ProgressReportInput {
    return {
      id: crypto.randomUUID(),
      taskId: task,
      reportedOn: '2026-02-01',
      organizationId: lhh,
      percent: 40,
      narrative: 'Đang triển khai',
      ...fields,
    }
  }

  async function append(fields: Partial<ProgressReportInput> = {}): Promise<ProgressReport> {
    const r = await db.forTenant(DEMO).tasks.appendProgressReport(input(fields), ctx)
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.value
  }

  beforeAll(async () => {
    db = test.db
    example = await loadExampleBundle()
    await importBundle(db, example, { actor: 'test' }, { clearance: 'TUYET_MAT' })
    await importBundle(db, { ...example, tenant: { id: OTHER, name: 'Tỉnh khác' } }, ctx, {
      clearance: 'TUYET_MAT',
    })
    // II.2.b: led by LHH, open, last figure 80 on 18/12/2024.
    task = await taskId(db, '06-CTr/TU', 'II.2.b')
    lhh = await orgId(db, 'LHH')
  })

  it('supersede the report: both stay readable, the latest figure and the scorecard take the correction', async () => {
    const tasks = db.forTenant(DEMO).tasks
    const mistaken = await append({ reportedOn: '2026-01-10', percent: 95 })
    const fixed = await append({
      reportedOn: '2026-01-10',
      percent: 65,
      correctsId: mistaken.id,
      reason: 'Nhầm số liệu: 65 chứ không phải 95',
    })
    expect(fixed).toMatchObject({
      correctsId: mistaken.id,
      reason: 'Nhầm số liệu: 65 chứ không phải 95',
    })
    const all = (await tasks.progressReportsOf([task])).get(task)!
    expect(all.map((r) => r.id).slice(-2)).toEqual([mistaken.id, fixed.id])
    expect(all.at(-2)).toEqual(mistaken)
    expect(all.at(-1)).toEqual(fixed)
    expect(latestPercent(all)).toBe(65)
    const latest = await tasks.progressReportsOf([task], { latestOnly: true })
    expect(latest.get(task)!.map((r) => r.id)).toEqual([fixed.id])
    expect(
      await tasks.progressReportsByIds([mistaken.id, fixed.id, asId(crypto.randomUUID())]),
    ).toEqual([mistaken, fixed, null])
    const corrections = await tasks.correctionsOf([mistaken.id, fixed.id])
    expect([...corrections]).toEqual([[mistaken.id, fixed]])
    for (const asOf of ['2026-01-10', '2026-06-30']) {
      const fact = (await tasks.scorecardFacts({ asOf })).find((f) => f.id === task)
      expect(fact?.percent).toBe(65)
      expect(fact?.percent).toBe(latestPercent(all, asOf))
    }
    // A correction to no figure: the figure before the mistaken report stands.
    const noFigure = await append({
      reportedOn: '2026-01-10',
      percent: null,
      narrative: 'Chưa có số liệu',
      correctsId: fixed.id,
      reason: 'Chưa đủ căn cứ để nêu tỷ lệ',
    })
    const fact = (await tasks.scorecardFacts({ asOf: '2026-06-30' })).find((f) => f.id === task)
    expect(fact?.percent).toBe(80)
    const latestNow = await tasks.progressReportsOf([task], { latestOnly: true })
    expect(latestNow.get(task)!.map((r) => r.id)).toEqual([noFigure.id])
  })

  it('free the organisation from a report dated 2099, and are audited with the corrected report', async () => {
    const tasks = db.forTenant(DEMO).tasks
    const wrong = await append({ reportedOn: '2099-12-31', percent: 50 })
    const blocked = await tasks.appendProgressReport(input({ reportedOn: '2026-03-01' }), ctx)
    expect(!blocked.ok && blocked.error.code).toBe('REPORT_BEFORE_PREVIOUS')
    // The correction is compared with the reports before the one it corrects.
    const early = await tasks.appendProgressReport(
      input({ reportedOn: '2025-01-01', correctsId: wrong.id, reason: 'Nhầm năm' }),
      ctx,
    )
    expect(!early.ok && early.error).toMatchObject({
      code: 'REPORT_BEFORE_PREVIOUS',
      path: ['reportedOn'],
    })
    const fixed = await append({
      reportedOn: '2026-02-28',
      correctsId: wrong.id,
      reason: 'Nhầm năm',
    })
    const today = await tasks.appendProgressReport(
      input({ reportedOn: '2026-03-01', percent: 52 }),
      ctx,
    )
    expect(today.ok).toBe(true)
    const fact = (await tasks.scorecardFacts({ asOf: '2100-01-01' })).find((f) => f.id === task)
    expect(fact?.percent).toBe(52)
    const audit = await db.kysely
      .selectFrom('audit_event')
      .select(['actor', 'action', 'before', 'after'])
      .where('entity_type', '=', 'ProgressReport')
      .where('entity_id', '=', fixed.id)
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      actor: 'user:reporter',
      action: 'task.progress-report-correction',
      before: { id: wrong.id, reportedOn: '2099-12-31', percent: 50 },
      after: { id: fixed.id, correctsId: wrong.id, reason: 'Nhầm năm', reportedOn: '2026-02-28' },
    })
  })

  it('correct a report at most once, even when corrections race; a correction may be corrected', async () => {
    const tasks = db.forTenant(DEMO).tasks
    const report = await append({ reportedOn: '2026-03-01', percent: 60 })
    const answers = await Promise.all(
      [61, 62, 63].map((percent) =>
        tasks.appendProgressReport(
          input({ reportedOn: '2026-03-01', percent, correctsId: report.id, reason: 'Sửa' }),
          ctx,
        ),
      ),
    )
    const won = answers.filter((a) => a.ok)
    expect(won).toHaveLength(1)
    for (const lost of answers.filter((a) => !a.ok)) {
      expect(!lost.ok && lost.error).toMatchObject({
        code: 'REPORT_ALREADY_CORRECTED',
        path: ['correctsId'],
      })
    }
    const first = won[0]
    const winner = first?.ok ? first.value : null
    const chained = await tasks.appendProgressReport(
      input({ reportedOn: '2026-03-01', percent: 64, correctsId: winner!.id, reason: 'Sửa lại' }),
      ctx,
    )
    expect(chained.ok).toBe(true)
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from progress_report where corrects_id = ${report.id}`.execute(
      db.kysely,
    )
    expect(rows[0]!.n).toBe(1)
    // The database holds the line too: a second row correcting the same report is refused.
    await expect(
      sql`insert into progress_report (tenant_id, task_id, reported_on, organization_id, percent, corrects_id, reason)
        values (${DEMO}, ${task}, '2026-03-01', ${lhh}, 1, ${report.id}, 'x')`.execute(db.kysely),
    ).rejects.toThrow(/progress_report_correction_idx|duplicate key/)
  })

  it('answer a report of a hidden task, or of another tenant, as an absent one', async () => {
    const cleared = db.forTenant(DEMO, { clearance: 'TUYET_MAT' }).tasks
    const secretTask = await taskId(db, '215-TB/TU', '1')
    const hidden = await cleared.appendProgressReport(
      input({ taskId: secretTask, reportedOn: '2026-01-01', narrative: 'Mật' }),
      ctx,
    )
    expect(hidden.ok).toBe(true)
    if (!hidden.ok) return
    const tasks = db.forTenant(DEMO).tasks
    expect(await tasks.progressReportsByIds([hidden.value.id])).toEqual([null])
    expect(await tasks.correctionsOf([hidden.value.id])).toEqual(new Map())
    const { rows } = await sql<{ id: string }>`
      select id from progress_report where tenant_id = ${OTHER} limit 1`.execute(db.kysely)
    const foreign = asId<ProgressReportId>(rows[0]!.id)
    expect(await tasks.progressReportsByIds([foreign])).toEqual([null])
    const answers = []
    for (const correctsId of [hidden.value.id, foreign, crypto.randomUUID()]) {
      const r = await tasks.appendProgressReport(
        input({ reportedOn: '2026-03-01', correctsId, reason: 'Thử' }),
        ctx,
      )
      expect(r.ok).toBe(false)
      if (!r.ok) {
        const { value: _v, ...error } = r.error
        answers.push(error)
      }
    }
    expect(answers[0]).toMatchObject({ code: 'PROGRESS_REPORT_NOT_FOUND', path: ['correctsId'] })
    expect(answers[1]).toEqual(answers[0])
    expect(answers[2]).toEqual(answers[0])
  })

  it('are exported as the reports in force: a bundle never carries the mistake', async () => {
    const bundle = await exportBundle(db, DEMO)
    const exported = bundle.tasks.find((t) => t.reference === 'II.2.b')!.progressReports
    const stored = (await db.forTenant(DEMO).tasks.progressReportsOf([task])).get(task)!
    expect(exported).toHaveLength(effectiveReports(stored).length)
    expect(exported.length).toBeLessThan(stored.length)
    expect(exported.map((r) => r.reportedOn)).not.toContain('2099-12-31')
    expect(exported.map((r) => r.percent)).not.toContain(95)
  })

  it('leave progress reports append-only in the database, corrected ones included', async () => {
    const { rows } = await sql<{ id: string }>`
      select corrects_id as id from progress_report where corrects_id is not null limit 1`.execute(
      db.kysely,
    )
    const corrected = rows[0]!.id
    await expect(
      sql`update progress_report set percent = 1 where id = ${corrected}`.execute(db.kysely),
    ).rejects.toThrow(/append-only/)
    await expect(
      sql`delete from progress_report where id = ${corrected}`.execute(db.kysely),
    ).rejects.toThrow(/append-only/)
    await expect(
      inTenantTransaction(db.kysely, DEMO, (trx) =>
        sql`update progress_report set reason = 'x' where id = ${corrected}`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied|append-only/)
  })
})
