import { testBackends } from '@chidao/db/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { exampleGatewayForSuite } from './support/gateway-harness.js'
import { expectTypedError } from './support/typed-error-shape.js'

const TASK = `id version status completedOn reference title lead { code } coordinators { code } deadline { kind due text }`
const RESULT = (payload: string) =>
  `__typename ... on Error { code message messageVi path } ${payload}`

describe.each(testBackends())('task mutations on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  const ids: Record<string, string> = {}
  const levels: Record<string, string> = {}

  beforeAll(async () => {
    const d = await h.graphql<{ directive: { id: string } }>(
      `{ directive(symbol: "06-CTr/TU") { id } }`,
    )
    ids.directive = d.data!.directive.id
    const orgs = await h.graphql<{ organizations: any }>(
      `{ organizations(first: 100) { edges { node { id code level } } } }`,
    )
    for (const { node } of orgs.data!.organizations.edges) {
      ids[node.code] = node.id
      levels[node.code] = node.level
    }
  })

  it('creates a task with a parsed deadline, then refuses a stale update and keeps the first', async () => {
    const [lead, coordinator] = Object.keys(levels).filter((k) => levels[k] === 'PROVINCE')
    const created = await h.graphql<{ createTask: any }>(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${RESULT(`... on TaskPayload { task { ${TASK} } }`)} } }`,
      {
        input: {
          directiveId: ids.directive,
          reference: 'IV.9',
          title: 'Tổ chức hội thảo chuyên đề',
          leadId: ids[lead!],
          coordinatorIds: [ids[coordinator!]],
          deadline: 'Quý IV/2026',
        },
      },
    )
    expect(created.errors).toBeUndefined()
    const task = created.data!.createTask.task
    expect(task).toMatchObject({
      version: 1,
      status: 'NOT_STARTED',
      deadline: { kind: 'QUARTER', due: '2026-12-31', text: 'Quý IV/2026' },
    })
    ids.task = task.id
    const update = (title: string) =>
      h.graphql<{ updateTask: any }>(
        `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { ${RESULT(`... on TaskPayload { task { version title } }`)} } }`,
        { input: { id: task.id, version: 1, title } },
      )
    const [a, b] = await Promise.all([update('Phiên bản A'), update('Phiên bản B')])
    const results = [a.data!.updateTask, b.data!.updateTask]
    const winners = results.filter((r) => r.__typename === 'TaskPayload')
    const losers = results.filter((r) => r.__typename === 'ConflictError')
    expect(winners).toHaveLength(1)
    expect(losers).toHaveLength(1)
    expect(losers[0]).toMatchObject({ code: 'CONFLICT' })
    const now = await h.graphql<{ node: any }>(
      `query($id: ID!) { node(id: $id) { ... on Task { version title } } }`,
      {
        id: task.id,
      },
    )
    expect(now.data!.node).toEqual({ version: 2, title: winners[0].task.title })
  })

  it('keeps unusual deadline wording with a warning to the person who entered it, and refuses an impossible date', async () => {
    const [lead] = Object.keys(levels).filter((k) => levels[k] === 'PROVINCE')
    const create = (reference: string, deadline: string) =>
      h.graphql<{ createTask: any }>(
        `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${RESULT(`... on TaskPayload { task { id ${TASK} deadline { dueDay { month day } start end warnings { code } } } warnings { code message messageVi path } }`)} } }`,
        {
          input: {
            directiveId: ids.directive,
            reference,
            title: `Nhiệm vụ ${reference}`,
            leadId: ids[lead!],
            deadline,
          },
        },
      )
    const conditional = (await create('IV.10', 'Sau khi có hướng dẫn của Trung ương')).data!
      .createTask
    expect(conditional.task.deadline).toMatchObject({ kind: 'CONDITIONAL', due: null })
    expect(conditional.warnings).toMatchObject([
      { code: 'DEADLINE_CONDITIONAL', path: ['input', 'deadline'] },
    ])
    const unread = (await create('IV.11', 'Ưu tiên làm sớm')).data!.createTask
    expect(unread.task.deadline).toMatchObject({ kind: 'UNPARSED', text: 'Ưu tiên làm sớm' })
    expect(unread.warnings[0]).toMatchObject({
      code: 'DEADLINE_UNPARSED',
      path: ['input', 'deadline'],
    })
    expect(unread.warnings[0].messageVi).toContain('ưu tiên làm sớm')
    const yearly = (await create('IV.12', 'Trước 30/6 hằng năm')).data!.createTask
    expect(yearly.warnings).toEqual([])
    expect(yearly.task.deadline).toMatchObject({
      kind: 'RECURRING',
      dueDay: { month: 6, day: 30 },
      start: '2021-01-01',
      end: null,
      warnings: [],
    })
    const impossible = (await create('IV.13', '31/02/2025')).data!.createTask
    expect(impossible).toMatchObject({ code: 'INVALID_DATE', path: ['input', 'deadline'] })
    expect(impossible.message).toContain('31/02/2025')
  })

  it('runs the lifecycle: complete, refuse completing twice, reopen with a reason', async () => {
    const complete = await h.graphql<{ completeTask: any }>(
      `mutation($input: CompleteTaskInput!) { completeTask(input: $input) { ${RESULT(`... on TaskPayload { task { status completedOn version timeliness(asOf: "2026-12-31") history { type to } } }`)} } }`,
      { input: { id: ids.task, version: 2, on: '2026-11-20' } },
    )
    expect(complete.data!.completeTask.task).toMatchObject({
      status: 'COMPLETED',
      completedOn: '2026-11-20',
      timeliness: 'COMPLETED_ON_TIME',
    })
    const again = await h.graphql<{ completeTask: any }>(
      `mutation($input: CompleteTaskInput!) { completeTask(input: $input) { ${RESULT('')} } }`,
      { input: { id: ids.task, version: 3, on: '2026-11-21' } },
    )
    expect(again.data!.completeTask.code).toBe('TASK_ALREADY_COMPLETED')
    const reopen = await h.graphql<{ reopenTask: any }>(
      `mutation($input: ReopenTaskInput!) { reopenTask(input: $input) { ${RESULT(`... on TaskPayload { task { status completedOn } }`)} } }`,
      { input: { id: ids.task, version: 3, on: '2026-11-25', reason: 'Cần bổ sung kết quả' } },
    )
    expect(reopen.data!.reopenTask.task).toEqual({ status: 'IN_PROGRESS', completedOn: null })
  })

  it('reports progress idempotently and lets only the right organisations report', async () => {
    const task = await h.graphql<{ node: any }>(
      `query($id: ID!) { node(id: $id) { ... on Task { lead { code } } } }`,
      {
        id: ids.task,
      },
    )
    const leadCode = task.data!.node.lead.code
    const report = (as: any, key: string) =>
      h.graphql<{ reportProgress: any }>(
        `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { ${RESULT(`... on ReportProgressPayload { report { id percent narrative organization { code } } }`)} } }`,
        {
          input: {
            taskId: ids.task,
            reportedOn: '2026-03-01', // the test clock's today: later dates are refused
            percent: 60,
            narrative: 'Đã chuẩn bị tài liệu',
            idempotencyKey: key,
          },
        },
        as,
      )
    const reporter = { roles: ['REPORTER'], org: leadCode }
    const first = await report(reporter, 'k-1')
    expect(first.data!.reportProgress.report).toMatchObject({
      percent: 60,
      organization: { code: leadCode },
    })
    const retry = await report(reporter, 'k-1')
    expect(retry.data!.reportProgress.report.id).toBe(first.data!.reportProgress.report.id)
    const outsider = await report({ roles: ['REPORTER'], org: 'NO-SUCH-ORG' }, 'k-2')
    expectTypedError(outsider.data!.reportProgress, 'ForbiddenError', 'FORBIDDEN')
    const anonymous = await report(null, 'k-3')
    expect(anonymous.errors ?? [anonymous.data!.reportProgress]).toBeTruthy()
    const viewer = await report({ roles: ['VIEWER'], org: leadCode }, 'k-4')
    const refusal = viewer.data?.reportProgress ?? viewer.errors?.[0]
    expect(JSON.stringify(refusal)).toMatch(/FORBIDDEN/)
    const reports = await h.graphql<{ node: any }>(
      `query($id: ID!) { node(id: $id) { ... on Task { progress progressReports { percent } } } }`,
      { id: ids.task },
    )
    expect(reports.data!.node).toEqual({ progress: 60, progressReports: [{ percent: 60 }] })
  })

  it('cascades a task to lower levels in one transaction, and refuses cascading upwards', async () => {
    const levels = await h.graphql<{ organizations: any }>(
      `{ organizations(first: 100, filter: { level: [COMMUNE] }) { edges { node { id code } } } }`,
    )
    const communes = levels.data!.organizations.edges.map((e: any) => e.node.id)
    expect(communes.length).toBeGreaterThan(1)
    const cascade = await h.graphql<{ cascadeTask: any }>(
      `mutation($input: CascadeTaskInput!) { cascadeTask(input: $input) { ${RESULT(`... on CascadeTaskPayload { parent { reference } subtasks { reference parent { reference } lead { level } } }`)} } }`,
      { input: { taskId: ids.task, leadIds: communes } },
    )
    expect(cascade.errors).toBeUndefined()
    const subtasks = cascade.data!.cascadeTask.subtasks
    expect(subtasks.map((s: any) => s.reference)).toEqual(
      communes.map((_: string, i: number) => `IV.9.${i + 1}`),
    )
    expect(
      subtasks.every((s: any) => s.parent.reference === 'IV.9' && s.lead.level === 'COMMUNE'),
    ).toBe(true)
    const central = await h.graphql<{ organizations: any }>(
      `{ organizations(first: 1, filter: { level: [CENTRAL] }) { edges { node { id } } } }`,
    )
    const upwards = await h.graphql<{ cascadeTask: any }>(
      `mutation($input: CascadeTaskInput!) { cascadeTask(input: $input) { ${RESULT('')} } }`,
      {
        input: {
          taskId: ids.task,
          leadIds: [communes[0], central.data!.organizations.edges[0].node.id],
          referencePrefix: 'IV.9.X',
        },
      },
    )
    expect(upwards.data!.cascadeTask).toMatchObject({
      code: 'CASCADE_TO_HIGHER_LEVEL',
      path: ['input', 'leadIds', '1'],
    })
    const count = await h.graphql<{ tasks: any }>(
      `{ tasks(filter: { search: "IV.9.X" }) { totalCount } }`,
    )
    expect(count.data!.tasks.totalCount).toBe(0)
  })
})
