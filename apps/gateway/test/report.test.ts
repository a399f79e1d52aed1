import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { testBackends } from '@chidao/db/testing'
import { TIMELINESS_LABELS } from '@chidao/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliScratch } from './support/cli-scratch.js'
import { gatewayHarness } from './support/gateway-harness.js'
import { expectQueryError } from './support/query-error-shape.js'

// The sơ kết of the example programme: its period and the day its figures are taken.
const FROM = '2021-03-15'
const TO = '2024-03-31'
const AS_OF = '2024-03-31'

const REPORT = /* GraphQL */ `
  query Report($format: ReportFormat!, $asOf: Date) {
    directive(symbol: "06-CTr/TU") {
      id
      report(kind: INTERIM_REVIEW, from: "${FROM}", to: "${TO}", asOf: $asOf, format: $format)
    }
  }
`

const SCORECARD = /* GraphQL */ `
  query Card($directiveId: ID!, $asOf: Date!) {
    scorecard(directiveId: $directiveId, asOf: $asOf) {
      counts { completedOnTime completedLate inProgress overdue cancelled total }
      completionRateDueByDate { numerator denominator }
      completionRateAllAssigned { numerator denominator }
      onTimeRateDueByDate { numerator denominator }
      onTimeRateAllAssigned { numerator denominator }
    }
  }
`

type Card = Record<string, any>

/** The numbers a rendered report states, read back from its annex table and its rates. */
function numbersInMarkdown(md: string) {
  const row = (label: string) => {
    const m = md.match(new RegExp(`^\\| ${label} \\| (\\d+) \\|$`, 'm'))
    return m ? Number(m[1]) : null
  }
  const rates = (label: string) => {
    const m = md.match(
      new RegExp(`^\\| ${label} \\| (\\d+)/(\\d+) \\(.*?\\) \\| (\\d+)/(\\d+) `, 'm'),
    )
    return m ? m.slice(1, 5).map(Number) : null
  }
  return {
    completedOnTime: row(TIMELINESS_LABELS.COMPLETED_ON_TIME.vi),
    completedLate: row(TIMELINESS_LABELS.COMPLETED_LATE.vi),
    inProgress: row(TIMELINESS_LABELS.IN_PROGRESS.vi),
    overdue: row(TIMELINESS_LABELS.OVERDUE.vi),
    total: row('Tổng số \\(không kể nhiệm vụ đã hủy\\)'),
    cancelled: row('Đã hủy'),
    completed: rates('Tỷ lệ hoàn thành'),
    onTime: rates('Tỷ lệ hoàn thành đúng hạn'),
  }
}

function expected(card: Card) {
  return {
    ...card.counts,
    completed: [
      card.completionRateDueByDate.numerator,
      card.completionRateDueByDate.denominator,
      card.completionRateAllAssigned.numerator,
      card.completionRateAllAssigned.denominator,
    ],
    onTime: [
      card.onTimeRateDueByDate.numerator,
      card.onTimeRateDueByDate.denominator,
      card.onTimeRateAllAssigned.numerator,
      card.onTimeRateAllAssigned.denominator,
    ],
  }
}

