import { secrecyMark } from '../directive/secrecy.js'
import type { Report, ReportParagraph, ReportSource } from './assemble-report.js'
import { completionByLeadSvg, escapeHtml, timelinessStackedSvg } from './report-charts.js'
import { missingReportTable } from './report-missing-reports.js'
import {
  annexTable,
  figuresSentence,
  indicatorTable,
  leadTable,
  periodLine,
  rateTable,
  ratingSentence,
  reportOutline,
  timelinessCountRows,
} from './report-text.js'
import type { TextTable } from './text-table.js'

const CSS = `
body{font-family:"Times New Roman",Times,serif;font-size:14pt;line-height:1.5;max-width:210mm;margin:0 auto;padding:20mm 20mm 20mm 30mm;color:#000;background:#fff}
h1{font-size:15pt;text-align:center;margin:0 0 4pt}
h2{font-size:14pt;margin:14pt 0 6pt}
h3{font-size:14pt;font-style:italic;margin:10pt 0 4pt}
p{text-align:justify;margin:0 0 6pt;text-indent:1cm}
p.center{text-align:center;text-indent:0}
p.empty{font-style:italic;color:#555}
p.secrecy{font-weight:bold;text-indent:0;text-align:left;margin:0 0 12pt}
table{border-collapse:collapse;width:100%;font-size:12pt;margin:6pt 0 12pt}
th,td{border:1px solid #000;padding:2pt 4pt;vertical-align:top}
th{background:#f2f2f2}
td.n{text-align:right}
figure{margin:8pt 0;text-align:center}
figcaption{font-style:italic;font-size:12pt}
@media print{body{padding:0}}
`.trim()

function sourcesAttribute(sources: readonly ReportSource[]): string {
  return escapeHtml(sources.map((s) => `${s.kind}:${s.id}`).join(' '))
}

function paragraph(p: ReportParagraph): string {
  return `<p data-sources="${sourcesAttribute(p.sources)}">${escapeHtml(p.text)}</p>`
}

function table(t: TextTable<string | number>, className: string): string {
  const head = t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')
  const body = t.rows
    .map(
      (cells) =>
        `<tr>${cells
          .map((c) =>
            typeof c === 'number' ? `<td class="n">${c}</td>` : `<td>${escapeHtml(c)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n')
  return `<table class="${className}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
}

/**
 * Renders a report as one self-contained HTML page (inline CSS, inline SVG charts, no
 * scripts, fonts or links to fetch): its secrecy for machines in
 * `<meta name="secrecy" content="MAT">` (`PUBLIC` for a public report) and, for a secret
 * report, its mark ("MẬT", bold) as the first line of the page; the title, the period line, the six numbered parts of
 * the skeleton, then the annexes with two charts — completion by lead organisation as
 * horizontal bars, tasks by timeliness as a stacked bar — and the tables. Every paragraph
 * carries the ids of its records in `data-sources`; every text from the data is escaped.
 *
 * @example
 * ```ts
 * const r = assembleReport(input)
 * if (r.ok) await writeFile('so-ket.html', renderReportHtml(r.value))
 * ```
 */
export function renderReportHtml(report: Report): string {
  const out: string[] = []
  out.push(
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta name="secrecy" content="${escapeHtml(report.secrecy)}">`,
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
  )
  const mark = secrecyMark(report.secrecy)
  if (mark !== null) {
    out.push(`<p class="secrecy" data-secrecy="${escapeHtml(report.secrecy)}">${mark}</p>`)
  }
  out.push(
    `<h1>${escapeHtml(report.title.toUpperCase())}</h1>`,
    `<p class="center"><i>${escapeHtml(report.directive.symbolText)}: ${escapeHtml(report.directive.title)}</i></p>`,
  )
  if (report.scope !== null) {
    out.push(`<p class="center">Đơn vị: ${escapeHtml(report.scope.name)}</p>`)
  }
  out.push(`<p class="center">${escapeHtml(periodLine(report))}</p>`)

  for (const entry of reportOutline(report)) {
    out.push(`<h2>${entry.number}. ${escapeHtml(entry.title.toUpperCase())}</h2>`)
    if (entry.number === 'I') {
      out.push(
        `<p data-sources="${sourcesAttribute(report.timeliness.total.taskIds.map((id) => ({ kind: 'TASK', id })))}">` +
          `${escapeHtml(figuresSentence(report))}</p>`,
      )
      const rating = ratingSentence(report)
      if (rating !== null && report.rating !== null) {
        out.push(
          `<p data-sources="ASSESSMENT:${escapeHtml(report.rating.assessmentId)}">${escapeHtml(rating)}</p>`,
        )
      }
    }
    for (const part of entry.parts) {
      if (part.number !== null) {
        out.push(`<h3>${part.number}. ${escapeHtml(part.section.label.vi)}</h3>`)
      }
      if (part.section.paragraphs.length === 0) {
        out.push('<p class="empty">(Chưa có nội dung trong dữ liệu.)</p>')
      } else out.push(...part.section.paragraphs.map(paragraph))
    }
  }

  const f = report.timeliness
  out.push('<h2>PHỤ LỤC</h2>', '<h3>Phụ lục 1. Tình hình thực hiện nhiệm vụ</h3>')
  out.push(
    `<figure>${timelinessStackedSvg(report)}<figcaption>Biểu đồ 1. Nhiệm vụ theo tình hình thực hiện</figcaption></figure>`,
  )
  out.push(
    table({ header: ['Tình hình', 'Số nhiệm vụ'], rows: timelinessCountRows(f) }, 'timeliness'),
  )
  out.push(table(rateTable(f), 'rates'))
  out.push('<h3>Phụ lục 2. Theo cơ quan chủ trì</h3>')
  out.push(
    `<figure>${completionByLeadSvg(report)}<figcaption>Biểu đồ 2. Tỷ lệ hoàn thành theo cơ quan chủ trì</figcaption></figure>`,
  )
  out.push(table(leadTable(report), 'by-lead'))
  out.push('<h3>Phụ lục 3. Chỉ tiêu</h3>')
  if (report.indicators.length === 0) {
    out.push('<p class="empty">(Không có chỉ tiêu trong kỳ.)</p>')
  } else out.push(table(indicatorTable(report), 'indicators'))
  out.push('<h3>Phụ lục 4. Danh mục nhiệm vụ</h3>')
  out.push(table(annexTable(report), 'annex'))
  out.push('<h3>Phụ lục 5. Đơn vị chưa báo cáo</h3>')
  if (report.missingReports.length === 0) {
    out.push('<p class="empty">(Không có đơn vị chưa báo cáo.)</p>')
  } else out.push(table(missingReportTable(report), 'missing-reports'))
  out.push('</body>', '</html>')
  return `${out.join('\n')}\n`
}
