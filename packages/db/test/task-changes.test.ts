import {
  asId,
  completeTask,
  type DirectiveId,
  dateDeadline,
  deadlineInForce,
  extendDeadline,
  type NewLead,
  type OrganizationId,
  originalDeadline,
  quarterDeadline,
  reassignLead,
  startTask,
  type Task,
  type TaskId,
  type TenantId,
  timeliness,
  validateNewTask,
} from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { KyselyTaskRepository } from '../src/task/kysely-task-repository.js'
import { inTenantTransaction } from '../src/tenant/tenant-transaction.js'
import { testBackends } from '../src/testing.js'
import { auditEventCount, auditEventsOf } from './support/audit-events.js'
import { insertOrganization, insertPlan, insertTaskEvent } from './support/insert-rows.js'
import { useTwoTenantDatabase } from './support/test-database.js'

const TENANT = asId<TenantId>('tinh-gia-han')
const OTHER = asId<TenantId>('tinh-khac')
const ctx = { actor: 'user:van-thu' }

const extension = {
  deadline: '31/12/2025',
  document: '125/QĐ-UBND',
  reason: 'Chờ bố trí kinh phí từ ngân sách tỉnh',
  on: '2025-06-20',
}

describe.each(testBackends())('deadline extensions and reassignments on %s', (backend) => {
  const test = useTwoTenantDatabase(backend, TENANT, OTHER)
  let db: ChidaoDatabase
  let tasks: KyselyTaskRepository
  const org: Record<string, OrganizationId> = {}
  let directive: DirectiveId

  async function insertOrg(code: string, tenant = TENANT) {
    org[code] = await insertOrganization(db, tenant, code)
    return org[code]
  }

  function lead(code: string, tenant = TENANT): NewLead {
    return { id: org[code]!, tenantId: tenant, name: code, foundedOn: null, dissolvedOn: null }
  }

  async function create(title: string, coordinators: string[] = []): Promise<Task> {
    const checked = validateNewTask({
      directiveId: directive,
      title,
      leadId: org.SO!,
      coordinatorIds: coordinators.map((c) => org[c]!),
    })
    if (!checked.ok) throw new Error(checked.error.message)
    const r = await tasks.create({ ...checked.value, deadline: quarterDeadline(2025, 2) }, ctx)
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  }

  beforeAll(async () => {
    db = test.db
    for (const code of ['TU', 'SO', 'HOI', 'MTTQ']) await insertOrg(code)
    await insertOrg('KHAC', OTHER)
    directive = await insertPlan(db, TENANT, {
      number: 12,
      issuerId: org.TU!,
      title: 'Kế hoạch thực hiện Kết luận 93',
      search_key: 'ke hoach',
    })
    tasks = new KyselyTaskRepository(db.kysely, TENANT)
  })

  it('extends a deadline: the one in force is stored, the history keeps the original', async () => {
    const task = await create('Tổ chức hội thảo')
    const r = await tasks.change(task.id, (t) => extendDeadline(t, extension), 1, ctx)
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.task).toMatchObject({ version: 2, deadline: { due: '2025-12-31' } })
    const read = (await tasks.findById(task.id))!
    expect(read.deadline).toEqual(dateDeadline('2025-12-31', '31/12/2025'))
    expect(read.version).toBe(2)
    expect(read.history).toEqual([
      expect.objectContaining({
        type: 'DEADLINE_EXTENDED',
        on: '2025-06-20',
        from: 'NOT_STARTED',
        to: 'NOT_STARTED',
        reason: extension.reason,
        document: '125/QĐ-UBND',
        previousDeadline: quarterDeadline(2025, 2),
        deadline: read.deadline,
        actor: ctx.actor,
      }),
    ])
    expect(originalDeadline(read)).toEqual(quarterDeadline(2025, 2))
    const audit = await auditEventsOf(db, task.id)
    expect(audit.map((e) => e.action)).toEqual(['task.create', 'task.deadline_extended'])
    const columns = await db.kysely
      .selectFrom('task')
      .select(['deadline_kind', 'deadline_due'])
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow()
    expect(columns).toEqual({ deadline_kind: 'DATE', deadline_due: '2025-12-31' })
  })

  it('judges timeliness in SQL against the deadline in force, as the domain does', async () => {
    const kept = await create('Không gia hạn')
    const extended = await create('Được gia hạn')
    const r = await tasks.change(extended.id, (t) => extendDeadline(t, extension), 1, ctx)
    if (!r.ok) throw new Error(r.error.message)
    const asOf = '2025-09-01'
    const overdue = await tasks.list({
      filter: { directiveId: directive, timeliness: ['OVERDUE'] },
      asOf,
      first: 100,
    })
    const ids = overdue.edges.map((e) => e.node.id)
    expect(ids).toContain(kept.id)
    expect(ids).not.toContain(extended.id)
    const open = await tasks.list({
      filter: { directiveId: directive, timeliness: ['IN_PROGRESS'] },
      asOf,
      first: 100,
    })
    expect(open.edges.map((e) => e.node.id)).toContain(extended.id)
    for (const edge of [...overdue.edges, ...open.edges]) {
      const t = edge.node
      const judged = timeliness({ ...t, due: t.deadline?.due ?? null }, asOf)
      expect(judged).toBe(ids.includes(t.id) ? 'OVERDUE' : 'IN_PROGRESS')
    }
  })

  it('judges a day before an extension against the deadline then in force, in SQL as in the domain', async () => {
    const late = { ...extension, on: '2025-07-15' }
    const extend = async (task: Task, more = {}) => {
      const r = await tasks.change(
        task.id,
        (t) => extendDeadline(t, { ...late, ...more }),
        task.version,
        ctx,
      )
      if (!r.ok) throw new Error(r.error.message)
      return r.value.task
    }
    const kept = await create('Không gia hạn, quá hạn')
    const extendedLate = await extend(await create('Gia hạn sau khi đã quá hạn'))
    const twice = await extend(await extend(await create('Gia hạn hai lần')), {
      on: '2025-10-01',
      deadline: 'Quý II/2026',
      document: '45-CV/TU',
    })
    const edited = await extend(await create('Gia hạn rồi sửa thời hạn'))
    const editedR = await tasks.update(
      edited.id,
      { deadline: dateDeadline('2025-08-31') },
      edited.version,
      ctx,
    )
    if (!editedR.ok) throw new Error(editedR.error.message)
    const completed = await extend(await create('Gia hạn rồi hoàn thành'))
    const done = await tasks.transition(
      completed.id,
      (t) => completeTask(t, { on: '2025-08-01' }),
      completed.version,
      ctx,
    )
    if (!done.ok) throw new Error(done.error.message)
    const ours = [kept, extendedLate, twice, edited, completed].map((t) => t.id)
    const expected: Record<string, Record<string, string>> = {
      '2025-07-10': {
        [extendedLate.id]: 'OVERDUE',
        [twice.id]: 'OVERDUE',
        [completed.id]: 'OVERDUE',
      },
      '2025-07-15': { [extendedLate.id]: 'IN_PROGRESS', [edited.id]: 'IN_PROGRESS' },
      '2025-09-15': {
        [edited.id]: 'OVERDUE',
        [completed.id]: 'COMPLETED_ON_TIME',
        [twice.id]: 'IN_PROGRESS',
      },
      '2026-01-05': { [extendedLate.id]: 'OVERDUE', [twice.id]: 'IN_PROGRESS' },
    }
    for (const [asOf, wanted] of Object.entries(expected)) {
      const found = await tasks.findByIds(ours)
      const byDomain = new Map(
        found.map((t) => [t!.id, timeliness({ ...t!, due: t!.deadline?.due ?? null }, asOf)]),
      )
      for (const [id, value] of Object.entries(wanted))
        expect(byDomain.get(id as TaskId), `${asOf} ${id}`).toBe(value)
      for (const value of [
        'COMPLETED_ON_TIME',
        'COMPLETED_LATE',
        'IN_PROGRESS',
        'OVERDUE',
      ] as const) {
        const page = await tasks.list({
          filter: { directiveId: directive, timeliness: [value] },
          asOf,
          first: 100,
        })
        const inSql = page.edges
          .map((e) => e.node.id)
          .filter((id) => ours.includes(id))
          .sort()
        const inDomain = ours.filter((id) => byDomain.get(id) === value).sort()
        expect(inSql, `${value} as of ${asOf}`).toEqual(inDomain)
      }
      // The scorecard's facts carry the due day in force that day, and count as the domain does.
      const facts = (
        await tasks.scorecardFacts({ filter: { directiveId: directive }, asOf })
      ).filter((f) => ours.includes(f.id as TaskId))
      for (const fact of facts) {
        const task = found.find((t) => t!.id === fact.id)!
        expect(fact.due, `${asOf} ${task.title}`).toBe(deadlineInForce(task, asOf)?.due ?? null)
        expect(timeliness(fact, asOf)).toBe(byDomain.get(fact.id as TaskId))
      }
    }
  })

  it('refuses a stale version or a refused change and writes nothing', async () => {
    const task = await create('Xây dựng đề án')
    const before = await auditEventCount(db)
    const stale = await tasks.change(task.id, (t) => extendDeadline(t, extension), 2, ctx)
    expect(!stale.ok && stale.error.code).toBe('CONFLICT')
    const notLater = await tasks.change(
      task.id,
      (t) => extendDeadline(t, { ...extension, deadline: '30/6/2025' }),
      1,
      ctx,
    )
    expect(!notLater.ok && notLater.error).toMatchObject({
      code: 'DEADLINE_NOT_LATER',
      path: ['deadline'],
    })
    const absent = await tasks.change(
      '00000000-0000-4000-8000-000000000001' as TaskId,
      (t) => extendDeadline(t, extension),
      1,
      ctx,
    )
    expect(!absent.ok && absent.error.code).toBe('TASK_NOT_FOUND')
    expect(await auditEventCount(db)).toBe(before)
    expect((await tasks.findById(task.id))!.history).toEqual([])
  })

  it('reassigns the lead, recording both, after the lifecycle events', async () => {
    const task = await create('Phổ biến kết luận', ['MTTQ'])
    const started = await tasks.transition(
      task.id,
      (t) => startTask(t, { on: '2025-03-01' }),
      1,
      ctx,
    )
    expect(started.ok).toBe(true)
    const change = { reason: 'Giao Liên hiệp hội chủ trì', document: '45-CV/TU', on: '2025-04-01' }
    const r = await tasks.change(task.id, (t) => reassignLead(t, lead('HOI'), change), 2, ctx)
    if (!r.ok) throw new Error(r.error.message)
    const read = (await tasks.findById(task.id))!
    expect(read.leadId).toBe(org.HOI)
    expect(read.coordinatorIds).toEqual([org.MTTQ])
    expect(read.version).toBe(3)
    expect(read.history.map((e) => e.type)).toEqual(['STARTED', 'LEAD_REASSIGNED'])
    expect(read.history[1]).toMatchObject({
      fromLeadId: org.SO,
      toLeadId: org.HOI,
      document: '45-CV/TU',
      from: 'IN_PROGRESS',
      to: 'IN_PROGRESS',
    })
    const audit = await auditEventsOf(db, task.id)
    expect(audit.at(-1)).toMatchObject({
      action: 'task.lead_reassigned',
      before: expect.objectContaining({ leadId: org.SO }),
      after: expect.objectContaining({ leadId: org.HOI }),
    })
  })

  it("refuses another tenant's organisation as the new lead: the store does not know it", async () => {
    const task = await create('Tập huấn')
    const before = await auditEventCount(db)
    // Even a caller that claims it is of this tenant: the foreign key and the look-up fence it.
    const r = await tasks.change(
      task.id,
      (t) => reassignLead(t, lead('KHAC'), { reason: 'Nhầm', on: '2025-04-01' }),
      1,
      ctx,
    )
    expect(!r.ok && r.error).toMatchObject({ code: 'LEAD_NOT_FOUND', path: ['leadId'] })
    expect(await auditEventCount(db)).toBe(before)
  })

  it('keeps the payload whole and consistent: the database refuses a half-written event', async () => {
    const task = await create('Sơ kết')
    const insert = (values: Record<string, unknown>) => insertTaskEvent(db, TENANT, task.id, values)
    await expect(
      insert({ type: 'DEADLINE_EXTENDED', document_symbol: '125/QĐ-UBND' }),
    ).rejects.toThrow(/task_event_deadline_check/)
    await expect(
      insert({ type: 'LEAD_REASSIGNED', from_organization_id: org.SO, to_organization_id: null }),
    ).rejects.toThrow(/task_event_reassignment_check/)
    await expect(
      insert({ type: 'STARTED', deadline: JSON.stringify(dateDeadline('2025-12-31')) }),
    ).rejects.toThrow(/task_event_deadline_check/)
  })

  it('fences the events: another tenant and a lower clearance see none of them', async () => {
    const task = await create('Tổng kết')
    const r = await tasks.change(task.id, (t) => extendDeadline(t, extension), 1, ctx)
    expect(r.ok).toBe(true)
    const seen = await inTenantTransaction(db.kysely, OTHER, (trx) =>
      trx.selectFrom('task_event').select('id').execute(),
    )
    expect(seen).toEqual([])
    await db.kysely
      .updateTable('directive')
      .set({ secrecy: 'MAT' })
      .where('id', '=', directive)
      .execute()
    try {
      const hidden = await inTenantTransaction(db.kysely, TENANT, (trx) =>
        sql<{ n: number }>`select count(*)::int as n from task_event
          where task_id = ${task.id}`.execute(trx),
      )
      expect(hidden.rows[0]!.n).toBe(0)
      expect(await tasks.findById(task.id)).toBeNull()
      const blind = await tasks.change(task.id, (t) => extendDeadline(t, extension), 2, ctx)
      expect(!blind.ok && blind.error.code).toBe('TASK_NOT_FOUND')
    } finally {
      await db.kysely
        .updateTable('directive')
        .set({ secrecy: 'PUBLIC' })
        .where('id', '=', directive)
        .execute()
    }
  })
})
