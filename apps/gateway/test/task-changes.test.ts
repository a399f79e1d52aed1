import { testBackends } from '@chidao/db/testing'
import { describe, expect, it } from 'vitest'
import { createdSecretTask } from './support/created-records.js'
import { exampleGatewayForSuite } from './support/gateway-harness.js'
import { programmeTasks } from './support/programme-tasks.js'
import { expectTypedError } from './support/typed-error-shape.js'

const RESULT = (payload: string) =>
  `__typename ... on Error { code message messageVi path } ${payload}`
const EXTEND = (payload = '') =>
  `mutation($input: ExtendTaskDeadlineInput!) { extendTaskDeadline(input: $input) { ${RESULT(payload)} } }`
const REASSIGN = (payload = '') =>
  `mutation($input: ReassignTaskLeadInput!) { reassignTaskLead(input: $input) { ${RESULT(payload)} } }`
const HISTORY = `history { type typeLabel { vi } on reason from to details {
  __typename
  ... on DeadlineExtension { document previousDeadline { kind due text } deadline { kind due text } }
  ... on LeadReassignment { document previousLead { code } lead { code } } } }`
const NOBODY = (type: string) =>
  Buffer.from(`${type}:00000000-0000-4000-8000-000000000000`).toString('base64')

describe.each(testBackends())('deadline extensions and reassignments on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  const { ids, newTask } = programmeTasks(h, { reference: 'IX', title: 'Nhiệm vụ gia hạn' })

  const extension = (taskId: string, more: Record<string, unknown> = {}) => ({
    taskId,
    deadline: '30/6/2027',
    document: 'Số: 125/QĐ-UBND',
    reason: 'Chờ bố trí kinh phí từ ngân sách tỉnh',
    on: '2026-12-20',
    expectedVersion: 1,
    ...more,
  })

  it('extends a deadline: the task judges by the one in force, its history shows the original', async () => {
    const taskId = await newTask()
    const r = await h.graphql<{ extendTaskDeadline: any }>(
      EXTEND(`... on TaskPayload { task { version
        deadline { kind due text } originalDeadline { due text }
        timeliness(asOf: "2027-03-01") ${HISTORY} } }`),
      { input: extension(taskId) },
    )
    expect(r.errors).toBeUndefined()
    const task = r.data!.extendTaskDeadline.task
    expect(task).toMatchObject({
      version: 2,
      deadline: { kind: 'DATE', due: '2027-06-30', text: '30/6/2027' },
      originalDeadline: { due: '2026-12-31', text: 'Quý IV/2026' },
      timeliness: 'IN_PROGRESS',
    })
    expect(task.history).toEqual([
      {
        type: 'DEADLINE_EXTENDED',
        typeLabel: { vi: 'Gia hạn' },
        on: '2026-12-20',
        reason: 'Chờ bố trí kinh phí từ ngân sách tỉnh',
        from: 'NOT_STARTED',
        to: 'NOT_STARTED',
        details: {
          __typename: 'DeadlineExtension',
          document: '125/QĐ-UBND',
          previousDeadline: { kind: 'QUARTER', due: '2026-12-31', text: 'Quý IV/2026' },
          deadline: { kind: 'DATE', due: '2027-06-30', text: '30/6/2027' },
        },
      },
    ])
    const overdue = await h.graphql<{ tasks: any }>(
      `query($d: ID!) { tasks(filter: { directiveId: $d, timeliness: [OVERDUE] }, asOf: "2027-03-01", first: 100) { edges { node { id } } } }`,
      { d: ids.directive },
    )
    expect(overdue.data!.tasks.edges.map((e: any) => e.node.id)).not.toContain(taskId)
  })

  it('answers the event just recorded as the history reads it back: who recorded it and when', async () => {
    const taskId = await newTask()
    const recorded = `history { type actor at }`
    const r = await h.graphql<{ extendTaskDeadline: any }>(
      EXTEND(`... on TaskPayload { task { ${recorded} } }`),
      { input: extension(taskId) },
    )
    expect(r.errors).toBeUndefined()
    const [answered] = r.data!.extendTaskDeadline.task.history
    expect(answered).toMatchObject({ type: 'DEADLINE_EXTENDED', actor: expect.any(String) })
    expect(Number.isNaN(Date.parse(answered.at))).toBe(false)
    const read = await h.graphql<{ node: any }>(
      `query($id: ID!) { node(id: $id) { ... on Task { ${recorded} } } }`,
      { id: taskId },
    )
    expect(read.data!.node.history).toEqual([answered])
  })

  it('judges a day before a late extension against the deadline then in force, and keeps the history through an edit', async () => {
    const taskId = await newTask()
    // Due 31/12/2026 ("Quý IV/2026"), extended on 15/1/2027 when already overdue.
    const late = await h.graphql<{ extendTaskDeadline: any }>(
      EXTEND(`... on TaskPayload { task { version
        before: timeliness(asOf: "2027-01-10") after: timeliness(asOf: "2027-01-20") } }`),
      { input: extension(taskId, { on: '2027-01-15' }) },
    )
    expect(late.errors).toBeUndefined()
    expect(late.data!.extendTaskDeadline.task).toMatchObject({
      before: 'OVERDUE',
      after: 'IN_PROGRESS',
    })
    const overdueOn = async (asOf: string) => {
      const r = await h.graphql<{ tasks: any }>(
        `query($d: ID!, $asOf: Date!) { tasks(filter: { directiveId: $d, timeliness: [OVERDUE] }, asOf: $asOf, first: 100) { edges { node { id } } } }`,
        { d: ids.directive, asOf },
      )
      return r.data!.tasks.edges.map((e: any) => e.node.id)
    }
    expect(await overdueOn('2027-01-10')).toContain(taskId)
    expect(await overdueOn('2027-01-20')).not.toContain(taskId)
    // An edit of the deadline afterwards changes the one in force, not the history.
    const edited = await h.graphql<{ updateTask: any }>(
      `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { ${RESULT(`... on TaskPayload { task {
        deadline { text } originalDeadline { text } ${HISTORY} } }`)} } }`,
      { input: { id: taskId, version: 2, deadline: '30/9/2027' } },
    )
    expect(edited.errors).toBeUndefined()
    const task = edited.data!.updateTask.task
    expect(task).toMatchObject({
      deadline: { text: '30/9/2027' },
      originalDeadline: { text: 'Quý IV/2026' },
    })
    expect(task.history).toMatchObject([
      {
        type: 'DEADLINE_EXTENDED',
        on: '2027-01-15',
        reason: 'Chờ bố trí kinh phí từ ngân sách tỉnh',
        details: {
          document: '125/QĐ-UBND',
          previousDeadline: { text: 'Quý IV/2026' },
          deadline: { text: '30/6/2027' },
        },
      },
    ])
  })

  it('answers typed errors naming the input field', async () => {
    const taskId = await newTask()
    const refused = async (input: Record<string, unknown>) =>
      (await h.graphql<{ extendTaskDeadline: any }>(EXTEND(), { input })).data!.extendTaskDeadline
    expectTypedError(
      await refused(extension(taskId, { deadline: '31/12/2026' })),
      'ValidationError',
      'DEADLINE_NOT_LATER',
      ['input', 'deadline'],
    )
    expectTypedError(
      await refused(extension(taskId, { document: 'quyết định' })),
      'ValidationError',
      'INVALID_DOCUMENT_SYMBOL',
      ['input', 'document'],
    )
    expectTypedError(
      await refused(extension(taskId, { expectedVersion: 5 })),
      'ConflictError',
      'CONFLICT',
      ['input', 'expectedVersion'],
    )
    const viewer = await h.graphql<{ extendTaskDeadline: any }>(
      EXTEND(),
      { input: extension(taskId) },
      { roles: ['VIEWER'], org: 'SKHCN' },
    )
    expectTypedError(viewer.data!.extendTaskDeadline, 'ForbiddenError', 'FORBIDDEN')
  })

  it('answers a task the caller may not see exactly as one that does not exist', async () => {
    const secret = await createdSecretTask(h, {
      symbol: '78/KH-UBND',
      issuedOn: '2026-01-15',
      leadId: ids.SKHCN!,
    })
    const editor = { roles: ['EDITOR' as const], org: 'UBND-TINH' }
    const answer = async (document: string, input: Record<string, unknown>) => {
      const r = await h.graphql<Record<string, any>>(document, { input }, editor)
      return Object.values(r.data!)[0]
    }
    const change = { leadOrganizationId: ids.STC, reason: 'Giao lại', expectedVersion: 1 }
    for (const [document, input] of [
      [EXTEND(), extension(secret.taskId)],
      [REASSIGN(), { taskId: secret.taskId, ...change }],
    ] as const) {
      const hidden = await answer(document, input)
      const absent = await answer(document, { ...input, taskId: NOBODY('Task') })
      expect(hidden).toEqual(absent)
      expectTypedError(hidden, 'NotFoundError', 'TASK_NOT_FOUND', ['input', 'taskId'])
    }
  })

  it('reassigns the lead, recording the previous one; refuses the current lead and a coordinator', async () => {
    const taskId = await newTask()
    const input = {
      taskId,
      leadOrganizationId: ids.STC,
      reason: 'Giao Sở Tài chính chủ trì theo chỉ đạo của Ban Thường vụ Tỉnh ủy',
      document: '45-CV/TU',
      on: '2026-03-01',
      expectedVersion: 1,
    }
    const r = await h.graphql<{ reassignTaskLead: any }>(
      REASSIGN(
        `... on TaskPayload { task { version lead { code } coordinators { code } ${HISTORY} } }`,
      ),
      { input },
    )
    expect(r.errors).toBeUndefined()
    const task = r.data!.reassignTaskLead.task
    expect(task).toMatchObject({
      version: 2,
      lead: { code: 'STC' },
      coordinators: [{ code: 'LHH' }],
    })
    expect(task.history[0]).toMatchObject({
      type: 'LEAD_REASSIGNED',
      details: {
        __typename: 'LeadReassignment',
        document: '45-CV/TU',
        previousLead: { code: 'SKHCN' },
        lead: { code: 'STC' },
      },
    })
    const again = await h.graphql<{ reassignTaskLead: any }>(REASSIGN(), {
      input: { ...input, expectedVersion: 2 },
    })
    expectTypedError(again.data!.reassignTaskLead, 'ValidationError', 'LEAD_UNCHANGED', [
      'input',
      'leadOrganizationId',
    ])
    const coordinator = await h.graphql<{ reassignTaskLead: any }>(REASSIGN(), {
      input: { ...input, leadOrganizationId: ids.LHH, expectedVersion: 2 },
    })
    expectTypedError(
      coordinator.data!.reassignTaskLead,
      'ValidationError',
      'LEAD_ALSO_COORDINATOR',
      ['input', 'leadOrganizationId'],
    )
    // The provincial propaganda board was merged away on 1/3/2025.
    const dissolved = await h.graphql<{ reassignTaskLead: any }>(REASSIGN(), {
      input: { ...input, leadOrganizationId: ids['BTG-TU'], expectedVersion: 2 },
    })
    expectTypedError(dissolved.data!.reassignTaskLead, 'ValidationError', 'LEAD_NOT_ACTIVE', [
      'input',
      'leadOrganizationId',
    ])
    const nobody = await h.graphql<{ reassignTaskLead: any }>(REASSIGN(), {
      input: { ...input, leadOrganizationId: NOBODY('Organization'), expectedVersion: 2 },
    })
    expectTypedError(nobody.data!.reassignTaskLead, 'NotFoundError', 'ORGANIZATION_NOT_FOUND', [
      'input',
      'leadOrganizationId',
    ])
  })

  it('refuses a lead the caller could not manage the task with', async () => {
    const taskId = await newTask()
    // SKHCN's editor manages neither LHH (a coordinator) nor STC: as updateTask, refused.
    const r = await h.graphql<{ reassignTaskLead: any }>(
      REASSIGN(),
      {
        input: { taskId, leadOrganizationId: ids.STC, reason: 'Giao lại', expectedVersion: 1 },
      },
      { roles: ['EDITOR'], org: 'SKHCN' },
    )
    expectTypedError(r.data!.reassignTaskLead, 'ForbiddenError', 'FORBIDDEN')
  })
})
