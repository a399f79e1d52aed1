import {
  asId,
  type Bundle,
  type OrganizationId,
  type ProgressReportInput,
  type TaskId,
  type TenantId,
} from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { bulkLoadBundle } from '../src/bulk/bulk-load.js'
import { loadExampleBundle } from '../src/bundle/example-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { createTestDatabase, testBackends } from '../src/testing.js'
import { useTestDatabase } from './support/test-database.js'

const DEMO = asId<TenantId>('demo')
const alice = { actor: 'user:alice' }
const bob = { actor: 'user:bob' }

/** The id of a task of the example by its document and reference. */
async function taskId(db: ChidaoDatabase, symbol: string, reference: string): Promise<TaskId> {
  const row = await db.kysely
    .selectFrom('task')
    .innerJoin('directive', (j) =>
      j
        .onRef('directive.tenant_id', '=', 'task.tenant_id')
        .onRef('directive.id', '=', 'task.directive_id'),
    )
    .select('task.id')
    .where('task.tenant_id', '=', DEMO)
    .where('directive.symbol_text', '=', symbol)
    .where('task.reference', '=', reference)
    .executeTakeFirstOrThrow()
  return asId<TaskId>(row.id)
}

async function orgId(db: ChidaoDatabase, code: string): Promise<OrganizationId> {
  const row = await db.kysely
    .selectFrom('organization')
    .select('id')
    .where('tenant_id', '=', DEMO)
    .where('code', '=', code)
    .executeTakeFirstOrThrow()
  return asId<OrganizationId>(row.id)
}

