import { randomUUID } from 'node:crypto'
import {
  type Directive,
  type Organization,
  type Task,
  type TaskId,
  validateNewTask,
} from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { inTenantTransaction } from '../src/tenant/tenant-transaction.js'
import { testBackends } from '../src/testing.js'
import { secrecyFixture } from './support/secrecy-fixture.js'
import { useTestDatabase } from './support/test-database.js'

/**
 * Secrecy flows down the task tree (migration 0008): a task is as secret as the more secret of
 * its document and its parent task, kept by the database when tasks are written, re-parented,
 * or their documents re-marked.
 */
describe.each(testBackends())('secrecy flowing down the task tree on %s', (backend) => {
  const test = useTestDatabase(backend)
  let f: Awaited<ReturnType<typeof secrecyFixture>>
  let lead: Organization
  let secret: Directive
  let plan: Directive
  let s1: Task
  let p0: Task
  let p1: Task
  let p2: Task

  const secrecyOf = (task: Task) => f.ownerRead('task', task.id, 'secrecy')
  const setDirectiveSecrecy = (directive: Directive, secrecy: string) =>
    sql`update directive set secrecy = ${secrecy} where id = ${directive.id}`.execute(
      test.db.kysely,
    )
  const setParent = (task: Task, parent: Task) =>
    sql`update task set parent_id = ${parent.id} where id = ${task.id}`.execute(test.db.kysely)

  beforeAll(async () => {
    f = await secrecyFixture(test.db, 'tinh-mat')
    lead = await f.organization('TU')
    await f.organization('DU-XA', 'COMMUNE')
    secret = await f.documentOfTu('7-KH/TU', '2025-02-01', 'TOI_MAT')
    plan = await f.documentOfTu('8-KH/TU', '2025-03-01', 'PUBLIC')
    s1 = await f.taskOrThrow(f.operator, { directive: secret, lead, reference: '1' })
    p0 = await f.taskOrThrow(f.operator, { directive: plan, lead, reference: '1' })
    p1 = await f.taskOrThrow(f.operator, { directive: plan, lead, reference: '2', parent: s1 })
    p2 = await f.taskOrThrow(f.operator, { directive: plan, lead, reference: '2.1', parent: p1 })
  })

  it('makes a subtask as secret as its parent, whatever its document, down to the leaves', async () => {
    expect(await secrecyOf(p0)).toBe('PUBLIC')
    expect(await secrecyOf(p1)).toBe('TOI_MAT')
    expect(await secrecyOf(p2)).toBe('TOI_MAT')
    for (const clearance of ['PUBLIC', 'MAT'] as const) {
      const tasks = f.at(clearance).tasks
      expect(await tasks.findByIds([p0.id, p1.id, p2.id])).toEqual([
        expect.objectContaining({ id: p0.id }),
        null,
        null,
      ])
    }
    const cleared = f.at('TOI_MAT').tasks
    const [child] = await cleared.findByIds([p1.id])
    expect(child?.parentId).toBe(s1.id)
    expect(await cleared.findById(child!.parentId as TaskId)).not.toBeNull()
  })

  it('answers a filter by a hidden parent exactly as one by an absent id', async () => {
    const list = (clearance: 'PUBLIC' | 'TOI_MAT', parentId: string) =>
      f
        .at(clearance)
        .tasks.list({ first: 10, asOf: '2026-01-01', filter: { parentId: parentId as TaskId } })
    const absent = await list('PUBLIC', randomUUID())
    expect(absent.totalCount).toBe(0)
    expect(await list('PUBLIC', s1.id)).toEqual(absent)
    expect(await list('PUBLIC', p1.id)).toEqual(absent)
    expect((await list('TOI_MAT', s1.id)).totalCount).toBe(1)
    const ofPlan = await f
      .at('PUBLIC')
      .tasks.list({ first: 10, asOf: '2026-01-01', filter: { directiveId: plan.id } })
    expect(ofPlan.edges.map((e) => e.node.id)).toEqual([p0.id])
  })

  it("follows a change of a document's mark down the tree, up and down", async () => {
    const assessment = await f.assessmentOrThrow(f.operator, {
      key: 'so-ket-7-kh-tu',
      directive: secret,
      organization: lead,
    })
    // The tasks under the document, and its assessment, as the document is re-marked.
    for (const mark of ['PUBLIC', 'TUYET_MAT']) {
      await setDirectiveSecrecy(secret, mark)
      expect([
        await secrecyOf(s1),
        await secrecyOf(p1),
        await secrecyOf(p2),
        await f.ownerRead('assessment', assessment.id, 'secrecy'),
      ]).toEqual([mark, mark, mark, mark])
    }
    await setDirectiveSecrecy(secret, 'TOI_MAT')
    expect(await secrecyOf(p2)).toBe('TOI_MAT')
  })

  it('follows a move to another parent, and keeps no secrecy written by hand', async () => {
    await setParent(p1, p0)
    expect([await secrecyOf(p1), await secrecyOf(p2)]).toEqual(['PUBLIC', 'PUBLIC'])
    await setParent(p1, s1)
    expect([await secrecyOf(p1), await secrecyOf(p2)]).toEqual(['TOI_MAT', 'TOI_MAT'])
    await sql`update task set secrecy = 'PUBLIC' where id = ${p2.id}`.execute(test.db.kysely)
    expect(await secrecyOf(p2)).toBe('TOI_MAT')
  })

  it("keeps the function that reads any row's secrecy to the owner's triggers", async () => {
    const probe = inTenantTransaction(
      test.db.kysely,
      'tinh-mat',
      (trx) =>
        sql`select chidao_task_effective_secrecy('tinh-mat', ${secret.id}::uuid, null)`.execute(
          trx,
        ),
      'PUBLIC',
    )
    await expect(probe).rejects.toThrow(/permission denied/)
  })

  it('makes a task cascaded from a secret task secret, however it is created', async () => {
    const cleared = f.at('TOI_MAT')
    const subtasks = [1, 2].map((n) => {
      const v = validateNewTask({
        directiveId: plan.id,
        reference: `1.${n}`,
        title: s1.title,
        leadId: lead.id,
        parentId: s1.id,
      })
      if (!v.ok) throw new Error(v.error.message)
      return v.value
    })
    const result = await cleared.tasks.createMany(subtasks, f.ctx)
    if (!result.ok) throw new Error(result.error.message)
    for (const task of result.value) expect(await secrecyOf(task)).toBe('TOI_MAT')
    expect(await f.at('MAT').tasks.findByIds(result.value.map((t) => t.id))).toEqual([null, null])
  })
})

