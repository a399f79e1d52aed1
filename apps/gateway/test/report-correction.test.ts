/**
 * Report dates and corrections (issue 14, fault 6): a report dated in the future is refused; a
 * mistaken report is corrected by a report that supersedes it (never deleted), which frees the
 * organisation from a report wrongly dated 2099 and moves the task's figure.
 */
import { importBundle, loadExampleBundle } from '@chidao/db'
import { testBackends } from '@chidao/db/testing'
import { encodeGlobalID } from '@pothos/plugin-relay'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../src/auth/viewer.js'
import { createdSecretTask } from './support/created-records.js'
import { exampleGatewayForSuite, type TestIdentity } from './support/gateway-harness.js'
import { expectTypedError } from './support/typed-error-shape.js'

const ERROR = `__typename ... on Error { code message messageVi path }`
const REPORT_FIELDS = `id reportedOn percent narrative evidence reason period organization { code }
  corrects { id supersededBy { id } } supersededBy { id }`
const REPORT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) {
  ${ERROR} ... on ReportProgressPayload { report { ${REPORT_FIELDS} } } } }`
const CORRECT = `mutation($input: CorrectProgressReportInput!) { correctProgressReport(input: $input) {
  ${ERROR} ... on CorrectProgressReportPayload { report { ${REPORT_FIELDS} } } } }`

const as = (role: Role, org: string | null): TestIdentity => ({
  roles: [role],
  org,
  sub: `${role.toLowerCase()}-${(org ?? 'none').toLowerCase()}`,
})
const SKHCN = as('REPORTER', 'SKHCN')
const LHH = as('REPORTER', 'LHH')
const TODAY = '2026-03-01' // the test clock's

describe.each(testBackends())('report dates and corrections on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  const task: Record<string, string> = {}
  const org: Record<string, string> = {}

  async function report(who: TestIdentity, input: Record<string, unknown>) {
    const r = await h.graphql<{ reportProgress: any }>(REPORT, { input }, who)
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return r.data!.reportProgress
  }

  async function correct(who: TestIdentity, input: Record<string, unknown>) {
    const r = await h.graphql<{ correctProgressReport: any }>(CORRECT, { input }, who)
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return r.data!.correctProgressReport
  }

  async function taskFigures(id: string) {
    const r = await h.graphql<any>(
      `query($id: ID!) { node(id: $id) { ... on Task { progress progressReports { ${REPORT_FIELDS} } } } }`,
      { id },
    )
    return r.data.node as { progress: number | null; progressReports: any[] }
  }

  async function scorecardPercent(): Promise<number | null> {
    const r = await h.graphql<any>(
      `query($org: ID!) { scorecard(organizationId: $org, includeSubtree: false, asOf: "${TODAY}") {
        progress { percent } } }`,
      { org: org.SKHCN },
    )
    return r.data.scorecard.progress.percent
  }

  beforeAll(async () => {
    const r = await h.graphql<any>(`{
      ctr: directive(symbol: "06-CTr/TU") { tasks(first: 50) { edges { node { id reference } } } }
      kh: directive(symbol: "128/KH-UBND") { tasks(first: 5) { edges { node { id reference } } } }
      organizations(first: 100) { edges { node { id code } } }
    }`)
    for (const { node } of r.data.ctr.tasks.edges) task[node.reference] = node.id
    task.kh3 = r.data.kh.tasks.edges.find((e: any) => e.node.reference === '3').node.id
    for (const { node } of r.data.organizations.edges) org[node.code] = node.id
  })

  it('refuses a report dated after tomorrow, naming input.reportedOn and the date dd/mm/yyyy', async () => {
    const stc = as('REPORTER', 'STC')
    for (const reportedOn of ['2099-12-31', '2026-03-03']) {
      const refused = await report(stc, { taskId: task['II.3.a'], reportedOn, percent: 75 })
      expectTypedError(refused, 'ValidationError', 'REPORT_IN_FUTURE', ['input', 'reportedOn'])
      const written = reportedOn.split('-').reverse().join('/')
      expect(refused.message).toContain(written)
      expect(refused.messageVi).toContain(written)
      expect(refused.messageVi).toBe(refused.messageVi.normalize('NFC'))
    }
    const tomorrow = await report(stc, {
      taskId: task['II.3.a'],
      reportedOn: '2026-03-02',
      percent: 75,
    })
    expect(tomorrow).toMatchObject({ report: { reportedOn: '2026-03-02' } })
  })

  it('frees an organisation from a report dated 2099 by correcting it, never by deleting it', async () => {
    // Written before dates were checked: the organisation can no longer report.
    const { rows } = await sql<{ id: string }>`
      insert into progress_report (tenant_id, task_id, reported_on, organization_id, percent, narrative)
      values ('test-tinh', ${localId(task['II.4']!)}, '2099-06-30', ${localId(org.LHH!)}, 45, 'Nhầm năm')
      returning id`.execute(h.db.kysely)
    const wrongId = rows[0]!.id
    const blocked = await report(LHH, { taskId: task['II.4'], percent: 50 })
    expect(blocked).toMatchObject({ code: 'REPORT_BEFORE_PREVIOUS', path: ['input', 'reportedOn'] })
    // Correcting it keeps its date unless told otherwise: that date is refused too.
    const keptDate = await correct(LHH, { reportId: wrongId, reason: 'Nhầm năm' })
    expect(keptDate).toMatchObject({ code: 'REPORT_IN_FUTURE', path: ['input', 'reportedOn'] })
    const fixed = await correct(LHH, {
      reportId: wrongId,
      reportedOn: '2026-02-27',
      reason: 'Nhầm năm: 2099 thay vì 2026',
    })
    expect(fixed).toMatchObject({
      __typename: 'CorrectProgressReportPayload',
      report: {
        reportedOn: '2026-02-27',
        percent: 45,
        narrative: 'Nhầm năm',
        reason: 'Nhầm năm: 2099 thay vì 2026',
        organization: { code: 'LHH' },
        corrects: { id: encodeGlobalID('ProgressReport', wrongId) },
        supersededBy: null,
      },
    })
    expect(fixed.report.corrects.supersededBy).toEqual({ id: fixed.report.id })
    const today = await report(LHH, { taskId: task['II.4'], percent: 50 })
    expect(today).toMatchObject({ report: { reportedOn: TODAY, percent: 50 } })
    const figures = await taskFigures(task['II.4']!)
    expect(figures.progress).toBe(50)
    const wrong = figures.progressReports.find(
      (r) => r.id === encodeGlobalID('ProgressReport', wrongId),
    )
    expect(wrong).toMatchObject({ reportedOn: '2099-06-30', supersededBy: { id: fixed.report.id } })
  })

  it('supersedes a mistaken figure: the correction keeps what it does not change, is audited, and moves the task and the scorecard', async () => {
    const before = await scorecardPercent()
    const mistaken = await report(SKHCN, {
      taskId: task['II.6'],
      percent: 90,
      narrative: 'Đã hoàn thành phần lớn',
      evidence: ['https://example.gov.vn/bc-6'],
    })
    expect(await scorecardPercent()).not.toBe(before)
    const fixed = await correct(SKHCN, {
      reportId: mistaken.report.id,
      percent: 35,
      reason: 'Nhầm số liệu: 35 % chứ không phải 90 %',
      idempotencyKey: 'dinh-chinh-1',
    })
    expect(fixed.report).toMatchObject({
      reportedOn: mistaken.report.reportedOn,
      percent: 35,
      narrative: 'Đã hoàn thành phần lớn',
      evidence: ['https://example.gov.vn/bc-6'],
      corrects: { id: mistaken.report.id },
    })
    // 35 is the figure the task had before the mistake: the scorecard is back where it was.
    expect((await taskFigures(task['II.6']!)).progress).toBe(35)
    expect(await scorecardPercent()).toBe(before)
    const retry = await correct(SKHCN, {
      reportId: mistaken.report.id,
      percent: 36,
      reason: 'Gửi lại',
      idempotencyKey: 'dinh-chinh-1',
    })
    expect(retry).toEqual(fixed)
    const audit = await sql<{ actor: string; action: string; before: any; after: any }>`
      select actor, action, before, after from audit_event
      where entity_type = 'ProgressReport' and entity_id = ${localId(fixed.report.id)}`.execute(
      h.db.kysely,
    )
    expect(audit.rows).toHaveLength(1)
    expect(audit.rows[0]).toMatchObject({
      actor: 'user:reporter-skhcn',
      action: 'task.progress-report-correction',
      before: { id: localId(mistaken.report.id), percent: 90 },
      after: {
        id: localId(fixed.report.id),
        percent: 35,
        reason: 'Nhầm số liệu: 35 % chứ không phải 90 %',
      },
    })
    // At most once: correct the correction instead.
    const again = await correct(SKHCN, {
      reportId: mistaken.report.id,
      percent: 30,
      reason: 'Lần nữa',
    })
    expectTypedError(again, 'ConflictError', 'REPORT_ALREADY_CORRECTED', ['input', 'reportId'])
    const chained = await correct(SKHCN, {
      reportId: fixed.report.id,
      percent: 30,
      reason: 'Lần nữa',
    })
    expect(chained).toMatchObject({ report: { percent: 30, corrects: { id: fixed.report.id } } })
    expect((await taskFigures(task['II.6']!)).progress).toBe(30)
  })

  it('lets correct a report only whoever could have filed it', async () => {
    const filed = await report(SKHCN, { taskId: task.kh3, percent: 65, narrative: 'Quý I' })
    const input = { reportId: filed.report.id, percent: 66, reason: 'Sửa' }
    // LHH coordinates the task, but did not file this report.
    expectTypedError(await correct(LHH, input), 'ForbiddenError', 'FORBIDDEN')
    expect(await correct(as('EDITOR', 'STC'), input)).toMatchObject({ code: 'FORBIDDEN' })
    const viewer = await h.graphql<any>(CORRECT, { input }, as('VIEWER', 'SKHCN'))
    expect(JSON.stringify(viewer.data?.correctProgressReport ?? viewer.errors)).toMatch(/FORBIDDEN/)
    const anonymous = await h.graphql<any>(CORRECT, { input }, null)
    expect(JSON.stringify(anonymous)).toMatch(/UNAUTHENTICATED/)
    // An editor above the organisation that filed it may.
    const editor = await correct(as('EDITOR', 'UBND-TINH'), input)
    expect(editor).toMatchObject({ report: { percent: 66, organization: { code: 'SKHCN' } } })
  })

  it('answers a report of a hidden task, of another tenant, or none exactly as an absent report', async () => {
    const { taskId } = await createdSecretTask(h, {
      symbol: '79/KH-UBND',
      issuedOn: '2026-01-20',
      leadId: org.SKHCN!,
    })
    const secret = await report(
      { roles: ['ADMIN'], clearance: 'MAT', sub: 'secretary' },
      {
        taskId,
        organizationId: org.SKHCN,
        percent: 5,
        narrative: 'Mật',
      },
    )
    expect(secret.__typename).toBe('ReportProgressPayload')
    const example = await loadExampleBundle()
    await importBundle(
      h.db,
      { ...example, tenant: { id: 'tinh-khac', name: 'Tỉnh khác' } } as never,
      { actor: 'test' },
      { clearance: 'TUYET_MAT' },
    )
    const { rows } = await sql<{ id: string }>`
      select id from progress_report where tenant_id = 'tinh-khac' limit 1`.execute(h.db.kysely)
    const answers = []
    for (const reportId of [
      secret.report.id,
      localId(secret.report.id),
      rows[0]!.id,
      crypto.randomUUID(),
      'not-an-id',
      task['II.6'],
      encodeGlobalID('ProgressReport', rows[0]!.id),
    ]) {
      answers.push(await correct(SKHCN, { reportId, percent: 1, reason: 'Thử' }))
    }
    expectTypedError(answers[0], 'NotFoundError', 'PROGRESS_REPORT_NOT_FOUND', [
      'input',
      'reportId',
    ])
    for (const answer of answers) expect(answer).toEqual(answers[0])
  })

  it('keeps the period a report names, carries it into a correction, and refuses one written otherwise', async () => {
    const named = await report(SKHCN, {
      taskId: task.kh3,
      percent: 40,
      narrative: 'Báo cáo quý IV năm 2025 (gửi chậm)',
      period: '2025-Q4',
    })
    expect(named.report).toMatchObject({ period: '2025-Q4', reportedOn: TODAY })
    const corrected = await correct(SKHCN, {
      reportId: named.report.id,
      percent: 45,
      reason: 'Sai số',
    })
    expect(corrected.report).toMatchObject({ period: '2025-Q4', percent: 45 })
    const plain = await report(SKHCN, { taskId: task.kh3, percent: 50, narrative: 'Không nêu kỳ' })
    expect(plain.report.period).toBeNull()
    const refused = await report(SKHCN, { taskId: task.kh3, percent: 50, period: 'Quý IV/2025' })
    expectTypedError(refused, 'ValidationError', 'INVALID_REPORT_PERIOD', ['input', 'period'])
    expect(refused.messageVi).toContain('Kỳ báo cáo')
  })

  it('refuses a correction without a reason, or dated in the future', async () => {
    const filed = await report(SKHCN, { taskId: task.kh3, percent: 67, narrative: 'Quý I (2)' })
    expectTypedError(
      await correct(SKHCN, { reportId: filed.report.id, reason: '  ' }),
      'ValidationError',
      'REASON_REQUIRED',
      ['input', 'reason'],
    )
    expect(
      await correct(SKHCN, {
        reportId: filed.report.id,
        reason: 'Sai ngày',
        reportedOn: '2099-01-01',
      }),
    ).toMatchObject({ code: 'REPORT_IN_FUTURE', path: ['input', 'reportedOn'] })
  })
})

/** The local id inside a global ID (base64 of `Type:id`). */
function localId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':')
}
