import { testBackends } from '@chidao/db/testing'
import { compareLeads } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { exampleGatewayForSuite } from './support/gateway-harness.js'

const SEED_SENTENCE =
  'Ngày 20/11/2020, Ban Bí thư Trung ương Đảng ban hành Kết luận số 93-KL/TW về việc tiếp tục ' +
  'thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X về tiếp tục đổi mới.'

describe.each(testBackends())('the example programme through GraphQL on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)

  it('finds a directive by any spelling, with its chain and what implements it', async () => {
    const r = await h.graphql<{ directive: any }>(`{
      directive(symbol: "Số: 93-KL/TƯ") {
        kind symbol issuedOn title issuer { name }
        implementationChain { symbol }
        implementedBy { symbol kind }
        tasks(includeImplementing: true, first: 100) { totalCount }
      }
    }`)
    expect(r.errors).toBeUndefined()
    const d = r.data!.directive
    expect(d).toMatchObject({ kind: 'CONCLUSION', symbol: '93-KL/TW', issuedOn: '2020-11-20' })
    expect(d.issuer.name).toContain('Ban Bí thư')
    expect(d.implementationChain.map((x: any) => x.symbol)).toEqual(['42-CT/TW'])
    expect(d.implementedBy.map((x: any) => x.symbol)).toContain('06-CTr/TU')
    expect(d.tasks.totalCount).toBeGreaterThan(10)
    const missing = await h.graphql<{ directive: any }>(
      `{ directive(symbol: "999-KL/TW") { symbol } }`,
    )
    expect(missing.data!.directive).toBeNull()
    const bad = await h.graphql(`{ directive(symbol: "not a symbol") { symbol } }`)
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_DOCUMENT_SYMBOL')
  })

  it('lists tasks by timeliness as of a day, with the contract fields', async () => {
    const r = await h.graphql<{ tasks: any }>(`{
      tasks(filter: { timeliness: [OVERDUE] }, asOf: "2026-11-29", first: 20) {
        totalCount
        edges { node {
          title lead { name } coordinators { name }
          deadline { kind due text } status timeliness(asOf: "2026-11-29") progress
          recurring: deadline { dueDay { month day } start end dueDates(from: "2022-01-01", to: "2026-11-29") }
          periods(from: "2022-01-01", to: "2026-11-29", asOf: "2026-11-29") {
            key label { vi } due status report { reportedOn }
          }
        } }
      }
    }`)
    expect(r.errors).toBeUndefined()
    const { totalCount, edges } = r.data!.tasks
    expect(totalCount).toBeGreaterThan(0)
    expect(edges).toHaveLength(totalCount)
    for (const { node } of edges) {
      expect(node.timeliness).toBe('OVERDUE')
      // A recurring task is overdue when the report of its latest due period is missing.
      if (node.deadline.kind === 'RECURRING')
        expect(node.recurring.dueDates.length).toBeGreaterThan(0)
      else expect(node.deadline.due <= '2026-11-29').toBe(true)
      expect(node.lead.name.length).toBeGreaterThan(0)
    }
    // The fixed-day yearly duty of the example: 2024 and 2026 were never reported.
    const yearly = edges.find((e: any) => e.node.deadline.text === 'Trước 30/6 hằng năm')?.node
    expect(yearly.recurring).toMatchObject({
      dueDay: { month: 6, day: 30 },
      end: null,
      dueDates: ['2022-06-30', '2023-06-30', '2024-06-30', '2025-06-30', '2026-06-30'],
    })
    expect(yearly.periods.map((p: any) => [p.key, p.status, p.report?.reportedOn ?? null])).toEqual(
      [
        ['2022', 'RECEIVED', '2022-06-15'],
        ['2023', 'RECEIVED', '2023-06-28'],
        ['2024', 'MISSING', null],
        ['2025', 'RECEIVED', '2025-06-20'],
        ['2026', 'MISSING', null],
      ],
    )
    expect(yearly.periods[0].label.vi).toBe('Năm 2022')
  })

  it('gives a scorecard whose counts agree with the task lists', async () => {
    const d = await h.graphql<{ directive: any }>(`{ directive(symbol: "93-KL/TW") { id } }`)
    const id = d.data!.directive.id
    const r = await h.graphql<{ scorecard: any; tasks: any }>(
      `query($id: ID!) {
        scorecard(directiveId: $id, asOf: "2026-11-29") {
          counts { completedOnTime completedLate inProgress overdue cancelled total }
          onTimeRateDueByDate { numerator denominator denominatorKind percent }
          onTimeRateAllAssigned { numerator denominator denominatorKind percent }
          byLead { organization { id code name level } counts { total } }
        }
        tasks(filter: { directiveId: $id, includeImplementing: true, status: [NOT_STARTED, IN_PROGRESS, PAUSED, COMPLETED] }, asOf: "2026-11-29") { totalCount }
      }`,
      { id },
    )
    expect(r.errors).toBeUndefined()
    const card = r.data!.scorecard
    const c = card.counts
    expect(c.completedOnTime + c.completedLate + c.inProgress + c.overdue).toBe(c.total)
    expect(c.total).toBe(r.data!.tasks.totalCount)
    expect(card.onTimeRateAllAssigned).toMatchObject({
      denominator: c.total,
      denominatorKind: 'ALL_ASSIGNED',
    })
    expect(card.onTimeRateDueByDate.denominatorKind).toBe('DUE_BY_DATE')
    expect(card.byLead.reduce((n: number, l: any) => n + l.counts.total, 0)).toBe(c.total)
    // One line per lead, the higher level first, then by name: the order of a drafted report.
    const leads = card.byLead.map((l: any) => l.organization)
    expect(leads.length).toBeGreaterThan(2)
    expect(leads).toEqual([...leads].sort(compareLeads))
    expect(new Set(leads.map((o: any) => o.level)).size).toBeGreaterThan(1)
  })

  it('counts the periods of recurring tasks in the scorecard, per lead and in total, as the task periods show them', async () => {
    const asOf = '2026-11-29'
    const r = await h.graphql<{ scorecard: any }>(
      `query($asOf: Date!) {
        scorecard(directiveSymbol: "06-CTr/TU", asOf: $asOf) {
          periods { from to due received receivedLate missing }
          byLead { organization { code } periods { due received receivedLate missing } }
        }
      }`,
      { asOf },
    )
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    const { periods, byLead } = r.data!.scorecard
    expect(periods).toMatchObject({ from: '2026-01-01', to: asOf })
    expect(periods.received + periods.receivedLate + periods.missing).toBe(periods.due)
    for (const key of ['due', 'received', 'receivedLate', 'missing'] as const) {
      expect(
        byLead.reduce((n: number, l: any) => n + l.periods[key], 0),
        key,
      ).toBe(periods[key])
    }
    // The same periods, one by one, in the task lists: what the scorecard counts is what they show.
    const listed = await h.graphql<{ tasks: any }>(
      `query($asOf: Date!) {
        tasks(filter: { directiveSymbol: "06-CTr/TU", includeImplementing: true }, asOf: $asOf, first: 100) {
          totalCount
          edges { node { status deadline { kind } periods(from: "2026-01-01", to: $asOf, asOf: $asOf) { status } } }
        }
      }`,
      { asOf },
    )
    expect(listed.errors, JSON.stringify(listed.errors)).toBeUndefined()
    expect(listed.data!.tasks.totalCount).toBeLessThanOrEqual(100)
    const judged = listed
      .data!.tasks.edges.filter(
        (e: any) => e.node.deadline?.kind === 'RECURRING' && e.node.status !== 'CANCELLED',
      )
      .flatMap((e: any) => e.node.periods.map((p: any) => p.status))
    const count = (status: string) => judged.filter((s: string) => s === status).length
    expect([count('RECEIVED'), count('RECEIVED_LATE'), count('MISSING')]).toEqual([
      periods.received,
      periods.receivedLate,
      periods.missing,
    ])
    expect(periods.due).toBeGreaterThan(0)
  })

  it('extracts citations and links them to stored directives', async () => {
    const r = await h.graphql<{ extractCitations: any[] }>(
      `query($text: String!) { extractCitations(text: $text) {
        kind symbol issuedOn issuer term start end directive { symbol }
      } }`,
      { text: SEED_SENTENCE },
    )
    expect(r.errors).toBeUndefined()
    const symbols = r.data!.extractCitations.map((c) => c.symbol)
    expect(symbols).toEqual(['93-KL/TW', '42-CT/TW'])
    const ct42 = r.data!.extractCitations[1]
    expect(ct42).toMatchObject({ kind: 'DIRECTIVE', issuedOn: '2010-04-16', term: 10 })
    expect(ct42.directive).toEqual({ symbol: '42-CT/TW' })
    expect(SEED_SENTENCE.slice(ct42.start, ct42.end)).toContain('42-CT/TW')
  })
})
