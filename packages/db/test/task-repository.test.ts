import type { TaskFilter, TaskOrder } from '@chidao/app'
import {
  asId,
  cancelTask,
  completeTask,
  type Deadline,
  type DirectiveId,
  dateDeadline,
  type IsoDate,
  type NewTask,
  type OrganizationId,
  ongoingDeadline,
  type PeriodReport,
  pauseTask,
  recurringDeadline,
  startTask,
  type Task,
  type TaskId,
  type TaskStatus,
  TIMELINESS_VALUES,
  type Timeliness,
  type TimelinessFacts,
  timeliness,
  validateNewTask,
} from '@chidao/domain'
import fc from 'fast-check'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { KyselyTaskRepository } from '../src/task/kysely-task-repository.js'
import { taskColumns } from '../src/task/task-columns.js'
import { inTenantTransaction } from '../src/tenant/tenant-transaction.js'
import { testBackends } from '../src/testing.js'
import { auditEventCount, auditEventsOf } from './support/audit-events.js'
import {
  insertOrganization,
  insertPlan,
  insertTasks,
  type TaskRowValues,
} from './support/insert-rows.js'
import { dayArb, periodReportArb, recurringRuleArb } from './support/recurring-arbitraries.js'
import {
  TENANT_B as OTHER,
  TENANT_A as TENANT,
  useTwoTenantDatabase,
} from './support/test-database.js'

const ctx = { actor: 'test' }

/** Every statement a repository call sends, minus transaction control and the tenant fence. */
/** How many sessions of this database wait for a lock (PostgreSQL). */
async function rowLockWaiters(db: ChidaoDatabase): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock'`.execute(db.kysely)
  return rows[0]?.n ?? 0
}

const statements: string[] = []
function recordStatement(text: string) {
  if (!/^\s*(begin|commit|rollback|select set_config)/i.test(text)) statements.push(text)
}
async function countStatements(work: () => Promise<unknown>): Promise<number> {
  statements.length = 0
  await work()
  return statements.length
}

