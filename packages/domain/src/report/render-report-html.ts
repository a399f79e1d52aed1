import { secrecyMark } from '../directive/secrecy.js'
import type { Report, ReportParagraph, ReportSource } from './assemble-report.js'
import { type ReportAnnex, reportAnnexes } from './report-annexes.js'
import { completionByLeadSvg, escapeHtml, timelinessStackedSvg } from './report-charts.js'
import { figuresSentence, periodLine, ratingSentence, reportOutline } from './report-text.js'
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

/** The chart drawn at the head of an annex: tasks by timeliness, completion by lead; or none. */
function annexChart(report: Report, key: ReportAnnex['key']): string | null {
  if (key === 'timeliness') {
    return `<figure>${timelinessStackedSvg(report)}<figcaption>Biểu đồ 1. Nhiệm vụ theo tình hình thực hiện</figcaption></figure>`
  }
  if (key === 'by-lead') {
    return `<figure>${completionByLeadSvg(report)}<figcaption>Biểu đồ 2. Tỷ lệ hoàn thành theo cơ quan chủ trì</figcaption></figure>`
  }
  return null
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

  out.push('<h2>PHỤ LỤC</h2>')
  for (const annex of reportAnnexes(report)) {
    out.push(`<h3>${annex.title}</h3>`)
    const chart = annexChart(report, annex.key)
    if (chart !== null) out.push(chart)
    if (annex.tables.length === 0) out.push(`<p class="empty">${annex.empty}</p>`)
    for (const t of annex.tables) out.push(table(t.table, t.name))
  }
  out.push('</body>', '</html>')
  return `${out.join('\n')}\n`
}