describe.each(testBackends())('Directive.report on the example programme on %s', (backend) => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  let directiveId: string
  let card: Card
  beforeAll(async () => {
    h = await gatewayHarness(backend, { example: true })
    const r = await h.graphql<{ directive: { id: string } }>(
      `{ directive(symbol: "06-CTr/TU") { id } }`,
    )
    directiveId = r.data!.directive.id
    const c = await h.graphql<{ scorecard: Card }>(SCORECARD, { directiveId, asOf: AS_OF })
    expect(c.errors).toBeUndefined()
    card = c.data!.scorecard
  })
  afterAll(() => h?.dispose())

  /** The sơ kết of the example programme as drafted in `format` as of `asOf`. */
  async function drafted(format: 'MARKDOWN' | 'HTML', asOf: string): Promise<string> {
    const r = await h.graphql<{ directive: { report: string } }>(REPORT, { format, asOf })
    expect(r.errors).toBeUndefined()
    return r.data!.directive.report
  }

  it('drafts the sơ kết in Markdown: the skeleton from the review, the scorecard numbers', async () => {
    const md = await drafted('MARKDOWN', AS_OF)
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## I. KẾT QUẢ ĐẠT ĐƯỢC',
      '## II. HẠN CHẾ',
      '## III. NGUYÊN NHÂN',
      '## IV. BÀI HỌC KINH NGHIỆM',
      '## V. PHƯƠNG HƯỚNG, NHIỆM VỤ',
      '## VI. ĐỀ XUẤT, KIẾN NGHỊ',
      '## PHỤ LỤC',
    ])
    expect(md).toContain('# SƠ KẾT THỰC HIỆN 06-CTR/TU')
    expect(md).toContain('Đơn vị: Ban Thường vụ Tỉnh ủy')
    // From the interim review's findings, and from the progress narratives.
    expect(md).toContain('Ngân sách tỉnh khó khăn trong giai đoạn phục hồi sau dịch bệnh')
    expect(md).toContain('Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính')
    expect(md).toContain('Phát hành 2.000 cuốn tài liệu hỏi đáp')
    expect(md).toContain('Xếp loại: Hoàn thành tốt nhiệm vụ (78 điểm')
    expect(md).toContain(
      '| Số hội thành viên của Liên hiệp hội tỉnh | hội | 1/1/2023–31/12/2023 | 21 | 20 | Không đạt |',
    )
    expect(md).toMatch(/<!-- ASSESSMENT:[0-9a-f-]{36} -->/)
    expect(numbersInMarkdown(md)).toEqual(expected(card))
    expect(card.counts.total).toBeGreaterThan(10)
  })

  it('drafts it in HTML with the charts, the same numbers in the bars and the tables', async () => {
    const html = await drafted('HTML', AS_OF)
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=/)
    expect(html.match(/<svg /g)).toHaveLength(2)
    const counted = Object.fromEntries(
      [...html.matchAll(/data-timeliness="(\w+)" data-count="(\d+)"/g)].map((m) => [
        m[1],
        Number(m[2]),
      ]),
    )
    expect({
      completedOnTime: counted.COMPLETED_ON_TIME ?? 0,
      completedLate: counted.COMPLETED_LATE ?? 0,
      inProgress: counted.IN_PROGRESS ?? 0,
      overdue: counted.OVERDUE ?? 0,
    }).toEqual({
      completedOnTime: card.counts.completedOnTime,
      completedLate: card.counts.completedLate,
      inProgress: card.counts.inProgress,
      overdue: card.counts.overdue,
    })
    const d = card.completionRateDueByDate
    const a = card.completionRateAllAssigned
    expect(html).toContain(`<td>Tỷ lệ hoàn thành</td><td>${d.numerator}/${d.denominator} (`)
    expect(html).toContain(`<td>${a.numerator}/${a.denominator} (`)
    expect(html).toContain('<h2>III. NGUYÊN NHÂN</h2>')
  })

  it('judges on the date asked, as the scorecard does on that date', async () => {
    const later = '2026-01-31'
    const c = await h.graphql<{ scorecard: Card }>(SCORECARD, { directiveId, asOf: later })
    expect(numbersInMarkdown(await drafted('MARKDOWN', later))).toEqual(expected(c.data!.scorecard))
  })

  it('lists the leads in the order of the scorecard’s lines', async () => {
    const c = await h.graphql<{ scorecard: { byLead: { organization: { name: string } }[] } }>(
      `query($directiveId: ID!) { scorecard(directiveId: $directiveId, asOf: "${AS_OF}") {
        byLead { organization { name } } } }`,
      { directiveId },
    )
    expect(c.errors).toBeUndefined()
    const md = await drafted('MARKDOWN', AS_OF)
    const rows = [...md.matchAll(/^\| (.+?) \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|/gm)].map(
      (m) => m[1],
    )
    const names = c.data!.scorecard.byLead.map((l) => l.organization.name)
    expect(names.length).toBeGreaterThan(2)
    expect(rows).toEqual(names)
    // Provincial bodies first, then the district, then the communes: by level, then by name.
    expect(names.slice(-3)).toEqual([
      'Huyện ủy An Phú',
      'Đảng ủy xã An Thạnh',
      'Đảng ủy xã Bình An',
    ])
  })

  it('scoped to an organisation: the numbers of the scorecard lines of its subtree', async () => {
    // The provincial People's Committee and its departments (the example's tree).
    const subtree = ['UBND-TINH', 'SKHCN', 'STC', 'SGDDT', 'SNV']
    const c = await h.graphql<{ scorecard: { byLead: Card[] } }>(
      `query($directiveId: ID!) { scorecard(directiveId: $directiveId, asOf: "${AS_OF}") {
        byLead { organization { code }
          counts { completedOnTime completedLate inProgress overdue cancelled total }
          completionRateDueByDate { numerator denominator }
          completionRateAllAssigned { numerator denominator }
          onTimeRateDueByDate { numerator denominator }
          onTimeRateAllAssigned { numerator denominator } } } }`,
      { directiveId },
    )
    expect(c.errors).toBeUndefined()
    const lines = c.data!.scorecard.byLead.filter((l) => subtree.includes(l.organization.code))
    expect(lines.length).toBeGreaterThan(1)
    const sum = (pick: (l: Card) => number) => lines.reduce((n, l) => n + pick(l), 0)
    const rate = (key: string) => ({
      numerator: sum((l) => l[key].numerator),
      denominator: sum((l) => l[key].denominator),
    })
    const scoped: Card = {
      counts: Object.fromEntries(
        ['completedOnTime', 'completedLate', 'inProgress', 'overdue', 'cancelled', 'total'].map(
          (k) => [k, sum((l) => l.counts[k])],
        ),
      ),
      completionRateDueByDate: rate('completionRateDueByDate'),
      completionRateAllAssigned: rate('completionRateAllAssigned'),
      onTimeRateDueByDate: rate('onTimeRateDueByDate'),
      onTimeRateAllAssigned: rate('onTimeRateAllAssigned'),
    }
    const r = await h.graphql<{ directive: { report: string } }>(
      `{ directive(symbol: "06-CTr/TU") {
        report(kind: INTERIM_REVIEW, from: "${FROM}", to: "${TO}", asOf: "${AS_OF}", organizationCode: "UBND-TINH")
      } }`,
    )
    expect(r.errors).toBeUndefined()
    const md = r.data!.directive.report
    expect(md).toContain('Đơn vị: Ủy ban nhân dân tỉnh Minh Họa')
    expect(numbersInMarkdown(md)).toEqual(expected(scoped))
    expect(scoped.counts.total).toBeLessThan(card.counts.total)
    // The interim review is the province's, not the committee's: its findings stay out.
    expect(md).not.toContain('Ngân sách tỉnh khó khăn trong giai đoạn phục hồi sau dịch bệnh')

    const unknown = await h.graphql(`{ directive(symbol: "06-CTr/TU") {
      report(organizationCode: "NOPE") } }`)
    expect(unknown.errors?.[0]?.message).toBe('No organisation NOPE in this tenant')
    expect(
      expectQueryError(unknown.errors?.[0], 'ORGANIZATION_NOT_FOUND', ['organizationCode'])
        .messageVi,
    ).toBe('Không có tổ chức NOPE')
  })

  it('reports a bad period as a coded error', async () => {
    const r = await h.graphql(`{
      directive(symbol: "06-CTr/TU") { report(from: "2024-01-01", to: "2023-01-01") }
    }`)
    expect(r.errors?.[0]?.message).toBe(
      'The period must be two real dates, the first not after the second',
    )
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_REPORT_PERIOD',
      messageVi: 'Kỳ báo cáo phải gồm hai ngày hợp lệ, ngày đầu không sau ngày cuối',
      path: ['period'],
    })
  })

  it('leaves out what the caller may not see', async () => {
    const secret = await h.graphql<{ directive: { report: string } | null }>(
      `{ directive(symbol: "215-TB/TU") { report } }`,
      undefined,
      { roles: ['VIEWER'], clearance: 'PUBLIC' },
    )
    expect(secret.data?.directive ?? null).toBeNull()
  })
})