describe.each(testBackends())('task repository on %s', (backend) => {
  const test = useTwoTenantDatabase(backend, TENANT, OTHER, {
    onQuery: (e) => recordStatement(e.query.sql),
  })
  let db: ChidaoDatabase
  let tasks: KyselyTaskRepository
  const org: Record<string, OrganizationId> = {}
  let directive: DirectiveId
  let plan: DirectiveId

  async function insertOrg(code: string, parent: string | null, tenant = TENANT) {
    const parentId = parent === null ? null : (org[parent] ?? null)
    org[code] = await insertOrganization(db, tenant, code, { parentId })
    return org[code]
  }

  function insertDirective(number: number, title: string, tenant = TENANT) {
    return insertPlan(db, tenant, {
      number,
      title,
      issuerId: tenant === TENANT ? org.TU! : org.B_TU!,
    })
  }

  /** The columns of a task of the lead SO titled by its reference, with a deadline of any kind. */
  function recurringTaskColumns(reference: string, deadline: Deadline) {
    return taskColumns({
      title: reference,
      description: '',
      reference,
      leadId: org.SO!,
      monitorId: null,
      deadline,
      reportingDuty: null,
    } as never)
  }

  /** Progress reports of the lead SO on a task, as rows: their days and the periods they name. */
  function reportRowsOf(taskId: TaskId, reports: readonly PeriodReport[]) {
    return reports.map((r) => ({
      tenant_id: TENANT,
      task_id: taskId,
      reported_on: r.reportedOn,
      period: r.period ?? null,
      organization_id: org.SO!,
      evidence: '[]',
    }))
  }

  /** What a timeliness property says of its random tasks; status and completion are common. */
  interface TimelinessProperty<Spec extends { status: TaskStatus; completedOn: IsoDate }> {
    /** A document of their own, so that each run lists its tasks only. */
    readonly directive: DirectiveId
    readonly tasks: fc.Arbitrary<Spec[]>
    /** The days tasks are judged on. */
    readonly day: fc.Arbitrary<IsoDate>
    /** The row of a task but its reference, status and completion. */
    readonly rowOf: (
      spec: Spec,
      i: number,
      reference: string,
    ) => Omit<TaskRowValues, 'reference' | 'status' | 'completed_on'>
    /** What the domain judges a task by, but its status and completion. */
    readonly factsOf: (spec: Spec) => Omit<TimelinessFacts, 'status' | 'completedOn'>
    readonly numRuns: number
  }

  /**
   * The property the timeliness filter keeps: for random tasks (and their reports) stored as
   * rows, listing them by each timeliness in SQL, as of a random day, gives exactly the tasks
   * the domain judges so.
   */
  async function agreesWithDomain<Spec extends { status: TaskStatus; completedOn: IsoDate }>(
    property: TimelinessProperty<Spec>,
  ) {
    let run = 0
    await fc.assert(
      fc.asyncProperty(property.tasks, property.day, async (specs, asOf) => {
        run++
        const judged = specs.map((s, i) => ({
          reference: `R${run}.${i}`,
          status: s.status,
          completedOn: s.status === 'COMPLETED' ? s.completedOn : null,
          ...property.factsOf(s),
        }))
        const rows = specs.map((s, i) => {
          const { reference, status, completedOn } = judged[i]!
          return {
            ...property.rowOf(s, i, reference),
            reference,
            status,
            completed_on: completedOn,
          }
        })
        const ids = await insertTasks(db, TENANT, property.directive, rows)
        const facts = judged.map((f, i) => ({ ...f, id: ids[i]! }))
        const reports = facts.flatMap((f) => reportRowsOf(f.id, f.reports ?? []))
        if (reports.length > 0)
          await db.kysely.insertInto('progress_report').values(reports).execute()
        await expectListedAsJudged(property.directive, facts, asOf)
      }),
      { numRuns: property.numRuns },
    )
  }

  /**
   * Lists the tasks of a document by each timeliness, in SQL, and expects among them exactly
   * those of `facts` the domain judges so on `asOf` (other runs' tasks may be listed too).
   */
  async function expectListedAsJudged(
    directiveId: DirectiveId,
    facts: readonly (TimelinessFacts & { readonly id: TaskId })[],
    asOf: IsoDate,
  ) {
    const inRun = (list: readonly Task[]) => list.filter((t) => facts.some((f) => f.id === t.id))
    for (const value of TIMELINESS_VALUES) {
      const listed = await tasks.list({
        filter: { directiveId, timeliness: [value] },
        asOf,
        first: 500,
      })
      const expected = facts
        .filter((f) => timeliness(f, asOf) === value)
        .map((f) => f.id)
        .sort()
      expect(
        inRun(listed.edges.map((e) => e.node))
          .map((t) => t.id)
          .sort(),
        `${value} as of ${asOf}`,
      ).toEqual(expected)
    }
  }

  function newTask(fields: {
    title: string
    lead: string
    coordinators?: string[]
    reference?: string
    due?: IsoDate | 'ONGOING'
    parent?: TaskId
    directiveId?: DirectiveId
  }): NewTask {
    const r = validateNewTask({
      directiveId: fields.directiveId ?? directive,
      reference: fields.reference ?? null,
      title: fields.title,
      leadId: org[fields.lead]!,
      coordinatorIds: (fields.coordinators ?? []).map((c) => org[c]!),
      parentId: fields.parent ?? null,
    })
    if (!r.ok) throw new Error(r.error.message)
    const deadline =
      fields.due === undefined
        ? null
        : fields.due === 'ONGOING'
          ? ongoingDeadline()
          : dateDeadline(fields.due)
    return { ...r.value, deadline }
  }

  async function create(fields: Parameters<typeof newTask>[0]): Promise<Task> {
    const r = await tasks.create(newTask(fields), ctx)
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.value
  }

  const auditCount = (entityId?: string) => auditEventCount(db, entityId)

  beforeAll(async () => {
    db = test.db
    // A tree three levels below TU, and bodies outside it.
    await insertOrg('TU', null)
    await insertOrg('UB', 'TU')
    await insertOrg('SO', 'UB')
    await insertOrg('PHONG', 'SO')
    await insertOrg('MTTQ', null)
    await insertOrg('HOI', null)
    await insertOrg('B_TU', null, OTHER)
    directive = await insertDirective(1, 'Kế hoạch thực hiện Kết luận 93')
    plan = await insertDirective(2, 'Kế hoạch của Ủy ban')
    await db.kysely
      .insertInto('directive_relation')
      .values({
        tenant_id: TENANT,
        source_id: plan,
        target_id: directive,
        type: 'IMPLEMENTS',
        effective_on: '2025-02-01',
      })
      .execute()
    tasks = new KyselyTaskRepository(db.kysely, TENANT)
  })

  it('creates a task with coordinators and its audit event, and reads it back whole', async () => {
    const created = await tasks.create(
      newTask({
        title: 'Tổ chức Hội thảo khoa học',
        lead: 'UB',
        coordinators: ['MTTQ', 'SO'],
        reference: 'I.1',
        due: '2025-06-30',
      }),
      ctx,
    )
    expect(created.ok).toBe(true)
    if (!created.ok) return
    const task = created.value
    expect(task).toMatchObject({
      status: 'NOT_STARTED',
      version: 1,
      coordinatorIds: [org.MTTQ, org.SO],
      deadline: { kind: 'DATE', due: '2025-06-30' },
      history: [],
    })
    expect(Object.isFrozen(task)).toBe(true)
    const read = await tasks.findById(task.id)
    expect(read).toEqual(task)
    expect(Object.isFrozen(read)).toBe(true)
    expect(Object.isFrozen(read!.coordinatorIds)).toBe(true)
    expect(await tasks.findById(asId<TaskId>('not-a-uuid'))).toBeNull()
    const missing = asId<TaskId>('00000000-0000-4000-8000-000000000000')
    expect(await tasks.findByIds([missing, task.id, asId<TaskId>('x')])).toEqual([null, task, null])
    const stored = await db.kysely
      .selectFrom('task')
      .select(['deadline', 'deadline_kind', 'deadline_due', 'search_key'])
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow()
    expect(stored).toEqual({
      deadline: task.deadline,
      deadline_kind: 'DATE',
      deadline_due: '2025-06-30',
      search_key: 'i.1 to chuc hoi thao khoa hoc',
    })
    const audit = await auditEventsOf(db, task.id)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'task.create', entity_type: 'Task', before: null })
    expect(audit[0]!.after).toMatchObject({ title: 'Tổ chức Hội thảo khoa học', version: 1 })
  })

  it('refuses unknown references with their path and a taken reference, writing nothing', async () => {
    const before = await auditCount()
    const nobody = asId<OrganizationId>('00000000-0000-4000-8000-00000000000a')
    const base = newTask({ title: 'X', lead: 'UB', coordinators: ['SO'] })
    const cases: [Partial<NewTask>, string, (string | number)[]][] = [
      [
        { directiveId: asId<DirectiveId>('00000000-0000-4000-8000-00000000000b') },
        'DIRECTIVE_NOT_FOUND',
        ['directiveId'],
      ],
      [{ leadId: nobody }, 'LEAD_NOT_FOUND', ['leadId']],
      [{ coordinatorIds: [org.SO!, nobody] }, 'COORDINATOR_NOT_FOUND', ['coordinatorIds', 1]],
      [{ monitorId: nobody }, 'MONITOR_NOT_FOUND', ['monitorId']],
      [
        { reportingDuty: { cadence: 'YEARLY', recipientId: nobody } },
        'RECIPIENT_NOT_FOUND',
        ['reportingDuty', 'recipientId'],
      ],
      [
        { parentId: asId<TaskId>('00000000-0000-4000-8000-00000000000c') },
        'PARENT_NOT_FOUND',
        ['parentId'],
      ],
      // Another tenant's organisation is as unknown as a made-up one.
      [{ leadId: org.B_TU! }, 'LEAD_NOT_FOUND', ['leadId']],
    ]
    for (const [change, code, path] of cases) {
      const r = await tasks.create({ ...base, ...change }, ctx)
      expect(!r.ok && { code: r.error.code, path: r.error.path }).toEqual({ code, path })
    }
    const taken = await tasks.create(newTask({ title: 'Y', lead: 'SO', reference: 'I.1' }), ctx)
    expect(!taken.ok && taken.error).toMatchObject({
      code: 'TASK_REFERENCE_TAKEN',
      path: ['reference'],
    })
    expect(await auditCount()).toBe(before)
  })

  describe('lists and counts', () => {
    // Judged on two days: 2025-06-30 (a due day) and 2025-07-01 (the day after).
    let fixtures: Record<string, Task>

    beforeAll(async () => {
      const d = await insertDirective(3, 'Chương trình hành động')
      const t = (fields: Parameters<typeof newTask>[0]) => create({ directiveId: d, ...fields })
      fixtures = {
        dueOpen: await t({
          title: 'Xây dựng đề án',
          lead: 'TU',
          reference: 'A.1',
          due: '2025-06-30',
        }),
        lateDone: await t({ title: 'Sơ kết', lead: 'UB', reference: 'A.2', due: '2025-03-31' }),
        onTime: await t({ title: 'Tổng kết', lead: 'SO', reference: 'A.3', due: '2025-06-30' }),
        ongoing: await t({ title: 'Tuyên truyền thường xuyên', lead: 'PHONG', due: 'ONGOING' }),
        noDue: await t({ title: 'Kiểm tra, giám sát', lead: 'MTTQ', coordinators: ['PHONG'] }),
        cancelled: await t({ title: 'Hội nghị đã hủy', lead: 'SO', due: '2025-01-31' }),
        future: await t({ title: 'Đại hội', lead: 'HOI', coordinators: ['UB'], due: '2026-12-31' }),
        doneLater: await t({ title: 'Hoàn thành sau', lead: 'UB', due: '2025-06-30' }),
      }
      const apply = async (task: Task, step: Parameters<KyselyTaskRepository['transition']>[1]) => {
        const r = await tasks.transition(task.id, step, task.version, ctx)
        if (!r.ok) throw new Error(r.error.code)
        return r.value.task
      }
      fixtures.lateDone = await apply(fixtures.lateDone!, (x) =>
        completeTask(x, { on: '2025-04-15' }),
      )
      fixtures.onTime = await apply(fixtures.onTime!, (x) => completeTask(x, { on: '2025-06-30' }))
      fixtures.cancelled = await apply(fixtures.cancelled!, (x) =>
        cancelTask(x, { on: '2025-02-01', reason: 'Thay thế' }),
      )
      fixtures.doneLater = await apply(fixtures.doneLater!, (x) =>
        completeTask(x, { on: '2025-07-01' }),
      )
      fixtures.noDue = await apply(fixtures.noDue!, (x) => startTask(x, { on: '2025-02-01' }))
      fixtures.noDue = await apply(fixtures.noDue!, (x) => pauseTask(x, { on: '2025-02-02' }))
    })

    const ids = async (filter: TaskFilter, asOf?: IsoDate, orderBy?: TaskOrder) =>
      (await tasks.list({ filter, asOf: asOf ?? null, orderBy: orderBy ?? null, first: 100 })).edges
        .map((e) => e.node.id)
        .sort()
    const names = (...keys: string[]) => keys.map((k) => fixtures[k]!.id).sort()
    const inProgramme = () => ({ directiveId: fixtures.dueOpen!.directiveId })

    it('filters by timeliness as of a day, in SQL, as the domain judges', async () => {
      const expected: Record<IsoDate, Record<Timeliness, string[]>> = {
        '2025-06-30': {
          COMPLETED_ON_TIME: ['onTime'],
          COMPLETED_LATE: ['lateDone'],
          IN_PROGRESS: ['dueOpen', 'ongoing', 'noDue', 'future', 'doneLater'],
          OVERDUE: [],
        },
        '2025-07-01': {
          COMPLETED_ON_TIME: ['onTime'],
          COMPLETED_LATE: ['lateDone', 'doneLater'],
          IN_PROGRESS: ['ongoing', 'noDue', 'future'],
          OVERDUE: ['dueOpen'],
        },
      }
      for (const [asOf, byValue] of Object.entries(expected)) {
        for (const value of TIMELINESS_VALUES) {
          const got = await ids({ ...inProgramme(), timeliness: [value] }, asOf)
          expect({ asOf, value, got }).toEqual({ asOf, value, got: names(...byValue[value]) })
          // The domain agrees with every row returned.
          for (const id of got) {
            const task = Object.values(fixtures).find((t) => t.id === id)!
            expect(timeliness({ ...task, due: task.deadline?.due ?? null }, asOf)).toBe(value)
          }
        }
      }
      expect(
        await ids({ ...inProgramme(), timeliness: ['OVERDUE', 'COMPLETED_LATE'] }, '2025-07-01'),
      ).toEqual(names('dueOpen', 'lateDone', 'doneLater'))
    })

    it('filters by lead with its subtree three levels deep, coordinator, involvement and status', async () => {
      expect(await ids({ ...inProgramme(), leadOrganizationId: org.TU! })).toEqual(names('dueOpen'))
      expect(
        await ids({ ...inProgramme(), leadOrganizationId: org.TU!, includeSubtree: true }),
      ).toEqual(names('dueOpen', 'lateDone', 'onTime', 'ongoing', 'cancelled', 'doneLater'))
      expect(
        await ids({ ...inProgramme(), leadOrganizationId: org.SO!, includeSubtree: true }),
      ).toEqual(names('onTime', 'ongoing', 'cancelled'))
      expect(await ids({ ...inProgramme(), coordinatorOrganizationId: org.UB! })).toEqual(
        names('future'),
      )
      expect(await ids({ ...inProgramme(), involvedOrganizationId: org.PHONG! })).toEqual(
        names('ongoing', 'noDue'),
      )
      expect(await ids({ ...inProgramme(), status: ['PAUSED', 'CANCELLED'] })).toEqual(
        names('noDue', 'cancelled'),
      )
      expect(
        await ids({ ...inProgramme(), leadOrganizationId: asId<OrganizationId>('bad') }),
      ).toEqual([])
    })

    it('filters by due range, search without accents, directive chain and parent', async () => {
      expect(await ids({ ...inProgramme(), dueFrom: '2025-03-31', dueTo: '2025-06-30' })).toEqual(
        names('dueOpen', 'lateDone', 'onTime', 'doneLater'),
      )
      expect(await ids({ ...inProgramme(), dueFrom: '2026-01-01' })).toEqual(names('future'))
      expect(await ids({ search: 'TUYEN truyen' })).toEqual(names('ongoing'))
      expect(await ids({ search: 'kiem tra giam sat' })).toEqual(names('noDue'))
      expect(await ids({ search: 'dai hoi' })).toEqual(names('future'))
      expect(await ids({ search: '100%' })).toEqual([])
      const child = await create({
        directiveId: plan,
        title: 'Nhiệm vụ con',
        lead: 'SO',
        parent: fixtures.dueOpen!.id,
      })
      const chainRoot = await ids({ directiveId: directive, includeImplementing: true })
      expect(chainRoot).toContain(child.id)
      expect(await ids({ directiveId: directive })).not.toContain(child.id)
      expect(await ids({ parentId: fixtures.dueOpen!.id })).toEqual([child.id])
      expect(await ids({ directiveId: plan, rootsOnly: true })).toEqual([])
      const subtasks = await tasks.subtasksOf([fixtures.dueOpen!.id, fixtures.onTime!.id])
      expect(subtasks.get(fixtures.dueOpen!.id)?.map((t) => t.id)).toEqual([child.id])
      expect(subtasks.get(fixtures.onTime!.id)).toEqual([])
    })

    it('pages with stable cursors in every order, forwards and backwards', async () => {
      const orders: TaskOrder[] = ['DUE_ASC', 'DUE_DESC', 'REFERENCE_ASC', 'CREATED_ASC']
      for (const orderBy of orders) {
        const all = (await tasks.list({ filter: inProgramme(), orderBy, first: 100 })).edges.map(
          (e) => e.node,
        )
        expect(all).toHaveLength(8)
        const seen: string[] = []
        let after: string | null = null
        for (;;) {
          const page = await tasks.list({ filter: inProgramme(), orderBy, first: 3, after })
          expect(page.totalCount).toBe(8)
          seen.push(...page.edges.map((e) => e.node.id))
          if (!page.hasNextPage) break
          after = page.edges.at(-1)!.cursor
        }
        expect(seen).toEqual(all.map((t) => t.id))
        const lastPage = await tasks.list({ filter: inProgramme(), orderBy, last: 3 })
        expect(lastPage.edges.map((e) => e.node.id)).toEqual(all.slice(-3).map((t) => t.id))
        const back = await tasks.list({
          filter: inProgramme(),
          orderBy,
          last: 2,
          before: lastPage.edges[0]!.cursor,
        })
        expect(back.edges.map((e) => e.node.id)).toEqual(all.slice(3, 5).map((t) => t.id))
        expect(back.hasPreviousPage).toBe(true)
        const dues = all.map((t) => t.deadline?.due ?? null)
        if (orderBy === 'DUE_ASC' || orderBy === 'DUE_DESC') {
          const dated = dues.filter((d) => d !== null)
          const sorted = [...dated].sort()
          expect(dated).toEqual(orderBy === 'DUE_ASC' ? sorted : sorted.reverse())
          // Tasks without a due day come last both ways.
          expect(dues.slice(dated.length).every((d) => d === null)).toBe(true)
        }
        if (orderBy === 'REFERENCE_ASC') {
          expect(all.map((t) => t.reference).slice(0, 3)).toEqual(['A.1', 'A.2', 'A.3'])
        }
      }
      await expect(
        tasks.list({
          orderBy: 'DUE_ASC',
          after: (await tasks.list({ orderBy: 'CREATED_ASC' })).edges[0]!.cursor,
        }),
      ).rejects.toThrow(/Invalid cursor/)
    })

    it('brings the organisations, documents and reports of a page in the same statement', async () => {
      const request = { filter: {}, orderBy: 'DUE_ASC' as const, first: 500, asOf: '2025-07-01' }
      const reported = (await tasks.list(request)).edges[0]!.node.id
      for (const [n, percent] of [
        [1, 20],
        [2, 45],
      ] as const) {
        const r = await tasks.appendProgressReport(
          {
            id: `30000000-0000-4000-8000-00000000000${n}`,
            taskId: reported,
            reportedOn: `2025-0${n}-10`,
            organizationId: org.SO!,
            percent,
          },
          ctx,
        )
        expect(r.ok).toBe(true)
      }
      let got: Awaited<ReturnType<typeof tasks.listWithRelated>> | undefined
      expect(
        await countStatements(async () => {
          got = await tasks.listWithRelated(request, {
            organizations: true,
            directives: true,
            progressReports: true,
          })
        }),
      ).toBe(1)
      const page = await tasks.list(request)
      expect(got!.page).toEqual(page)
      const taskIds = page.edges.map((e) => e.node.id)
      const orgIds = [
        ...new Set(
          page.edges.flatMap((e) => [e.node.leadId, e.node.monitorId, ...e.node.coordinatorIds]),
        ),
      ].filter((id) => id !== null)
      const directives = db.forTenant(TENANT).directives
      const dirIds = [...new Set(page.edges.map((e) => e.node.directiveId))]
      expect(new Map(got!.related.organizations)).toEqual(
        new Map(
          (await db.forTenant(TENANT).organizations.findByIds(orgIds as never)).map((o) => [
            o!.id,
            o,
          ]),
        ),
      )
      expect(new Map(got!.related.directives)).toEqual(
        new Map((await directives.findByIds(dirIds)).map((d) => [d!.id, d])),
      )
      const reports = await tasks.progressReportsOf(taskIds)
      expect(got!.related.progressReports.size).toBe(taskIds.length)
      for (const id of taskIds) {
        expect(got!.related.progressReports.get(id)).toEqual(reports.get(id) ?? [])
      }
      expect(got!.related.progressReports.get(reported)!.map((r) => r.percent)).toEqual([20, 45])
      // Nothing asked, nothing brought.
      const bare = await tasks.listWithRelated(request, {})
      expect(bare.related.organizations.size + bare.related.directives.size).toBe(0)
    })

    it('brings the organisations, documents and reports of tasks by id in the same statement', async () => {
      const page = await tasks.list({ orderBy: 'DUE_ASC', first: 4, asOf: '2025-07-01' })
      const [a, b] = page.edges.map((e) => e.node.id) as [TaskId, TaskId]
      const absent = '00000000-0000-4000-8000-0000000000ff' as TaskId
      const ids = [b, 'not-a-uuid' as TaskId, absent, a, a.toUpperCase() as TaskId]
      const all = { organizations: true, directives: true, progressReports: true }
      let got: Awaited<ReturnType<typeof tasks.findByIdsWithRelated>> | undefined
      expect(
        await countStatements(async () => {
          got = await tasks.findByIdsWithRelated(ids, all)
        }),
      ).toBe(1)
      // The tasks as findByIds gives them, in the order asked, null where none.
      expect(got!.tasks).toEqual(await tasks.findByIds(ids))
      // The related records as a page of the same tasks brings them along.
      const listed = await tasks.listWithRelated(
        { filter: {}, orderBy: 'DUE_ASC', first: 4, asOf: '2025-07-01' },
        all,
      )
      for (const task of [a, b].map((id) => got!.tasks.find((t) => t?.id === id)!)) {
        expect(got!.related.organizations.get(task.leadId)).toEqual(
          listed.related.organizations.get(task.leadId),
        )
        expect(got!.related.directives.get(task.directiveId)).toEqual(
          listed.related.directives.get(task.directiveId),
        )
        expect(got!.related.progressReports.get(task.id)).toEqual(
          listed.related.progressReports.get(task.id),
        )
      }
      expect([...got!.related.progressReports.keys()].sort()).toEqual([a, b].sort())
      // Nothing asked, nothing brought; no id worth asking, no statement.
      const bare = await tasks.findByIdsWithRelated([a], {})
      expect(bare.related.organizations.size + bare.related.directives.size).toBe(0)
      expect(await countStatements(() => tasks.findByIdsWithRelated(['x' as TaskId], all))).toBe(0)
    })

    it('gives the first pages of many lists in one statement, each as list gives it', async () => {
      const lists = [
        { key: 'programme', filter: inProgramme(), orderBy: 'REFERENCE_ASC' as const, first: 3 },
        { key: 'overdue', filter: { timeliness: ['OVERDUE' as const] }, first: 2 },
        { key: 'all-by-due', filter: {}, orderBy: 'DUE_DESC' as const, first: 500 },
        { key: 'created', filter: {}, orderBy: 'CREATED_ASC' as const },
        { key: 'none', filter: { dueFrom: '2999-01-01' as IsoDate } },
        { key: 'zero', filter: inProgramme(), first: 0 },
      ]
      let pages: Awaited<ReturnType<typeof tasks.listMany>> | undefined
      expect(
        await countStatements(async () => {
          pages = await tasks.listMany(lists, '2025-07-01')
        }),
      ).toBe(1)
      for (const { key, ...request } of lists) {
        const alone = await tasks.list({ ...request, asOf: '2025-07-01' })
        expect(pages!.get(key), key).toEqual(alone)
      }
      expect(pages!.get('programme')!.edges).toHaveLength(3)
      expect(pages!.get('none')!.totalCount).toBe(0)
      expect(pages!.get('zero')!.totalCount).toBeGreaterThan(0)
      expect(await tasks.listMany([])).toEqual(new Map())
    })

    it('loads many tasks, and their reports, with one statement each', async () => {
      const all = Object.values(fixtures).map((t) => t.id)
      expect(await countStatements(() => tasks.progressReportsOf(all, { latestOnly: true }))).toBe(
        1,
      )
      expect(await countStatements(() => tasks.findByIds(all))).toBe(1)
      // A first page counts its list in the same statement; past a cursor, a second one.
      expect(await countStatements(() => tasks.list({ filter: inProgramme(), first: 50 }))).toBe(1)
      const first = await tasks.list({ filter: inProgramme(), first: 2 })
      let second: Awaited<ReturnType<typeof tasks.list>> | undefined
      expect(
        await countStatements(async () => {
          second = await tasks.list({
            filter: inProgramme(),
            first: 2,
            after: first.edges[1]!.cursor,
          })
        }),
      ).toBe(2)
      expect(second!.totalCount).toBe(first.totalCount)
      // The window count holds for a page of none and for a list of none.
      const none = await tasks.list({ filter: inProgramme(), first: 0 })
      expect(none.edges).toHaveLength(0)
      expect(none.totalCount).toBe(first.totalCount)
      const empty = await tasks.list({ filter: { ...inProgramme(), dueFrom: '2999-01-01' } })
      expect(empty.totalCount).toBe(0)
    })
  })

  it('agrees with the domain on random tasks (the timeliness filter)', async () => {
    const day = dayArb(2025, 120)
    await agreesWithDomain({
      directive: await insertDirective(4, 'Ngẫu nhiên'),
      tasks: fc.array(
        fc.record({
          due: fc.option(day, { nil: null }),
          status: fc.constantFrom('NOT_STARTED', 'IN_PROGRESS', 'PAUSED', 'COMPLETED', 'CANCELLED'),
          completedOn: day,
        }),
        { minLength: 1, maxLength: 25 },
      ),
      day,
      rowOf: (s, i) => ({
        title: `t${i}`,
        search_key: `t${i}`,
        lead_id: org.SO!,
        deadline: s.due === null ? null : JSON.stringify(dateDeadline(s.due)),
        deadline_kind: s.due === null ? null : 'DATE',
        deadline_due: s.due,
      }),
      factsOf: (s) => ({ due: s.due }),
      numRuns: 12,
    })
  })

  it('judges a recurring task by the period a report names, not by its date alone', async () => {
    const d = await insertDirective(6, 'Báo cáo hằng năm')
    const yearly = recurringDeadline('YEARLY', '2024-01-01')
    const cases = [
      // Named for 2025, filed late in January 2026: 2025 is answered (received late).
      {
        reference: 'N.1',
        reports: [{ reportedOn: '2026-01-10', period: '2025' }],
        expected: 'IN_PROGRESS',
      },
      // Dated within 2025 but named for 2024: 2025 is not answered.
      {
        reference: 'N.2',
        reports: [{ reportedOn: '2025-06-01', period: '2024' }],
        expected: 'OVERDUE',
      },
      // Named for a quarter, not a period of a yearly duty: read by its date, within 2025.
      {
        reference: 'N.3',
        reports: [{ reportedOn: '2025-06-01', period: '2025-Q2' }],
        expected: 'IN_PROGRESS',
      },
    ] as const
    for (const c of cases) {
      const [id] = await insertTasks(db, TENANT, d, [
        {
          reference: c.reference,
          status: 'IN_PROGRESS',
          ...recurringTaskColumns(c.reference, yearly),
        },
      ])
      await db.kysely.insertInto('progress_report').values(reportRowsOf(id!, c.reports)).execute()
      const facts = {
        due: null,
        deadline: yearly,
        reports: c.reports,
        status: 'IN_PROGRESS',
        completedOn: null,
      } as const
      expect(timeliness(facts, '2026-02-01'), c.reference).toBe(c.expected)
      const listed = await tasks.list({
        filter: { directiveId: d, timeliness: [c.expected] },
        asOf: '2026-02-01',
        first: 50,
      })
      expect(
        listed.edges.map((e) => e.node.reference),
        c.reference,
      ).toContain(c.reference)
    }
  })

  it('agrees with the domain on recurring tasks: fixed due day, first and last period, reports in and out of the windows, naming a period or not', async () => {
    const day = dayArb(2024, 1200)
    const taskArb = fc.record({
      deadline: recurringRuleArb(day),
      status: fc.constantFrom('NOT_STARTED', 'IN_PROGRESS', 'PAUSED', 'COMPLETED', 'CANCELLED'),
      completedOn: day,
      // Reports that name a period (of the task's cadence or of another) or none.
      reports: fc.array(periodReportArb(day), { maxLength: 4 }),
    })
    await agreesWithDomain({
      directive: await insertDirective(5, 'Định kỳ ngẫu nhiên'),
      tasks: fc.array(taskArb, { minLength: 1, maxLength: 12 }),
      day,
      rowOf: (s, _i, reference) => recurringTaskColumns(reference, s.deadline),
      factsOf: (s) => ({ due: null, deadline: s.deadline, reports: s.reports }),
      numRuns: 25,
    })
  })

  describe('changes', () => {
    let task: Task

    beforeAll(async () => {
      task = await create({
        title: 'Sửa đổi',
        lead: 'SO',
        coordinators: ['MTTQ'],
        due: '2025-09-30',
      })
    })

    it('updates with optimistic concurrency, bumping the version and auditing before/after', async () => {
      const r = await tasks.update(
        task.id,
        {
          title: 'Sửa  đổi lần một',
          coordinatorIds: [org.HOI!, org.MTTQ!],
          deadline: dateDeadline('2025-10-31'),
          monitorId: org.TU!,
          reportingDuty: { cadence: 'QUARTERLY', recipientId: org.UB! },
        },
        1,
        ctx,
      )
      expect(r.ok).toBe(true)
      if (!r.ok) return
      expect(r.value).toMatchObject({
        title: 'Sửa đổi lần một',
        version: 2,
        coordinatorIds: [org.HOI, org.MTTQ],
        deadline: { due: '2025-10-31' },
        monitorId: org.TU,
        reportingDuty: { cadence: 'QUARTERLY', recipientId: org.UB },
      })
      expect(await tasks.findById(task.id)).toEqual(r.value)
      expect(
        (await tasks.list({ filter: { search: 'lan mot' } })).edges.map((e) => e.node.id),
      ).toEqual([task.id])
      const stale = await tasks.update(task.id, { title: 'Cũ' }, 1, ctx)
      expect(!stale.ok && stale.error).toMatchObject({
        code: 'CONFLICT',
        path: ['version'],
        value: 2,
      })
      expect(!stale.ok && stale.error.message).toMatch(/version 2/)
      const bad = await tasks.update(task.id, { leadId: org.HOI! }, 2, ctx)
      expect(!bad.ok && bad.error).toMatchObject({
        code: 'LEAD_ALSO_COORDINATOR',
        path: ['coordinatorIds', 0],
      })
      const unknown = await tasks.update(
        task.id,
        { monitorId: asId<OrganizationId>('00000000-0000-4000-8000-0000000000ff') },
        2,
        ctx,
      )
      expect(!unknown.ok && unknown.error.code).toBe('MONITOR_NOT_FOUND')
      const cleared = await tasks.update(
        task.id,
        { monitorId: null, deadline: null, reportingDuty: null },
        2,
        ctx,
      )
      expect(cleared.ok && cleared.value).toMatchObject({
        monitorId: null,
        deadline: null,
        reportingDuty: null,
        version: 3,
      })
      task = (await tasks.findById(task.id))!
      const audit = await db.kysely
        .selectFrom('audit_event')
        .select(['action', 'before', 'after'])
        .where('entity_id', '=', task.id)
        .where('action', '=', 'task.update')
        .orderBy('id')
        .execute()
      expect(audit).toHaveLength(2)
      expect(audit[0]!.before).toMatchObject({ title: 'Sửa đổi', version: 1 })
      expect(audit[0]!.after).toMatchObject({ title: 'Sửa đổi lần một', version: 2 })
    })

    it('lets exactly one of 8 parallel updates at the same version win', async () => {
      const version = task.version
      const auditsBefore = await auditCount(task.id)
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          tasks.update(task.id, { title: `Đồng thời ${i}` }, version, ctx),
        ),
      )
      const wins = results.filter((r) => r.ok)
      const losses = results.filter((r) => !r.ok)
      expect(wins).toHaveLength(1)
      expect(losses).toHaveLength(7)
      for (const loss of losses) {
        expect(!loss.ok && loss.error.code).toBe('CONFLICT')
        expect(!loss.ok && loss.error.message).toContain(`version ${version + 1}`)
      }
      const stored = await tasks.findById(task.id)
      expect(stored!.version).toBe(version + 1)
      expect(wins[0]!.ok && stored!.title).toBe(wins[0]!.ok && wins[0]!.value.title)
      expect(await auditCount(task.id)).toBe(auditsBefore + 1)
      task = stored!
    })

    it.runIf(backend === 'postgres')(
      'keeps the version check in the UPDATE itself: 8 writers past the read still change once',
      async () => {
        const version = task.version
        let pending: Promise<Awaited<ReturnType<typeof tasks.update>>[]> = Promise.resolve([])
        statements.length = 0
        // Hold the row so that every writer reads the same version and queues on its UPDATE.
        await db.kysely.transaction().execute(async (trx) => {
          await sql`select 1 from task where id = ${task.id} for update`.execute(trx)
          pending = Promise.all(
            Array.from({ length: 8 }, (_, i) =>
              tasks.update(task.id, { title: `Xếp hàng ${i}` }, version, ctx),
            ),
          )
          // Until every writer waits on the row (or has failed): no fixed pause, which a loaded
          // machine could outlast before the writers queue.
          let settled = false
          const settle = () => {
            settled = true
          }
          pending.then(settle, settle)
          while (!settled && (await rowLockWaiters(db)) < 8) {
            await new Promise((resolve) => setTimeout(resolve, 20))
          }
        })
        const results = await pending
        expect(statements.filter((text) => /^update "task"/.test(text))).toHaveLength(8)
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(results.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(7)
        task = (await tasks.findById(task.id))!
        expect(task.version).toBe(version + 1)
      },
    )

    it('runs the lifecycle through the domain, appending events; errors come back as values', async () => {
      const started = await tasks.transition(
        task.id,
        (t) => startTask(t, { on: '2025-03-01' }),
        task.version,
        ctx,
      )
      expect(started.ok && started.value.task).toMatchObject({
        status: 'IN_PROGRESS',
        version: task.version + 1,
      })
      const v = task.version + 1
      const stale = await tasks.transition(
        task.id,
        { type: 'PAUSED', on: '2025-03-02' },
        task.version,
        ctx,
      )
      expect(!stale.ok && stale.error.code).toBe('CONFLICT')
      const early = await tasks.transition(task.id, { type: 'PAUSED', on: '2025-02-01' }, v, ctx)
      expect(!early.ok && early.error.code).toBe('EVENT_BEFORE_PREVIOUS')
      const noReason = await tasks.transition(
        task.id,
        { type: 'CANCELLED', on: '2025-03-05' },
        v,
        ctx,
      )
      expect(!noReason.ok && noReason.error.code).toBe('REASON_REQUIRED')
      const done = await tasks.transition(task.id, { type: 'COMPLETED', on: '2025-09-30' }, v, ctx)
      expect(done.ok && done.value.task).toMatchObject({
        status: 'COMPLETED',
        completedOn: '2025-09-30',
        version: v + 1,
      })
      const again = await tasks.transition(
        task.id,
        (t) => completeTask(t, { on: '2025-10-01' }),
        v + 1,
        ctx,
      )
      expect(!again.ok && again.error.code).toBe('TASK_ALREADY_COMPLETED')
      const reopened = await tasks.transition(
        task.id,
        { type: 'REOPENED', on: '2025-10-02', reason: 'Chưa đạt' },
        v + 1,
        ctx,
      )
      expect(reopened.ok && reopened.value.task).toMatchObject({
        status: 'IN_PROGRESS',
        completedOn: null,
      })
      const stored = await tasks.findById(task.id)
      expect(stored!.history.map((e) => [e.type, e.from, e.to, e.on, e.reason])).toEqual([
        ['STARTED', 'NOT_STARTED', 'IN_PROGRESS', '2025-03-01', null],
        ['COMPLETED', 'IN_PROGRESS', 'COMPLETED', '2025-09-30', null],
        ['REOPENED', 'COMPLETED', 'IN_PROGRESS', '2025-10-02', 'Chưa đạt'],
      ])
      expect(stored!.version).toBe(v + 2)
      const actions = await db.kysely
        .selectFrom('audit_event')
        .select('action')
        .where('entity_id', '=', task.id)
        .where('action', 'like', 'task.%ed')
        .orderBy('id')
        .execute()
      expect(actions.map((a) => a.action)).toEqual([
        'task.started',
        'task.completed',
        'task.reopened',
      ])
      expect(
        await tasks.transition(
          asId<TaskId>('00000000-0000-4000-8000-000000000000'),
          { type: 'STARTED', on: '2025-01-01' },
          1,
          ctx,
        ),
      ).toMatchObject({ ok: false, error: { code: 'TASK_NOT_FOUND' } })
      task = stored!
    })

    it('appends progress reports, once per idempotency key even when calls race', async () => {
      const report = (id: string, reportedOn: string, percent: number | null = 40) => ({
        id,
        taskId: task.id,
        reportedOn,
        organizationId: org.SO!,
        percent,
        narrative: 'Đã triển khai',
        evidence: ['https://example.gov.vn/bc-1'],
      })
      const first = await tasks.appendProgressReport(
        report('10000000-0000-4000-8000-000000000001', '2025-04-01'),
        ctx,
        'key-1',
      )
      expect(first.ok && first.value).toMatchObject({
        percent: 40,
        evidence: ['https://example.gov.vn/bc-1'],
      })
      const audits = await auditCount()
      const replay = await tasks.appendProgressReport(
        report('10000000-0000-4000-8000-000000000002', '2025-05-01', 90),
        ctx,
        'key-1',
      )
      expect(replay.ok && replay.value).toEqual(first.ok && first.value)
      expect(await auditCount()).toBe(audits)
      const racing = await Promise.all(
        [3, 4, 5, 6].map((n) =>
          tasks.appendProgressReport(
            report(`10000000-0000-4000-8000-00000000000${n}`, '2025-05-01', 50 + n),
            ctx,
            'key-race',
          ),
        ),
      )
      expect(racing.every((r) => r.ok)).toBe(true)
      const winnerIds = new Set(racing.map((r) => r.ok && r.value.id))
      expect(winnerIds.size).toBe(1)
      expect(await auditCount()).toBe(audits + 1)
      const before = await tasks.appendProgressReport(
        report('10000000-0000-4000-8000-000000000007', '2025-03-01'),
        ctx,
      )
      expect(!before.ok && before.error.code).toBe('REPORT_BEFORE_PREVIOUS')
      const dup = await tasks.appendProgressReport(
        report('10000000-0000-4000-8000-000000000001', '2025-06-01'),
        ctx,
      )
      expect(!dup.ok && dup.error.code).toBe('DUPLICATE_REPORT')
      const invalid = await tasks.appendProgressReport(
        report('10000000-0000-4000-8000-000000000008', '2025-06-01', 120),
        ctx,
      )
      expect(!invalid.ok && invalid.error).toMatchObject({
        code: 'INVALID_PERCENT',
        path: ['percent'],
      })
      const noTask = await tasks.appendProgressReport(
        {
          ...report('10000000-0000-4000-8000-000000000009', '2025-06-01'),
          taskId: '00000000-0000-4000-8000-000000000000',
        },
        ctx,
      )
      expect(!noTask.ok && noTask.error.code).toBe('TASK_NOT_FOUND')
      const all = await tasks.progressReportsOf([task.id])
      expect(all.get(task.id)!.map((r) => r.reportedOn)).toEqual(['2025-04-01', '2025-05-01'])
      const latest = await tasks.progressReportsOf([task.id, asId<TaskId>('bad')], {
        latestOnly: true,
      })
      expect(latest.get(task.id)!.map((r) => r.id)).toEqual([...winnerIds])
      expect(latest.get(asId<TaskId>('bad'))).toEqual([])
    })

    it('keeps progress reports and task events append-only', async () => {
      for (const table of ['progress_report', 'task_event']) {
        await expect(
          sql`update ${sql.table(table)} set tenant_id = tenant_id`.execute(db.kysely),
        ).rejects.toThrow(/append-only/)
        await expect(sql`delete from ${sql.table(table)}`.execute(db.kysely)).rejects.toThrow(
          /append-only/,
        )
        // The application role has no UPDATE or DELETE right at all.
        await expect(
          inTenantTransaction(db.kysely, TENANT, (trx) =>
            sql`delete from ${sql.table(table)}`.execute(trx),
          ),
        ).rejects.toThrow(/permission denied|append-only/)
      }
    })
  })

  it('hides tasks of a directive above the clearance, and their reports', async () => {
    const secret = await insertDirective(9, 'Kế hoạch mật')
    await db.kysely
      .updateTable('directive')
      .set({ secrecy: 'MAT' })
      .where('id', '=', secret)
      .execute()
    const cleared = new KyselyTaskRepository(db.kysely, TENANT, 'MAT')
    const r = await cleared.create(
      newTask({ directiveId: secret, title: 'Việc mật', lead: 'SO' }),
      ctx,
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(await cleared.findById(r.value.id)).toEqual(r.value)
    expect(await tasks.findById(r.value.id)).toBeNull()
    const shown = { organizations: true, directives: true, progressReports: true }
    const hidden = await tasks.findByIdsWithRelated([r.value.id], shown)
    expect(hidden.tasks).toEqual([null])
    expect(hidden.related.directives.has(secret)).toBe(false)
    expect((await cleared.findByIdsWithRelated([r.value.id], shown)).tasks).toEqual([r.value])
    expect((await tasks.list({ filter: { directiveId: secret } })).totalCount).toBe(0)
    const refused = await tasks.create(
      newTask({ directiveId: secret, title: 'Lộ', lead: 'SO' }),
      ctx,
    )
    expect(!refused.ok && refused.error.code).toBe('DIRECTIVE_NOT_FOUND')
    const report = await tasks.appendProgressReport(
      {
        id: '20000000-0000-4000-8000-000000000001',
        taskId: r.value.id,
        reportedOn: '2025-05-01',
        organizationId: org.SO!,
        percent: 10,
      },
      ctx,
    )
    expect(!report.ok && report.error).toMatchObject({ code: 'TASK_NOT_FOUND', path: ['taskId'] })
  })

  it("fences tenants: another tenant's handle sees none of these tasks", async () => {
    const other = new KyselyTaskRepository(db.kysely, OTHER)
    const mine = await tasks.list({ first: 500 })
    expect(mine.totalCount).toBeGreaterThan(0)
    const ids = mine.edges.map((e) => e.node.id)
    expect((await other.list({})).totalCount).toBe(0)
    expect(await other.findByIds(ids)).toEqual(ids.map(() => null))
    expect([...(await other.progressReportsOf(ids)).values()].flat()).toEqual([])
    const stolen = await other.update(ids[0]!, { title: 'x' }, 1, ctx)
    expect(!stolen.ok && stolen.error.code).toBe('TASK_NOT_FOUND')
    const seen = await inTenantTransaction(db.kysely, OTHER, (trx) =>
      trx.selectFrom('task').select('id').execute(),
    )
    expect(seen).toEqual([])
  })
})
