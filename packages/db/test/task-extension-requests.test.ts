import {
  asId,
  completeTask,
  type DirectiveId,
  dateDeadline,
  declineExtension,
  extendDeadline,
  type OrganizationId,
  quarterDeadline,
  requestExtension,
  startTask,
  type Task,
  type TaskId,
  type TenantId,
  validateNewTask,
} from '@chidao/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { KyselyTaskRepository } from '../src/task/kysely-task-repository.js'
import { testBackends } from '../src/testing.js'
import { auditEventsOf } from './support/audit-events.js'
import { insertOrganization, insertPlan, insertTaskEvent } from './support/insert-rows.js'
import { useTwoTenantDatabase } from './support/test-database.js'

const TENANT = asId<TenantId>('tinh-xin-gia-han')
const OTHER = asId<TenantId>('tinh-khac')
const ctx = { actor: 'user:chuyen-vien' }

const request = { deadline: '31/12/2025', reason: 'Chờ bố trí kinh phí', on: '2025-06-10' }

describe.each(testBackends())('requests for an extension on %s', (backend) => {
  const test = useTwoTenantDatabase(backend, TENANT, OTHER)
  let db: ChidaoDatabase
  let tasks: KyselyTaskRepository
  const org: Record<string, OrganizationId> = {}
  let directive: DirectiveId

  async function create(title: string): Promise<Task> {
    const checked = validateNewTask({ directiveId: directive, title, leadId: org.SO! })
    if (!checked.ok) throw new Error(checked.error.message)
    const r = await tasks.create({ ...checked.value, deadline: quarterDeadline(2025, 2) }, ctx)
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  }

  async function asked(title: string): Promise<Task> {
    const task = await create(title)
    const r = await tasks.change(
      task.id,
      (t) => requestExtension(t, { ...request, by: org.SO! }),
      task.version,
      ctx,
    )
    if (!r.ok) throw new Error(r.error.message)
    return r.value.task
  }

  async function requested(): Promise<readonly TaskId[]> {
    const page = await tasks.list({ filter: { extensionRequested: true }, first: 100 })
    return page.edges.map((e) => e.node.id)
  }

  beforeAll(async () => {
    db = test.db
    for (const code of ['TU', 'SO']) org[code] = await insertOrganization(db, TENANT, code)
    await insertOrganization(db, OTHER, 'KHAC')
    directive = await insertPlan(db, TENANT, {
      number: 21,
      issuerId: org.TU!,
      title: 'Kế hoạch thực hiện Kết luận 93',
      search_key: 'ke hoach',
    })
    tasks = new KyselyTaskRepository(db.kysely, TENANT)
  })

  it('stores a request and its refusal, and reads them back with who made them', async () => {
    const task = await asked('Xây dựng cơ sở dữ liệu')
    expect(task.deadline).toEqual(quarterDeadline(2025, 2))
    const declined = await tasks.change(
      task.id,
      (t) => declineExtension(t, { reason: 'Chưa có căn cứ', on: '2025-06-12', by: org.TU! }),
      task.version,
      ctx,
    )
    if (!declined.ok) throw new Error(declined.error.message)
    const read = (await tasks.findById(task.id))!
    expect(read.version).toBe(3)
    expect(read.deadline).toEqual(quarterDeadline(2025, 2))
    expect(read.history).toEqual([
      expect.objectContaining({
        type: 'EXTENSION_REQUESTED',
        on: '2025-06-10',
        from: 'NOT_STARTED',
        to: 'NOT_STARTED',
        reason: 'Chờ bố trí kinh phí',
        requestedDeadline: dateDeadline('2025-12-31', '31/12/2025'),
        by: org.SO,
        actor: ctx.actor,
      }),
      expect.objectContaining({
        type: 'EXTENSION_DECLINED',
        on: '2025-06-12',
        reason: 'Chưa có căn cứ',
        by: org.TU,
      }),
    ])
    const audit = await auditEventsOf(db, task.id)
    expect(audit.map((e) => e.action)).toEqual([
      'task.create',
      'task.extension_requested',
      'task.extension_declined',
    ])
  })

  it('lists the tasks whose request awaits an answer, and no longer once answered', async () => {
    const pending = await asked('Tổ chức hội thảo')
    const granted = await asked('Ban hành quy chế')
    const closed = await asked('Sơ kết')
    const untouched = await create('Tổng kết')
    const grant = await tasks.change(
      granted.id,
      (t) => extendDeadline(t, { ...request, document: '125/QĐ-UBND', on: '2025-06-11' }),
      granted.version,
      ctx,
    )
    expect(grant.ok).toBe(true)
    const started = await tasks.transition(
      closed.id,
      (t) => startTask(t, { on: '2025-06-11' }),
      2,
      ctx,
    )
    if (!started.ok) throw new Error(started.error.message)
    const done = await tasks.transition(
      closed.id,
      (t) => completeTask(t, { on: '2025-06-12' }),
      3,
      ctx,
    )
    expect(done.ok).toBe(true)
    const ids = await requested()
    expect(ids).toContain(pending.id)
    for (const id of [granted.id, closed.id, untouched.id]) expect(ids).not.toContain(id)
  })

  it('refuses a half-written request, and a "by" on any other event', async () => {
    const task = await create('Báo cáo chuyên đề')
    const insert = (values: Record<string, unknown>) => insertTaskEvent(db, TENANT, task.id, values)
    await expect(insert({ type: 'EXTENSION_REQUESTED' })).rejects.toThrow(
      /task_event_deadline_check/,
    )
    const deadline = JSON.stringify(dateDeadline('2025-12-31'))
    await expect(insert({ type: 'EXTENSION_REQUESTED', deadline, reason: null })).rejects.toThrow(
      /task_event_extension_request_check/,
    )
    await expect(insert({ type: 'STARTED', by_organization_id: org.SO })).rejects.toThrow(
      /task_event_extension_request_check/,
    )
    await expect(
      insert({ type: 'EXTENSION_DECLINED', by_organization_id: org.SO }),
    ).resolves.toBeDefined()
  })
})
