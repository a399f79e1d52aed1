import { testBackends } from '@chidao/db/testing'
import { describe, expect, it } from 'vitest'
import { createdSecretTask } from './support/created-records.js'
import { exampleGatewayForSuite } from './support/gateway-harness.js'
import { programmeTasks } from './support/programme-tasks.js'
import { expectTypedError } from './support/typed-error-shape.js'

const RESULT = (payload: string) =>
  `__typename ... on Error { code message messageVi path } ${payload}`
const REQUEST = (payload = '') =>
  `mutation($input: RequestDeadlineExtensionInput!) { requestDeadlineExtension(input: $input) { ${RESULT(payload)} } }`
const DECLINE = (payload = '') =>
  `mutation($input: DeclineDeadlineExtensionInput!) { declineDeadlineExtension(input: $input) { ${RESULT(payload)} } }`
const EXTEND = (payload = '') =>
  `mutation($input: ExtendTaskDeadlineInput!) { extendTaskDeadline(input: $input) { ${RESULT(payload)} } }`
const PENDING = `pendingExtensionRequest { type on reason details {
  ... on ExtensionRequest { requestedDeadline { kind due text } by { code } } } }`
const NOBODY = Buffer.from('Task:00000000-0000-4000-8000-000000000000').toString('base64')

const reporterOfLead = { roles: ['REPORTER' as const], org: 'SKHCN' }
const monitoringEditor = { roles: ['EDITOR' as const], org: 'BTV-TU' }

