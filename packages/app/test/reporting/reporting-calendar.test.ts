import type { OrganizationId, ReportStatus } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { type ReportingCalendarRequest, reportingCalendar } from '../../src/index.js'
import { failureOf } from '../support/result-of.js'
import { readContext, recorder, TODAY } from '../support/use-case-context.js'
import { organizationReader, UBND_TINH } from '../support/use-case-fixtures.js'

function ports() {
  const calendar = recorder(async (_request: ReportingCalendarRequest) => ({
    expectedReports: [],
    totals: [],
  }))
  const reader = organizationReader()
  const organizations = {
    ...reader,
    findById: async (id: OrganizationId) => (await reader.findByIds([id]))[0] ?? null,
  }
  return {
    calendar,
    context: readContext({ reporting: { reportingCalendar: calendar }, organizations }),
  }
}

describe('reportingCalendar', () => {
  it('asks the database for the scope, judged today unless told otherwise', async () => {
    const { calendar, context } = ports()
    const org = UBND_TINH.id
    const r = await reportingCalendar(context, {
      organizationCode: 'UBND-TINH',
      from: '2026-01-01',
      to: '2026-06-30',
      status: ['MISSING'],
    })
    expect(r.ok).toBe(true)
    expect(calendar.calls[0]?.[0]).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      asOf: TODAY,
      organizationId: org,
      directiveId: null,
      status: ['MISSING'],
      missingAsOf: null,
    })
  })

  it('refuses bad dates, reversed or too long ranges and unknown statuses, naming the field', async () => {
    const { calendar, context } = ports()
    const base = { from: '2026-01-01', to: '2026-06-30' }
    const cases: [Parameters<typeof reportingCalendar>[1], string, (string | number)[]][] = [
      [{ ...base, from: '2026-02-30' }, 'VALIDATION', ['from']],
      [{ ...base, to: '30/6/2026' }, 'VALIDATION', ['to']],
      [{ ...base, asOf: 'hôm nay' }, 'VALIDATION', ['asOf']],
      [{ ...base, missingAsOf: '2026-13-01' }, 'VALIDATION', ['missingAsOf']],
      [{ from: '2026-07-01', to: '2026-06-30' }, 'VALIDATION', ['to']],
      [{ from: '2000-01-01', to: '2026-06-30' }, 'VALIDATION', ['to']],
      [{ ...base, status: ['MISSING', 'LOST' as ReportStatus] }, 'VALIDATION', ['status', 1]],
    ]
    for (const [input, code, path] of cases) {
      const r = await reportingCalendar(context, input)
      expect(failureOf(r)).toEqual([code, path])
      if (!r.ok) expect(r.error.messageVi).not.toBe(r.error.message)
    }
    expect(calendar.calls).toHaveLength(0)
  })

  it('answers an organisation that does not exist as not found, by id or by code', async () => {
    const { calendar, context } = ports()
    const base = { from: '2026-01-01', to: '2026-06-30' }
    const none = '00000000-0000-0000-0000-0000000000ff' as OrganizationId
    expect(failureOf(await reportingCalendar(context, { ...base, organizationId: none }))).toEqual([
      'ORGANIZATION_NOT_FOUND',
      ['organizationId'],
    ])
    expect(
      failureOf(await reportingCalendar(context, { ...base, organizationCode: 'KHONG-CO' })),
    ).toEqual(['ORGANIZATION_NOT_FOUND', ['organizationCode']])
    expect(calendar.calls).toHaveLength(0)
  })
})
