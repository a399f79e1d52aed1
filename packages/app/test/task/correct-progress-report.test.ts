import type { ProgressReportId, ProgressReportInput } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { correctProgressReport } from '../../src/task/correct-progress-report.js'
import { errorOf, failureOf } from '../support/result-of.js'
import { callerOf, contextOf, memoryTenant, REPORT, storeRefusal, uuid } from './task-fixture.js'

const filer = callerOf('REPORTER', 'SKHCN')
const reportId = REPORT.id.toUpperCase() as ProgressReportId

describe('correctProgressReport', () => {
  it('keeps what it is not told of the corrected report, in the name of its filer', async () => {
    const tenant = memoryTenant()
    const result = await correctProgressReport(contextOf(tenant.ports, filer), {
      reportId,
      reason: 'Nhầm số liệu',
      percent: null,
      narrative: 'Chưa có số liệu',
    })
    expect(result.ok && result.value.report.correctsId).toBe(REPORT.id)
    const [input] = tenant.writes[0]!.args as [ProgressReportInput]
    expect(input).toMatchObject({
      taskId: REPORT.taskId,
      organizationId: REPORT.organizationId,
      reportedOn: REPORT.reportedOn,
      percent: null,
      narrative: 'Chưa có số liệu',
      evidence: REPORT.evidence,
      correctsId: REPORT.id,
      reason: 'Nhầm số liệu',
    })
    expect(tenant.sessions.count).toBe(1)
  })

  it('keeps the figure when none is given', async () => {
    const tenant = memoryTenant()
    await correctProgressReport(contextOf(tenant.ports, filer), { reportId, reason: 'Sai ngày' })
    expect((tenant.writes[0]!.args[0] as ProgressReportInput).percent).toBe(REPORT.percent)
  })

  it('checks the key first, then answers an id that is no UUID as no report', async () => {
    const tenant = memoryTenant()
    const context = contextOf(tenant.ports, filer)
    const notAnId = 'not-a-report' as ProgressReportId
    const longKey = await correctProgressReport(context, {
      reportId: notAnId,
      reason: 'x',
      idempotencyKey: 'k'.repeat(201),
    })
    expect(longKey.ok || longKey.error.code).toBe('IDEMPOTENCY_KEY_TOO_LONG')
    const malformed = await correctProgressReport(context, { reportId: notAnId, reason: 'x' })
    expect(failureOf(malformed)).toEqual(['PROGRESS_REPORT_NOT_FOUND', ['reportId']])
    expect(tenant.reads.size).toBe(0)
  })

  it('answers a report of a task the caller cannot see as no report', async () => {
    const tenant = memoryTenant({ tasks: [] })
    const result = await correctProgressReport(contextOf(tenant.ports, filer), {
      reportId,
      reason: 'x',
    })
    expect(failureOf(result)).toEqual(['PROGRESS_REPORT_NOT_FOUND', ['reportId']])
    const absent = await correctProgressReport(contextOf(tenant.ports, filer), {
      reportId: uuid(31) as ProgressReportId,
      reason: 'x',
    })
    expect(errorOf(absent)).toEqual(errorOf(result))
  })

  it('is refused to a reporter of another organisation', async () => {
    const tenant = memoryTenant()
    const result = await correctProgressReport(
      contextOf(tenant.ports, callerOf('REPORTER', 'STC')),
      { reportId, reason: 'x' },
    )
    expect(result.ok || result.error.code).toBe('FORBIDDEN')
    expect(tenant.writes).toEqual([])
  })

  it('names the corrected report reportId in the store’s refusal', async () => {
    const tenant = memoryTenant({
      failWrite: storeRefusal('REPORT_ALREADY_CORRECTED', ['correctsId']),
    })
    const result = await correctProgressReport(contextOf(tenant.ports, filer), {
      reportId,
      reason: 'x',
    })
    expect(failureOf(result)).toEqual(['REPORT_ALREADY_CORRECTED', ['reportId']])
  })
})