describe.each(testBackends())('the flow-down migration on %s', (backend) => {
  const test = useTestDatabase(backend)

  it('gives subtasks written before it the secrecy of their secret parents', async () => {
    // The organisation and the documents are written by today's code, on today's schema; the
    // tasks by plain SQL after going back to before 0008 (today's code writes columns later
    // migrations add), as a database of that release held them.
    const f = await secrecyFixture(test.db, 'tinh-cu')
    const lead = await f.organization('TU')
    const secret = await f.documentOfTu('3-KH/TU', '2024-02-01', 'MAT')
    const plan = await f.documentOfTu('4-KH/TU', '2024-03-01', 'PUBLIC')
    const reverted: string[] = []
    for (let i = 0; i < 20 && !reverted.includes('0008-secrecy-flow-down-polyinstantiation'); i++) {
      reverted.push(...(await test.db.migrateDown()).applied)
    }
    expect(reverted.at(-1)).toBe('0008-secrecy-flow-down-polyinstantiation')
    const oldTask = async (
      directive: { id: string },
      reference: string,
      parent: { id: string } | null,
    ) => {
      const { rows } = await sql<{ id: string }>`
        insert into task (tenant_id, directive_id, reference, title, search_key, lead_id, parent_id)
        values (${f.tenantId}, ${directive.id}, ${reference}, ${`Nhiệm vụ ${reference}`},
          ${`nhiem vu ${reference}`}, ${lead.id}, ${parent?.id ?? null})
        returning id`.execute(test.db.kysely)
      return { id: rows[0]!.id }
    }
    const root = await oldTask(secret, '1', null)
    const child = await oldTask(plan, '1', root)
    const leaf = await oldTask(plan, '1.1', child)
    expect(await f.ownerRead('task', leaf.id, 'secrecy')).toBe('PUBLIC')
    await test.db.migrate()
    expect(await f.ownerRead('task', child.id, 'secrecy')).toBe('MAT')
    expect(await f.ownerRead('task', leaf.id, 'secrecy')).toBe('MAT')
    expect(await f.ownerRead('task', root.id, 'secrecy')).toBe('MAT')
  })
})
