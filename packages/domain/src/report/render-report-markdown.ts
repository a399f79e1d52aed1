import { secrecyMark } from '../directive/secrecy.js'
import type { Report, ReportParagraph, ReportSource } from './assemble-report.js'
import { reportAnnexes } from './report-annexes.js'
import { figuresSentence, periodLine, ratingSentence, reportOutline } from './report-text.js'
import type { TextTable } from './text-table.js'

/**
 * Escapes text so Markdown shows it as written: no emphasis, links, HTML or table breaks
 * from the data.
 *
 * @example
 * ```ts
 * escapeMarkdown('a*b* <i> | c') // 'a\\*b\\* &lt;i&gt; \\| c'
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|#]/g, (c) => `\\${c}`)
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/\s*\n\s*/g, ' ')
}

function sourcesComment(sources: readonly ReportSource[]): string {
  // Ids are UUIDs or codes; strip anything that could close the comment.
  const ids = sources.map((s) => `${s.kind}:${s.id.replace(/[^\w.:-]/g, '')}`)
  return ` <!-- ${ids.join(' ')} -->`
}

function paragraph(p: ReportParagraph): string {
  return `- ${escapeMarkdown(p.text)}${sourcesComment(p.sources)}`
}

// Every cell is escaped: the tables mix text from the data with figures and labels.
function table(t: TextTable<string | number>): string {
  const line = (cells: readonly (string | number)[]) =>
    `| ${cells.map((cell) => escapeMarkdown(String(cell))).join(' | ')} |`
  return [line(t.header), line(t.header.map(() => '---')), ...t.rows.map(line)].join('\n')
}

/**
 * Renders a report as Markdown: for a secret report its mark first, on a line of its own in
 * bold ("**MẬT**", followed by a comment with the level's code, `<!-- secrecy:MAT -->`); then
 * the title, period line, the six numbered parts of the
 * skeleton (the causes split into objective and subjective), then the annexes — tasks by
 * timeliness, the rates on both denominators, per lead organisation, indicators against
 * targets, and the list of tasks. Every paragraph ends with an HTML comment naming the
 * records it comes from; every text from the data is escaped.
 *
 * @example
 * ```ts
 * const r = assembleReport(input)
 * if (r.ok) await writeFile('so-ket.md', renderReportMarkdown(r.value))
 * ```
 */
export function renderReportMarkdown(report: Report): string {
  const out: string[] = []
  const mark = secrecyMark(report.secrecy)
  if (mark !== null) out.push(`**${mark}** <!-- secrecy:${report.secrecy} -->`, '')
  out.push(`# ${escapeMarkdown(report.title.toUpperCase())}`, '')
  out.push(
    `*${escapeMarkdown(report.directive.symbolText)}: ${escapeMarkdown(report.directive.title)}*`,
    '',
  )
  if (report.scope !== null) out.push(`Đơn vị: ${escapeMarkdown(report.scope.name)}`, '')
  out.push(periodLine(report), '')

  for (const entry of reportOutline(report)) {
    out.push(`## ${entry.number}. ${entry.title.toUpperCase()}`, '')
    if (entry.number === 'I') {
      out.push(escapeMarkdown(figuresSentence(report)), '')
      const rating = ratingSentence(report)
      if (rating !== null) {
        out.push(
          `${escapeMarkdown(rating)}${sourcesComment([{ kind: 'ASSESSMENT', id: report.rating?.assessmentId ?? '' }])}`,
          '',
        )
      }
    }
    for (const part of entry.parts) {
      if (part.number !== null) out.push(`### ${part.number}. ${part.section.label.vi}`, '')
      if (part.section.paragraphs.length === 0) out.push('*(Chưa có nội dung trong dữ liệu.)*', '')
      else out.push(...part.section.paragraphs.map(paragraph), '')
    }
  }

  out.push('## PHỤ LỤC', '')
  for (const annex of reportAnnexes(report)) {
    out.push(`### ${annex.title}`, '')
    if (annex.tables.length === 0) out.push(`*${annex.empty}*`, '')
    for (const t of annex.tables) out.push(table(t.table), '')
  }
  return `${out.join('\n').trimEnd()}\n`
}