async function count(db: ChidaoDatabase, table: 'progress_report' | 'audit_event') {
  const row = await db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

describe.each(testBackends())('idempotency keys of progress reports on %s', (backend) => {
  const test = useTestDatabase(backend)
  let db: ChidaoDatabase
  let example: Bundle
  let ii6: TaskId
  let ii3a: TaskId
  let secret: TaskId
  let skhcn: OrganizationId
  let lhh: OrganizationId
  let n = 0

  /** A new report on a task, dated in 2026, by SKHCN unless said otherwise. */
  function report(task: TaskId, fields: Partial<ProgressReportInput> = {}): ProgressReportInput {
    n++
    return {
      id: crypto.randomUUID(),
      taskId: task,
      reportedOn: '2026-02-01',
      organizationId: skhcn,
      percent: 40,
      narrative: `Báo cáo số ${n}`,
      ...fields,
    }
  }

  beforeAll(async () => {
    db = test.db
    example = await loadExampleBundle()
    await importBundle(db, example, { actor: 'test' }, { clearance: 'TUYET_MAT' })
    ii6 = await taskId(db, '06-CTr/TU', 'II.6')
    ii3a = await taskId(db, '06-CTr/TU', 'II.3.a')
    secret = await taskId(db, '215-TB/TU', '1')
    skhcn = await orgId(db, 'SKHCN')
    lhh = await orgId(db, 'LHH')
  })

  it("belong to one caller and one task: another caller's key is never answered with someone else's report", async () => {
    const tasks = db.forTenant(DEMO).tasks
    const first = await tasks.appendProgressReport(
      report(ii6, { narrative: 'Số liệu nội bộ của Sở KH&CN' }),
      alice,
      'bc-2026-02',
    )
    expect(first.ok).toBe(true)
    if (!first.ok) return
    // Another caller, another organisation, the same key on the same task: a new report.
    const other = await tasks.appendProgressReport(
      report(ii6, { organizationId: lhh, narrative: 'Báo cáo của Liên hiệp hội' }),
      bob,
      'bc-2026-02',
    )
    expect(other.ok && other.value).toMatchObject({
      organizationId: lhh,
      narrative: 'Báo cáo của Liên hiệp hội',
    })
    expect(other.ok && other.value.id).not.toBe(first.value.id)
    // The same caller and key on another task: a new report too.
    const elsewhere = await tasks.appendProgressReport(report(ii3a), alice, 'bc-2026-02')
    expect(elsewhere.ok && elsewhere.value.id).not.toBe(first.value.id)
    // The same caller, key and task: the first report, nothing written.
    const [reports, audits] = [await count(db, 'progress_report'), await count(db, 'audit_event')]
    const retry = await tasks.appendProgressReport(
      report(ii6, { percent: 90 }),
      alice,
      '  bc-2026-02 ',
    )
    expect(retry).toEqual(first)
    expect([await count(db, 'progress_report'), await count(db, 'audit_event')]).toEqual([
      reports,
      audits,
    ])
    // Each audit event records its own caller's key, under that caller.
    const events = await db.kysely
      .selectFrom('audit_event')
      .select(['actor', 'entity_id', sql<string>`after->>'idempotencyKey'`.as('key')])
      .where('entity_type', '=', 'ProgressReport')
      .where('entity_id', 'in', [first.value.id, other.ok ? other.value.id : ''])
      .orderBy('id')
      .execute()
    expect(events).toEqual([
      { actor: 'user:alice', entity_id: first.value.id, key: 'bc-2026-02' },
      { actor: 'user:bob', entity_id: other.ok ? other.value.id : '', key: 'bc-2026-02' },
    ])
  })

  it('give one report per caller, task and key when the calls race', async () => {
    const tasks = db.forTenant(DEMO).tasks
    const race = (context: { actor: string }) =>
      Promise.all(
        [1, 2, 3].map(() => tasks.appendProgressReport(report(ii3a), context, 'race-key')),
      )
    const [a, b] = await Promise.all([race(alice), race(bob)])
    for (const answers of [a, b]) {
      expect(answers.every((r) => r.ok)).toBe(true)
      expect(new Set(answers.map((r) => r.ok && r.value.id)).size).toBe(1)
    }
    const [ofAlice, ofBob] = [a[0], b[0]]
    expect(ofAlice?.ok && ofBob?.ok && ofAlice.value.id !== ofBob.value.id).toBe(true)
  })

  it('of a report on a hidden task neither fail nor leak: the hidden task answers as an absent one', async () => {
    const cleared = db.forTenant(DEMO, { clearance: 'TUYET_MAT' }).tasks
    const hidden = await cleared.appendProgressReport(
      report(secret, { organizationId: lhh, narrative: 'Nội dung mật' }),
      alice,
      'hidden-key',
    )
    expect(hidden.ok).toBe(true)
    const tasks = db.forTenant(DEMO).tasks
    const visible = await tasks.appendProgressReport(
      report(ii6, { narrative: 'Công khai' }),
      alice,
      'hidden-key',
    )
    expect(visible.ok && visible.value).toMatchObject({ taskId: ii6, narrative: 'Công khai' })
    const onHidden = await tasks.appendProgressReport(
      report(secret, { organizationId: lhh }),
      alice,
      'hidden-key',
    )
    const onAbsent = await tasks.appendProgressReport(
      report(asId<TaskId>(crypto.randomUUID()), { organizationId: lhh }),
      alice,
      'hidden-key',
    )
    expect(onHidden.ok || onAbsent.ok).toBe(false)
    if (onHidden.ok || onAbsent.ok) return
    const { value: _h, ...hiddenError } = onHidden.error
    const { value: _a, ...absentError } = onAbsent.error
    expect(hiddenError).toEqual(absentError)
    expect(hiddenError).toMatchObject({ code: 'TASK_NOT_FOUND', path: ['taskId'] })
  })

  it('are at most 200 characters, counted as characters; a blank key is no key', async () => {
    const tasks = db.forTenant(DEMO).tasks
    const before = await count(db, 'progress_report')
    for (const key of ['k'.repeat(201), 'ệ'.repeat(201), 'k'.repeat(3000)]) {
      const r = await tasks.appendProgressReport(report(ii6), alice, key)
      expect(!r.ok && r.error).toMatchObject({
        code: 'IDEMPOTENCY_KEY_TOO_LONG',
        path: ['idempotencyKey'],
      })
    }
    expect(await count(db, 'progress_report')).toBe(before)
    const longest = 'ệ'.repeat(200)
    const stored = await tasks.appendProgressReport(report(ii6), alice, longest)
    expect(stored.ok).toBe(true)
    expect(await tasks.appendProgressReport(report(ii6), alice, longest)).toEqual(stored)
    const blank = await Promise.all(
      ['', '   '].map((key) => tasks.appendProgressReport(report(ii6), alice, key)),
    )
    expect(blank.every((r) => r.ok)).toBe(true)
    expect(await count(db, 'progress_report')).toBe(before + 3)
  })

  it('of bundles are their own: re-importing appends nothing, whoever imports; a caller may use the same text', async () => {
    const owners = await db.kysely
      .selectFrom('progress_report')
      .select('idempotency_key_owner as owner')
      .distinct()
      .where('idempotency_key', 'like', 'bundle:%')
      .execute()
    expect(owners).toEqual([{ owner: 'bundle' }])
    const again = await importBundle(
      db,
      example,
      { actor: 'user:someone-else' },
      { clearance: 'TUYET_MAT' },
    )
    expect(again.progressReports).toMatchObject({ created: 0 })
    const bundleKey = await db.kysely
      .selectFrom('progress_report')
      .select('idempotency_key')
      .where('task_id', '=', ii6)
      .where('idempotency_key', 'like', 'bundle:%')
      .executeTakeFirstOrThrow()
    const mine = await db
      .forTenant(DEMO)
      .tasks.appendProgressReport(report(ii6), alice, bundleKey.idempotency_key)
    expect(mine.ok && mine.value.narrative).toMatch(/^Báo cáo số/)
  })

  it('of a bulk load are the same as an import: importing after it appends nothing', async () => {
    const other = await createTestDatabase(backend)
    try {
      await bulkLoadBundle(other.db, example, { actor: 'test:bulk' })
      const imported = await importBundle(
        other.db,
        example,
        { actor: 'user:alice' },
        { clearance: 'TUYET_MAT' },
      )
      expect(imported.progressReports).toMatchObject({ created: 0 })
    } finally {
      await other.dispose()
    }
  })
})