describe('chidao report', () => {
  // The commands run in this process: the import and one DOCX run as separate processes show
  // the binary works, the other runs need not pay for starting Node and tsx again.
  const cli = cliScratch('chidao-report-')
  const dir = cli.dir
  const chidao = (args: string[]) => cli.inProcess(args)

  it('writes the sơ kết of the example programme in all three formats', async () => {
    cli.importExample()
    const common = ['--directive', '06-CTr/TU', '--kind', 'INTERIM_REVIEW', '--from', FROM]
    const md = await chidao(['report', ...common, '--to', TO, '--format', 'md'])
    expect(md.code, md.stderr).toBe(0)
    expect(md.stdout).toContain('# SƠ KẾT THỰC HIỆN 06-CTR/TU')
    const out = join(dir(), 'so-ket.html')
    const html = await chidao(['report', ...common, '--to', TO, '--format', 'html', '--out', out])
    expect(html.code, html.stderr).toBe(0)
    expect(await readFile(out, 'utf8')).toContain('<h2>I. KẾT QUẢ ĐẠT ĐƯỢC</h2>')
    const docx = join(dir(), 'so-ket.docx')
    const word = await chidao(['report', ...common, '--to', TO, '--format', 'docx', '--out', docx])
    expect(word.code, word.stderr).toBe(0)
    const bytes = await readFile(docx)
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b])
    const scoped = join(dir(), 'so-ket-ubnd.docx')
    const state = cli.run([
      'report',
      ...common,
      '--to',
      TO,
      '--format',
      'docx',
      '--out',
      scoped,
      '--org',
      'UBND-TINH',
      '--layout',
      'state',
      '--number',
      '12',
    ])
    expect(state.code, state.stderr).toBe(0)
    expect((await readFile(scoped)).byteLength).toBeGreaterThan(10_000)
    const usage = await chidao(['report', '--directive', '06-CTr/TU', '--format', 'docx'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('--format docx writes a binary file: give --out <file>')
    const layout = await chidao(['report', '--directive', '06-CTr/TU', '--layout', 'word'])
    expect(layout.code).toBe(2)
    expect(layout.stderr).toContain(
      "option '--layout <layout>' argument 'word' is invalid. Allowed choices are party, state.",
    )
    const org = await chidao(['report', '--directive', '06-CTr/TU', '--org', 'NOPE'])
    expect(org.code).toBe(1)
    expect(org.stderr).toContain('No organisation NOPE in this tenant / Không có tổ chức NOPE')
    const missing = await chidao(['report', '--directive', '99-CTr/TU'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('No directive 99-CTr/TU')
  })
})
