import { TIMELINESS_LABELS, TIMELINESS_VALUES, type Timeliness } from '../task/timeliness.js'
import type { Report } from './assemble-report.js'

/**
 * Escapes text for HTML and SVG: `&`, `<`, `>`, `"` and `'`.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"A&B"</b>') // '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/**
 * The colours of the timeliness categories in charts (green, amber, blue, red).
 *
 * @example
 * ```ts
 * TIMELINESS_COLORS.OVERDUE // '#c62828'
 * ```
 */
export const TIMELINESS_COLORS: Readonly<Record<Timeliness, string>> = Object.freeze({
  COMPLETED_ON_TIME: '#2e7d32',
  COMPLETED_LATE: '#f9a825',
  IN_PROGRESS: '#1565c0',
  OVERDUE: '#c62828',
})

/**
 * Formats a percent the Vietnamese way, one decimal, comma as the decimal mark; `—` for no
 * rate (denominator 0).
 *
 * @example
 * ```ts
 * formatPercent(61.538) // '61,5 %'
 * formatPercent(null) // '—'
 * ```
 */
export function formatPercent(percent: number | null): string {
  if (percent === null) return '—'
  return `${(Math.round(percent * 10) / 10).toFixed(1).replace('.', ',')} %`
}

const FONT = 'font-family="Times New Roman, serif" font-size="12"'

/**
 * An inline SVG of the completion rate (completed over all tasks assigned) of each lead
 * organisation, as horizontal bars with "n/d" beside each. Self-contained: no fonts,
 * scripts or links; every text escaped.
 *
 * @example
 * ```ts
 * const svg = completionByLeadSvg(report) // '<svg xmlns="http://www.w3.org/2000/svg" …'
 * ```
 */
export function completionByLeadSvg(report: Report): string {
  // Wide enough for the longest name (about 6 px a character at 12 px), within bounds.
  const longest = Math.max(0, ...report.byLead.map((l) => l.organization.name.length))
  const labelWidth = Math.min(380, Math.max(160, Math.ceil(longest * 6.2) + 12))
  const barWidth = 300
  const rowHeight = 22
  const width = labelWidth + barWidth + 90
  const height = Math.max(1, report.byLead.length) * rowHeight + 30
  const rows = report.byLead.map((line, index) => {
    const rate = line.timeliness.rates.completedAllAssigned
    const y = 24 + index * rowHeight
    const w = rate.percent === null ? 0 : Math.round((rate.percent / 100) * barWidth)
    const name = escapeHtml(line.organization.name)
    return (
      `<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end" ${FONT}>${name}</text>` +
      `<rect x="${labelWidth}" y="${y + 2}" width="${barWidth}" height="14" fill="#eeeeee"/>` +
      `<rect x="${labelWidth}" y="${y + 2}" width="${w}" height="14" fill="#2e7d32">` +
      `<title>${name}: ${rate.numerator}/${rate.denominator}</title></rect>` +
      `<text x="${labelWidth + barWidth + 6}" y="${y + 13}" ${FONT}>` +
      `${rate.numerator}/${rate.denominator} (${escapeHtml(formatPercent(rate.percent))})</text>`
    )
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" aria-label="Tỷ lệ hoàn thành theo cơ quan chủ trì">` +
    `<text x="0" y="14" ${FONT} font-weight="bold">Tỷ lệ hoàn thành trên tổng số nhiệm vụ được giao, theo cơ quan chủ trì</text>` +
    `${rows.join('')}</svg>`
  )
}

/**
 * An inline SVG of the tasks by timeliness as one stacked bar, with a legend giving each
 * count. Self-contained; every text escaped.
 *
 * @example
 * ```ts
 * const svg = timelinessStackedSvg(report) // four segments, widths proportional to the counts
 * ```
 */
export function timelinessStackedSvg(report: Report): string {
  const width = 640
  const barWidth = 600
  const total = report.timeliness.total.value
  let x = 0
  const segments: string[] = []
  const legend: string[] = []
  TIMELINESS_VALUES.forEach((t, index) => {
    const count = report.timeliness.counts[t].value
    const label = escapeHtml(TIMELINESS_LABELS[t].vi)
    const w = total === 0 ? 0 : (count / total) * barWidth
    if (w > 0) {
      segments.push(
        `<rect x="${(x + 10).toFixed(1)}" y="24" width="${w.toFixed(1)}" height="24" ` +
          `fill="${TIMELINESS_COLORS[t]}" data-timeliness="${t}" data-count="${count}">` +
          `<title>${label}: ${count}</title></rect>`,
      )
    }
    x += w
    const ly = 66 + index * 18
    legend.push(
      `<rect x="10" y="${ly - 10}" width="12" height="12" fill="${TIMELINESS_COLORS[t]}"/>` +
        `<text x="28" y="${ly}" ${FONT}>${label}: ${count}</text>`,
    )
  })
  const height = 66 + TIMELINESS_VALUES.length * 18
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" aria-label="Nhiệm vụ theo tiến độ">` +
    `<text x="10" y="14" ${FONT} font-weight="bold">Nhiệm vụ theo tình hình thực hiện (tổng số ${total})</text>` +
    `<rect x="10" y="24" width="${barWidth}" height="24" fill="#eeeeee"/>` +
    `${segments.join('')}${legend.join('')}</svg>`
  )
}