describe.each(testBackends())('requests for a deadline extension on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  const { ids, newTask } = programmeTasks(h, { reference: 'XG', title: 'Nhiệm vụ xin gia hạn' })

  const request = (taskId: string, more: Record<string, unknown> = {}) => ({
    taskId,
    deadline: '30/6/2027',
    reason: 'Chờ bố trí kinh phí từ ngân sách tỉnh',
    on: '2026-12-01',
    expectedVersion: 1,
    ...more,
  })

  async function pendingIds(): Promise<string[]> {
    const r = await h.graphql<{ tasks: any }>(
      `{ tasks(filter: { extensionRequested: true }, first: 100) { edges { node { id } } } }`,
    )
    expect(r.errors).toBeUndefined()
    return r.data!.tasks.edges.map((e: any) => e.node.id)
  }

  it('lets a REPORTER of the lead ask; the request is pending until declined', async () => {
    const taskId = await newTask()
    const r = await h.graphql<{ requestDeadlineExtension: any }>(
      REQUEST(`... on TaskPayload { task { version deadline { text } ${PENDING} } }`),
      { input: request(taskId) },
      reporterOfLead,
    )
    expect(r.errors).toBeUndefined()
    expect(r.data!.requestDeadlineExtension.task).toMatchObject({
      version: 2,
      deadline: { text: 'Quý IV/2026' },
      pendingExtensionRequest: {
        type: 'EXTENSION_REQUESTED',
        on: '2026-12-01',
        reason: 'Chờ bố trí kinh phí từ ngân sách tỉnh',
        details: {
          requestedDeadline: { kind: 'DATE', due: '2027-06-30', text: '30/6/2027' },
          by: { code: 'SKHCN' },
        },
      },
    })
    expect(await pendingIds()).toContain(taskId)
    const read = await h.graphql<{ node: any }>(
      `query($id: ID!) { node(id: $id) { ... on Task { pendingExtensionRequest { actor } } } }`,
      { id: taskId },
    )
    expect(read.data!.node.pendingExtensionRequest.actor).toMatch(/^user:/)
    const again = await h.graphql<{ requestDeadlineExtension: any }>(
      REQUEST(),
      { input: request(taskId, { expectedVersion: 2, deadline: 'Quý I/2028' }) },
      reporterOfLead,
    )
    expectTypedError(
      again.data!.requestDeadlineExtension,
      'ValidationError',
      'EXTENSION_ALREADY_REQUESTED',
      ['input', 'deadline'],
    )
    const declined = await h.graphql<{ declineDeadlineExtension: any }>(
      DECLINE(`... on TaskPayload { task { version pendingExtensionRequest { on }
        history { type typeLabel { vi } reason details { ... on ExtensionRefusal { by { code } } } } } }`),
      {
        input: { taskId, reason: 'Không có căn cứ', on: '2026-12-05', expectedVersion: 2 },
      },
      monitoringEditor,
    )
    expect(declined.errors).toBeUndefined()
    const task = declined.data!.declineDeadlineExtension.task
    expect(task.version).toBe(3)
    expect(task.pendingExtensionRequest).toBeNull()
    expect(task.history.map((e: any) => [e.type, e.typeLabel.vi])).toEqual([
      ['EXTENSION_REQUESTED', 'Xin gia hạn'],
      ['EXTENSION_DECLINED', 'Không đồng ý gia hạn'],
    ])
    expect(task.history[1]).toMatchObject({
      reason: 'Không có căn cứ',
      details: { by: { code: 'BTV-TU' } },
    })
    expect(await pendingIds()).not.toContain(taskId)
  })

  it('is answered by an extension, to another day than asked', async () => {
    const taskId = await newTask()
    await h.graphql(REQUEST(), { input: request(taskId) }, reporterOfLead)
    const r = await h.graphql<{ extendTaskDeadline: any }>(
      EXTEND(`... on TaskPayload { task { deadline { text } pendingExtensionRequest { on } } }`),
      {
        input: {
          taskId,
          deadline: '31/3/2027',
          document: '125/QĐ-UBND',
          reason: 'Đồng ý gia hạn một phần',
          on: '2026-12-03',
          expectedVersion: 2,
        },
      },
      monitoringEditor,
    )
    expect(r.data!.extendTaskDeadline.task).toEqual({
      deadline: { text: '31/3/2027' },
      pendingExtensionRequest: null,
    })
    expect(await pendingIds()).not.toContain(taskId)
  })

  it('refuses what the policy and the domain refuse', async () => {
    const taskId = await newTask()
    const ask = async (input: Record<string, unknown>, who: object = reporterOfLead) =>
      (await h.graphql<{ requestDeadlineExtension: any }>(REQUEST(), { input }, who as never)).data!
        .requestDeadlineExtension
    // Another organisation's reporter, and the lead's viewer, may not ask.
    expectTypedError(
      await ask(request(taskId), { roles: ['REPORTER'], org: 'STC' }),
      'ForbiddenError',
      'FORBIDDEN',
    )
    expectTypedError(
      await ask(request(taskId), { roles: ['VIEWER'], org: 'SKHCN' }),
      'ForbiddenError',
      'FORBIDDEN',
    )
    expectTypedError(
      await ask(request(taskId, { deadline: '30/11/2026' })),
      'ValidationError',
      'DEADLINE_NOT_LATER',
      ['input', 'deadline'],
    )
    expectTypedError(
      await ask(request(taskId, { reason: ' ' })),
      'ValidationError',
      'REASON_REQUIRED',
      ['input', 'reason'],
    )
    expectTypedError(
      await ask(request(taskId, { expectedVersion: 4 })),
      'ConflictError',
      'CONFLICT',
      ['input', 'expectedVersion'],
    )
    // The lead may ask, but not answer its own request.
    const decline = { taskId, reason: 'Không', expectedVersion: 1 }
    const none = await h.graphql<{ declineDeadlineExtension: any }>(
      DECLINE(),
      { input: decline },
      monitoringEditor,
    )
    expectTypedError(
      none.data!.declineDeadlineExtension,
      'ValidationError',
      'NO_EXTENSION_REQUESTED',
      ['input', 'taskId'],
    )
    const own = await h.graphql<{ declineDeadlineExtension: any }>(
      DECLINE(),
      { input: decline },
      reporterOfLead,
    )
    expectTypedError(own.data!.declineDeadlineExtension, 'ForbiddenError', 'FORBIDDEN')
  })

  it('answers a task the caller may not see exactly as one that does not exist', async () => {
    const secret = await createdSecretTask(h, {
      symbol: '79/KH-UBND',
      issuedOn: '2026-01-15',
      leadId: ids.SKHCN!,
    })
    for (const [document, input, who] of [
      [REQUEST(), request(secret.taskId), reporterOfLead],
      [DECLINE(), { taskId: secret.taskId, reason: 'Không', expectedVersion: 1 }, monitoringEditor],
    ] as const) {
      const answer = async (taskId: string) =>
        Object.values(
          (await h.graphql<Record<string, any>>(document, { input: { ...input, taskId } }, who))
            .data!,
        )[0]
      const hidden = await answer(secret.taskId)
      const absent = await answer(NOBODY)
      expect(hidden).toEqual(absent)
      expectTypedError(hidden, 'NotFoundError', 'TASK_NOT_FOUND', ['input', 'taskId'])
    }
  })
})
