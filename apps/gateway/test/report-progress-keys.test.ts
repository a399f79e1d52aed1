/**
 * Idempotency keys of `reportProgress` (issue 14, fault 4): a key belongs to one caller and one
 * task. Another caller's key, or the same key on another task, is another request — never
 * answered with someone else's report; a key used on a task hidden from the caller neither
 * fails nor hints at it; a key has a length limit, refused as a typed error.
 */
import { testBackends } from '@chidao/db/testing'
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../src/auth/viewer.js'
import { createdSecretTask } from './support/created-records.js'
import { exampleGatewayForSuite, type TestIdentity } from './support/gateway-harness.js'
import { expectTypedError } from './support/typed-error-shape.js'

const REPORT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) {
  __typename
  ... on Error { code message messageVi path }
  ... on ReportProgressPayload { report { id narrative percent organization { code } } }
} }`

const reporter = (org: string): TestIdentity => ({
  roles: ['REPORTER' as Role],
  org,
  sub: `reporter-${org.toLowerCase()}`,
})

describe.each(testBackends())('idempotency keys of reportProgress on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  const task: Record<string, string> = {}

  async function report(as: TestIdentity, input: Record<string, unknown>) {
    const r = await h.graphql<{ reportProgress: any }>(REPORT, { input }, as)
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return r.data!.reportProgress
  }

  async function count(table: 'progress_report' | 'audit_event'): Promise<number> {
    const { rows } = await sql<{
      n: number
    }>`select count(*)::int as n from ${sql.table(table)}`.execute(h.db.kysely)
    return rows[0]!.n
  }

  beforeAll(async () => {
    const r = await h.graphql<any>(`{
      a: tasks(filter: { search: "II.6" }) { edges { node { id reference } } }
      b: directive(symbol: "128/KH-UBND") { tasks(first: 5) { edges { node { id reference } } } }
      lhh: organization(code: "LHH") { id }
      lead: organization(code: "SKHCN") { id }
    }`)
    task.ii6 = r.data.a.edges.find((e: any) => e.node.reference === 'II.6').node.id
    task.kh3 = r.data.b.tasks.edges.find((e: any) => e.node.reference === '3').node.id
    // The same kind of task in a document marked MẬT.
    const secret = await createdSecretTask(h, {
      symbol: '78/KH-UBND',
      issuedOn: '2026-01-15',
      leadId: r.data.lead.id,
      coordinatorIds: [r.data.lhh.id],
    })
    task.secret = secret.taskId
  })

  it('belong to their caller: another organisation re-using a key files its own report and never reads the first', async () => {
    const first = await report(reporter('SKHCN'), {
      taskId: task.ii6,
      percent: 40,
      narrative: 'Số liệu nội bộ của Sở KH&CN',
      idempotencyKey: 'bao-cao-quy-1',
    })
    expect(first.__typename).toBe('ReportProgressPayload')
    const other = await report(reporter('LHH'), {
      taskId: task.ii6,
      percent: 20,
      narrative: 'Báo cáo của Liên hiệp hội',
      idempotencyKey: 'bao-cao-quy-1',
    })
    expect(other).toMatchObject({
      __typename: 'ReportProgressPayload',
      report: {
        narrative: 'Báo cáo của Liên hiệp hội',
        percent: 20,
        organization: { code: 'LHH' },
      },
    })
    expect(other.report.id).not.toBe(first.report.id)
    const stored = await h.graphql<any>(
      `query($id: ID!) { node(id: $id) { ... on Task { progressReports { id narrative } } } }`,
      { id: task.ii6 },
    )
    const ids = stored.data.node.progressReports.map((r: any) => r.id)
    expect(ids).toContain(first.report.id)
    expect(ids).toContain(other.report.id)
    // Each report's audit event names its own caller, with that caller's key.
    const { rows } = await sql<{ actor: string; key: string }>`
      select actor, after->>'idempotencyKey' as key from audit_event
      where entity_type = 'ProgressReport'
        and entity_id in (${decodeGlobalID(first.report.id).id}, ${decodeGlobalID(other.report.id).id})
      order by id`.execute(h.db.kysely)
    expect(rows).toEqual([
      { actor: 'user:reporter-skhcn', key: 'bao-cao-quy-1' },
      { actor: 'user:reporter-lhh', key: 'bao-cao-quy-1' },
    ])
  })

  it('belong to one task: the same key elsewhere is another request; a retry on the task returns the first and writes nothing', async () => {
    const skhcn = reporter('SKHCN')
    const here = await report(skhcn, { taskId: task.ii6, percent: 45, idempotencyKey: 'k-2' })
    const there = await report(skhcn, { taskId: task.kh3, percent: 70, idempotencyKey: 'k-2' })
    expect(there.__typename).toBe('ReportProgressPayload')
    expect(there.report.id).not.toBe(here.report.id)
    const before = [await count('progress_report'), await count('audit_event')]
    const retry = await report(skhcn, { taskId: task.ii6, percent: 99, idempotencyKey: 'k-2' })
    expect(retry).toEqual(here)
    expect([await count('progress_report'), await count('audit_event')]).toEqual(before)
  })

  it('used on a hidden task: the caller still files its own report, and the hidden task answers exactly as an absent one', async () => {
    const cleared: TestIdentity = { roles: ['ADMIN'], clearance: 'TUYET_MAT', sub: 'secretary' }
    const onSecret = await report(cleared, {
      taskId: task.secret,
      percent: 10,
      narrative: 'Nội dung mật',
      idempotencyKey: 'k-mat',
    })
    expect(onSecret.__typename).toBe('ReportProgressPayload')
    const mine = await report(reporter('SKHCN'), {
      taskId: task.ii6,
      percent: 46,
      narrative: 'Công khai',
      idempotencyKey: 'k-mat',
    })
    expect(mine).toMatchObject({
      __typename: 'ReportProgressPayload',
      report: { narrative: 'Công khai' },
    })
    // The same caller, later without the clearance, retrying on the hidden task: as if absent.
    const uncleared: TestIdentity = { ...cleared, clearance: 'PUBLIC' }
    const absentTask = encodeGlobalID('Task', crypto.randomUUID())
    for (const as of [uncleared, reporter('SKHCN')]) {
      const hidden = await report(as, { taskId: task.secret, percent: 10, idempotencyKey: 'k-mat' })
      const absent = await report(as, { taskId: absentTask, percent: 10, idempotencyKey: 'k-mat' })
      expect(hidden).toEqual(absent)
      expectTypedError(hidden, 'NotFoundError', 'TASK_NOT_FOUND', ['input', 'taskId'])
    }
  })

  it('are at most 200 characters: longer ones are a typed refusal naming the field; a blank key is no key', async () => {
    const skhcn = reporter('SKHCN')
    const before = await count('progress_report')
    for (const key of ['ệ'.repeat(201), 'k'.repeat(3000)]) {
      const refused = await report(skhcn, { taskId: task.kh3, percent: 71, idempotencyKey: key })
      expectTypedError(refused, 'ValidationError', 'IDEMPOTENCY_KEY_TOO_LONG', [
        'input',
        'idempotencyKey',
      ])
      expect(refused.message).toMatch(/at most 200/)
      expect(refused.messageVi).toMatch(/tối đa 200 ký tự/)
      expect(refused.messageVi).toBe(refused.messageVi.normalize('NFC'))
    }
    expect(await count('progress_report')).toBe(before)
    const longest = await report(skhcn, {
      taskId: task.kh3,
      percent: 72,
      idempotencyKey: 'ệ'.repeat(200),
    })
    expect(longest.__typename).toBe('ReportProgressPayload')
    const blank = [
      await report(skhcn, { taskId: task.kh3, percent: 73, idempotencyKey: '   ' }),
      await report(skhcn, { taskId: task.kh3, percent: 73, idempotencyKey: '' }),
    ]
    expect(blank.map((b) => b.__typename)).toEqual([
      'ReportProgressPayload',
      'ReportProgressPayload',
    ])
    expect(blank[0].report.id).not.toBe(blank[1].report.id)
  })
})
