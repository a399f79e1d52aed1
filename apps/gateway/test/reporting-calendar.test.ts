import { testBackends } from '@chidao/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createdDirectiveId, createdTaskId } from './support/created-records.js'
import {
  type GatewayHarness,
  gatewayHarness,
  type TestIdentity,
} from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'

const CALENDAR = `query($organizationId: ID, $organizationCode: String, $directiveId: ID,
    $from: Date!, $to: Date!, $asOf: Date, $status: [ReportStatus!], $missingAsOf: Date) {
  reportingCalendar(organizationId: $organizationId, organizationCode: $organizationCode,
      directiveId: $directiveId, from: $from, to: $to, asOf: $asOf, status: $status,
      missingAsOf: $missingAsOf) {
    expectedReports {
      organization { code } directive { symbol } task { reference } recipient { code }
      cadence due status statusLabel { vi en }
      period { key label { vi en } start end due }
      report { reportedOn organization { code } }
    }
    totals { organization { code } received receivedLate missing notYetDue }
  }
}`

const CLEARED: TestIdentity = { roles: ['VIEWER'], org: 'UBND-TINH', clearance: 'MAT' }
const UNCLEARED: TestIdentity = { roles: ['VIEWER'], org: 'UBND-TINH', clearance: 'PUBLIC' }
const NOBODY = 'RGlyZWN0aXZlOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA=='

describe.each(testBackends())('the reporting calendar over HTTP on %s', (backend) => {
  let h: GatewayHarness
  let http: Listening
  let secretDirective: string

  beforeAll(async () => {
    h = await gatewayHarness(backend, { example: true })
    http = await listen(h.yoga)
    const lead = await h.graphql<any>('{ organization(code: "SKHCN") { id } }')
    secretDirective = await createdDirectiveId(h, {
      issuedOn: '2026-01-15',
      issuerCode: 'UBND-TINH',
      symbol: '78/KH-UBND',
      title: 'Kế hoạch mật có chế độ báo cáo',
      secrecy: 'MAT',
    })
    await createdTaskId(h, {
      directiveId: secretDirective,
      reference: '1',
      title: 'Nhiệm vụ mật báo cáo hằng tháng',
      leadId: lead.data.organization.id,
      reportingDuty: { cadence: 'MONTHLY', recipientId: lead.data.organization.id },
    })
  })
  afterAll(async () => {
    await http?.stop()
    await h?.dispose()
  })

  async function calendar(variables: Record<string, unknown>, identity: TestIdentity) {
    const token = await h.tokenFor(identity)
    const response = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: CALENDAR, variables }),
    })
    expect(response.status).toBe(200)
    return (await response.json()) as { data?: any; errors?: any[] }
  }

  it('lists who has not reported for the second half of 2025, with totals per organisation', async () => {
    const r = await calendar({ from: '2025-07-01', to: '2025-12-31', status: ['MISSING'] }, CLEARED)
    expect(r.errors).toBeUndefined()
    const missing = r.data.reportingCalendar.expectedReports
    const btg = missing.find(
      (e: any) => e.organization.code === 'BTG-TU' && e.cadence === 'HALF_YEARLY',
    )
    expect(btg).toMatchObject({
      directive: { symbol: '06-CTr/TU' },
      task: null,
      recipient: { code: 'BTV-TU' },
      due: '2025-12-31',
      status: 'MISSING',
      statusLabel: { vi: 'Chưa báo cáo (quá hạn)', en: 'Missing (overdue)' },
      period: {
        key: '2025-H2',
        label: { vi: '6 tháng cuối năm 2025', en: 'second half of 2025' },
        start: '2025-07-01',
        end: '2025-12-31',
        due: '2025-12-31',
      },
      report: null,
    })
    expect(missing.every((e: any) => e.status === 'MISSING')).toBe(true)
    const totals = r.data.reportingCalendar.totals
    const skhcn = totals.find((t: any) => t.organization.code === 'SKHCN')
    expect(skhcn.received).toBeGreaterThan(0)
    expect(totals.find((t: any) => t.organization.code === 'BTG-TU').missing).toBeGreaterThan(0)
    const received = await calendar(
      { organizationCode: 'SKHCN', from: '2025-07-01', to: '2025-12-31', status: ['RECEIVED'] },
      CLEARED,
    )
    expect(received.data.reportingCalendar.expectedReports[0]).toMatchObject({
      organization: { code: 'SKHCN' },
      report: { reportedOn: '2025-12-31', organization: { code: 'SKHCN' } },
    })
  })

  it("shows a secret directive's expected reports only to callers cleared for it", async () => {
    const asked = { directiveId: secretDirective, from: '2026-01-01', to: '2026-02-28' }
    const cleared = await calendar(asked, CLEARED)
    expect(
      cleared.data.reportingCalendar.expectedReports.map((e: any) => [
        e.period.key,
        e.due,
        e.status,
      ]),
    ).toEqual([
      ['2026-01', '2026-01-14', 'MISSING'],
      ['2026-02', '2026-02-14', 'MISSING'],
    ])
    const hidden = await calendar(asked, UNCLEARED)
    const absent = await calendar({ ...asked, directiveId: NOBODY }, UNCLEARED)
    expect(hidden).toEqual(absent)
    expect(hidden.data.reportingCalendar).toEqual({ expectedReports: [], totals: [] })
  })

  it('answers an organisation that does not exist as not found, and bad input with its field', async () => {
    const r = await calendar(
      { organizationCode: 'KHONG-CO', from: '2025-01-01', to: '2025-12-31' },
      CLEARED,
    )
    expect(r.errors?.[0]?.extensions?.code).toBe('ORGANIZATION_NOT_FOUND')
    const reversed = await calendar({ from: '2025-12-31', to: '2025-01-01' }, CLEARED)
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', path: ['to'] })
  })

  it('lists who has not reported in the annex of the drafted periodic report', async () => {
    const r = await h.graphql<any>(`{ directive(symbol: "06-CTr/TU") {
      report(kind: PERIODIC_REPORT, from: "2025-07-01", to: "2025-12-31", asOf: "2026-01-15")
    } }`)
    expect(r.errors).toBeUndefined()
    const markdown: string = r.data.directive.report
    const annex = markdown.slice(markdown.indexOf('### Phụ lục 5. Đơn vị chưa báo cáo'))
    expect(annex).toMatch(
      /\| Ban Tuyên giáo[^|]*\| Báo cáo 6 tháng cuối năm 2025 \(định kỳ 6 tháng\), theo chế độ báo cáo của văn bản \| [^|]+ \| 31\/12\/2025 \|/,
    )
  })
})
