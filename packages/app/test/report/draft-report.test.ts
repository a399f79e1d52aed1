import { compareVietnamese, renderReportMarkdown } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { DRAFT_REPORT_ERRORS, draftReport, drawUpScorecard } from '../../src/index.js'
import { errorOf, failureOf } from '../support/result-of.js'
import {
  FACTS,
  ORGANIZATIONS,
  PROGRAMME,
  reportTenant,
  STC,
  symbolOf,
  UB,
} from './report-tenant.js'

const codeOf = (id: string) => ORGANIZATIONS.find((o) => o.id === id)?.code
const leadCodes = [...new Set(FACTS.map((f) => codeOf(f.leadId) ?? ''))]

describe('draftReport', () => {
  it('lists leads as the scorecard does — one grouping, one order: by level, then name', async () => {
    const { context } = reportTenant()
    const drafted = await draftReport(context, {
      directive: PROGRAMME.id,
      kind: 'INTERIM_REVIEW',
      asOf: '2024-03-31',
    })
    const scored = await drawUpScorecard(context, { directiveId: PROGRAMME.id, asOf: '2024-03-31' })
    if (!drafted.ok || !scored.ok) throw new Error('expected a report and a scorecard')
    const inReport = drafted.value.report.byLead.map((line) => line.organization.code)
    const inApi = scored.value.byLead.map((line) => line.lead?.code)
    expect(inReport).toEqual(inApi)
    // Provincial bodies first, then the district, then the commune; by name within a level.
    expect(inApi).toEqual(['STC', 'UBND-TINH', 'A-HUYEN', 'DU-XA-BINH-AN'])
    // Neither the order of the codes (the API's before) nor of the names (the report's).
    expect(inApi).not.toEqual([...leadCodes].sort(compareVietnamese))
    const names = ORGANIZATIONS.filter((o) => leadCodes.includes(o.code))
      .sort((a, b) => compareVietnamese(a.name, b.name))
      .map((o) => o.code)
    expect(inApi).not.toEqual(names)
    // Each line's figures are the scorecard line's.
    drafted.value.report.byLead.forEach((line, i) => {
      expect(line.timeliness.total.value).toBe(scored.value.byLead[i]?.card.counts.total)
    })
  })

  it('gives a task whose deadline was extended its original due day, beside the one in force', async () => {
    const { context } = reportTenant()
    const drafted = await draftReport(context, {
      directive: PROGRAMME.id,
      kind: 'INTERIM_REVIEW',
      asOf: '2024-03-31',
    })
    if (!drafted.ok) throw new Error(drafted.error.message)
    const annex = drafted.value.report.annex
    expect(annex.find((l) => l.taskId === 't2')).toMatchObject({
      due: '2023-12-31',
      originalDue: '2023-06-30',
    })
    expect(annex.filter((l) => l.originalDue !== null).map((l) => l.taskId)).toEqual(['t2'])
    expect(renderReportMarkdown(drafted.value.report)).toContain(
      '31/12/2023 (gia hạn từ 30/6/2023)',
    )
  })

  it('finds the directive by id or by symbol; one it cannot see is DIRECTIVE_NOT_FOUND', async () => {
    const { context } = reportTenant()
    const bySymbol = await draftReport(context, {
      directive: { symbol: symbolOf('06-CTr/TU'), year: null },
      kind: 'PERIODIC_REPORT',
    })
    expect(bySymbol.ok && bySymbol.value.directive.id).toBe(PROGRAMME.id)
    const hidden = reportTenant({ directives: true }).context
    for (const directive of [PROGRAMME.id, { symbol: symbolOf('06-CTr/TU') }]) {
      const r = await draftReport(hidden, { directive, kind: 'PERIODIC_REPORT' })
      expect(failureOf(r)).toEqual(['DIRECTIVE_NOT_FOUND', ['directive']])
    }
  })

  it('scopes the report to an organisation and its subtree, by code or by id', async () => {
    const { context, asked } = reportTenant()
    const r = await draftReport(context, {
      directive: PROGRAMME.id,
      kind: 'PERIODIC_REPORT',
      organizationCode: ' UBND-TINH ',
    })
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.report.scope?.code).toBe('UBND-TINH')
    expect(r.value.report.byLead.map((l) => l.organization.code)).toEqual(['STC', 'UBND-TINH'])
    expect(asked.at(-1)?.filter).toMatchObject({ leadOrganizationId: UB.id, includeSubtree: true })
    const byId = await draftReport(context, {
      directive: PROGRAMME.id,
      kind: 'PERIODIC_REPORT',
      organizationId: STC.id,
    })
    expect(byId.ok && byId.value.report.scope?.code).toBe('STC')
  })

  it('refuses an unknown organisation, or one given both by code and by id', async () => {
    const { context } = reportTenant()
    const base = { directive: PROGRAMME.id, kind: 'PERIODIC_REPORT' } as const
    const unknown = await draftReport(context, { ...base, organizationCode: 'NOPE' })
    expect(errorOf(unknown)).toMatchObject({
      code: 'ORGANIZATION_NOT_FOUND',
      message: 'No organisation NOPE in this tenant',
      messageVi: 'Không có tổ chức NOPE',
      path: ['organizationCode'],
    })
    const unknownId = await draftReport(context, {
      ...base,
      organizationId: '00000000-0000-0000-0000-000000000000' as typeof STC.id,
    })
    expect(failureOf(unknownId)).toEqual(['ORGANIZATION_NOT_FOUND', ['organizationId']])
    const both = await draftReport(context, {
      ...base,
      organizationCode: 'NOPE',
      organizationId: STC.id,
    })
    expect(failureOf(both)).toEqual(['VALIDATION', ['organizationCode']])
  })

  it('settles the period: asOf defaults to `to`, else today; the period to the issue day through asOf', async () => {
    const { context } = reportTenant()
    const draft = async (dates: { from?: string; to?: string; asOf?: string }) => {
      const r = await draftReport(context, {
        directive: PROGRAMME.id,
        kind: 'PERIODIC_REPORT',
        ...dates,
      })
      if (!r.ok) throw new Error(r.error.message)
      return { period: r.value.report.period, asOf: r.value.report.asOf }
    }
    expect(await draft({})).toEqual({
      period: { from: '2021-03-15', to: '2024-03-31' },
      asOf: '2024-03-31',
    })
    expect(await draft({ to: '2023-12-31' })).toEqual({
      period: { from: '2021-03-15', to: '2023-12-31' },
      asOf: '2023-12-31',
    })
    expect(await draft({ from: '2023-01-01', asOf: '2023-06-30' })).toEqual({
      period: { from: '2023-01-01', to: '2023-06-30' },
      asOf: '2023-06-30',
    })
  })

  it('refuses a period backwards or a bad day, with the one period check', async () => {
    const { context } = reportTenant()
    const base = { directive: PROGRAMME.id, kind: 'PERIODIC_REPORT' } as const
    const backwards = await draftReport(context, { ...base, from: '2024-01-01', to: '2023-01-01' })
    expect(errorOf(backwards)).toMatchObject({
      code: 'INVALID_REPORT_PERIOD',
      message: 'The period must be two real dates, the first not after the second',
      path: ['period'],
    })
    const badDay = await draftReport(context, { ...base, asOf: '2024-02-30' })
    expect(badDay.ok || badDay.error.code).toBe('INVALID_REPORT_PERIOD')
    const badAsOf = await draftReport(context, { ...base, to: '2024-03-01', asOf: '31/3/2024' })
    expect(failureOf(badAsOf)).toEqual(['INVALID_REPORT_AS_OF', ['asOf']])
    expect(DRAFT_REPORT_ERRORS).toContain('INVALID_REPORT_PERIOD')
  })

  it('draws the letterhead only when asked, from the organisation it speaks for', async () => {
    const { context } = reportTenant()
    const base = { directive: PROGRAMME.id, kind: 'PERIODIC_REPORT' } as const
    const plain = await draftReport(context, base)
    expect(plain.ok && plain.value.letterhead).toBeNull()
    const signed = await draftReport(context, { ...base, letterhead: { layout: null } })
    expect(signed.ok && signed.value.letterhead).toMatchObject({
      layout: 'party',
      issuer: 'Tỉnh ủy Minh Họa',
      place: 'Minh Họa',
      signature: { capacity: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ' },
    })
    const state = await draftReport(context, {
      ...base,
      organizationCode: 'STC',
      letterhead: { layout: 'state' },
    })
    expect(state.ok && state.value.letterhead).toMatchObject({
      layout: 'state',
      superior: 'Ủy ban nhân dân tỉnh Minh Họa',
      issuer: 'Sở Tài chính',
      recipients: ['Lưu: VT'],
      signature: { position: 'GIÁM ĐỐC' },
    })
  })
})
