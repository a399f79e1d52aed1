import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nProvider } from '../src/i18n/i18n.js'
import { defaultDocument, readDashboardSearch } from '../src/pages/dashboard/dashboard-search.js'
import {
  buildImplementationChain,
  type ChainChild,
} from '../src/pages/dashboard/implementation-chain.js'
import { formatRate } from '../src/pages/dashboard/rate.js'
import { downloadFileName, reportDownloadPath } from '../src/pages/dashboard/report-download.js'
import { readReportHtml } from '../src/pages/dashboard/report-html.js'
import { chartDescription, ScorecardChart } from '../src/pages/dashboard/scorecard-chart.js'

afterEach(cleanup)

describe('a rate on the dashboard', () => {
  it('always shows its denominator, the percentage as the reader writes it', () => {
    expect(formatRate({ numerator: 12, denominator: 20, percent: 60 }, 'vi', 'chưa có')).toBe(
      '12/20 — 60%',
    )
    expect(
      formatRate({ numerator: 6, denominator: 13, percent: 46.15384615 }, 'vi', 'chưa có'),
    ).toBe('6/13 — 46,2%')
    expect(
      formatRate({ numerator: 6, denominator: 13, percent: 46.15384615 }, 'en', 'none yet'),
    ).toBe('6/13 — 46.2%')
  })

  it('says there is no rate yet rather than 0 % when nothing is due', () => {
    expect(formatRate({ numerator: 0, denominator: 0, percent: null }, 'vi', 'chưa có')).toBe(
      '0/0 — chưa có',
    )
  })
})

const doc = (id: string, symbol: string, issuer = 'Tỉnh ủy') => ({
  id,
  symbol,
  title: symbol,
  issuer,
  ownTasks: 1,
  allTasks: 1,
})
const child = (id: string, symbol: string, depth: number, parentId: string, issuer?: string) =>
  ({ ...doc(id, symbol, issuer), depth, parentId }) satisfies ChainChild

describe('the implementation chain', () => {
  it('reads from the root down, and lays the documents implementing it as a tree', () => {
    const chain = buildImplementationChain(
      doc('p', '06-CTr/TU'),
      [doc('kl', '93-KL/TW'), doc('ct', '42-CT/TW')],
      [
        child('b', '45-KH/HU', 1, 'p'),
        child('a', '128/KH-UBND', 1, 'p'),
        child('c', '15-KH/ĐU', 2, 'b', 'Đảng ủy xã Bình An'),
        child('d', '15-KH/ĐU', 2, 'b', 'Đảng ủy xã An Thạnh'),
      ],
    )
    expect(chain.ancestors.map((d) => d.symbol)).toEqual(['42-CT/TW', '93-KL/TW'])
    // Siblings in Vietnamese order (symbol, then issuer); each plan under what it implements.
    expect(chain.descendants.map((d) => `${d.depth} ${d.symbol} ${d.issuer}`)).toEqual([
      '1 128/KH-UBND Tỉnh ủy',
      '1 45-KH/HU Tỉnh ủy',
      '2 15-KH/ĐU Đảng ủy xã An Thạnh',
      '2 15-KH/ĐU Đảng ủy xã Bình An',
    ])
  })

  it('keeps a document whose parent the caller may not see', () => {
    const chain = buildImplementationChain(
      doc('p', '06-CTr/TU'),
      [],
      [child('x', '9-KH/HU', 2, 'hidden')],
    )
    expect(chain.descendants.map((d) => d.id)).toEqual(['x'])
  })
})

describe("the dashboard's address", () => {
  it('keeps a document, a day and a lead, and drops what is malformed', () => {
    expect(
      readDashboardSearch({ directive: ' RGlyOjE= ', asOf: '2026-12-07', lead: 'b3Jn' }),
    ).toEqual({
      directive: 'RGlyOjE=',
      asOf: '2026-12-07',
      lead: 'b3Jn',
    })
    expect(readDashboardSearch({ asOf: '31/12/2026', directive: 3 })).toEqual({})
  })

  it('opens on the programme, else the first document', () => {
    expect(
      defaultDocument([
        { id: 'ct', kind: 'DIRECTIVE' },
        { id: 'p', kind: 'PROGRAM' },
      ]),
    ).toBe('p')
    expect(defaultDocument([{ id: 'ct', kind: 'DIRECTIVE' }])).toBe('ct')
    expect(defaultDocument([])).toBeNull()
  })
})

describe('downloading a report', () => {
  it("names the document by the id of the gateway's own download path", () => {
    expect(
      reportDownloadPath('/reports/tasks.xlsx?directive=5381-ab&asOf=2026-12-07', {
        kind: 'INTERIM_REVIEW',
        from: '2025-01-01',
        to: null,
        asOf: '2026-12-07',
        layout: 'party',
      }),
    ).toBe(
      '/reports/5381-ab?format=docx&kind=INTERIM_REVIEW&asOf=2026-12-07&from=2025-01-01&layout=party',
    )
  })

  it("saves under the gateway's ASCII name, else one made without diacritics", () => {
    expect(
      downloadFileName(
        `attachment; filename="so-ket-06-CTr-TU-2026-12-07.docx"; filename*=UTF-8''s%C6%A1`,
        'x',
      ),
    ).toBe('so-ket-06-CTr-TU-2026-12-07.docx')
    expect(downloadFileName(null, 'sơ-kết-15-KH-ĐU-2026-12-07.docx')).toBe(
      'so-ket-15-KH-DU-2026-12-07.docx',
    )
  })
})

describe('reading a drafted report', () => {
  it('keeps the text and the tables, runs nothing and drops what is not a report', () => {
    const view = readReportHtml(
      '<!DOCTYPE html><html><head><meta name="secrecy" content="MAT"><style>p{}</style></head>' +
        '<body><p class="secrecy">MẬT</p><h1 onclick="alert(1)">SƠ KẾT</h1>' +
        '<script>window.hacked = true</script><img src=x onerror="alert(1)">' +
        '<table><thead><tr><th>Cơ quan</th></tr></thead><tbody>\n<tr><td class="n">3</td></tr>\n</tbody></table>' +
        '<figure><svg></svg><figcaption>Biểu đồ</figcaption></figure></body></html>',
    )
    expect(view.secrecy).toBe('MAT')
    const { container } = render(<div>{view.content}</div>)
    expect(container.querySelector('h4')?.textContent).toBe('SƠ KẾT')
    expect(container.querySelector('h4')?.getAttribute('onclick')).toBeNull()
    expect(container.querySelector('script, img, figure, style')).toBeNull()
    expect(container.querySelector('th')?.getAttribute('scope')).toBe('col')
    expect(container.querySelector('td')?.className).toBe('report-n')
    expect(container.querySelector('p')?.className).toBe('report-secrecy')
  })

  it('takes a draft without a secrecy meta as public', () => {
    expect(readReportHtml('<p>x</p>').secrecy).toBe('PUBLIC')
  })
})

describe('the chart by lead organisation', () => {
  const lines = [
    {
      id: 'o1',
      name: 'Sở Khoa học và Công nghệ',
      counts: { total: 2, completedOnTime: 0, completedLate: 0, inProgress: 1, overdue: 1 },
    },
  ]

  it('has a text alternative giving every figure, in the reader’s language', () => {
    expect(chartDescription(lines, 'vi')).toEqual([
      'Sở Khoa học và Công nghệ: 2 — hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa hoàn thành trong hạn 1, chưa hoàn thành quá hạn 1.',
    ])
    render(
      <I18nProvider initial="vi">
        <ScorecardChart lines={lines} />
      </I18nProvider>,
    )
    const image = screen.getByRole('img')
    expect(image.getAttribute('aria-labelledby')?.split(' ')).toHaveLength(2)
    expect(image.querySelector('title')?.textContent).toBe('Biểu đồ nhiệm vụ theo cơ quan chủ trì')
    expect(image.querySelector('desc')?.textContent).toContain('Sở Khoa học và Công nghệ: 2 —')
    expect(image.querySelectorAll('rect')).toHaveLength(2)
  })
})
