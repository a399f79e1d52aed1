import {
  completionByLeadSvg,
  deadlineCell,
  figuresSentence,
  formatVietnameseDate,
  indicatorTable,
  leadTable,
  missingReportTable,
  type Report,
  rateTable,
  ratingSentence,
  reportOutline,
  shortDate,
  TIMELINESS_LABELS,
  timelinessCountRows,
  timelinessStackedSvg,
} from '@chidao/domain'
import { AlignmentType, ImageRun, LineRuleType, Paragraph, type Table } from 'docx'
import { svgToPng } from './chart-png.js'
import {
  closing,
  dataTable,
  header,
  line,
  packSignedDocument,
  ruleLine,
  TEXT_WIDTH_PX,
} from './docx-blocks.js'
import {
  directiveName,
  lowerFirst,
  type ReportDocxOptions,
  type ResolvedDocxOptions,
  reportKindPhrase,
  resolveDocxOptions,
} from './docx-layout.js'

function title(o: ResolvedDocxOptions): Paragraph[] {
  const out = [
    line('BÁO CÁO', {
      align: 'center',
      bold: true,
      size: o.layout === 'party' ? 16 : 14,
      before: 18,
      after: 0,
    }),
    line(o.subject, { align: 'center', bold: true, after: 0 }),
  ]
  // Party documents close the subject with five hyphens, State ones with a short rule.
  if (o.layout === 'party') out.push(line('-----', { align: 'center', after: 12 }))
  else out.push(ruleLine(40, 165), line('', { after: 6 }))
  return out
}

function body(report: Report, o: ResolvedDocxOptions): Paragraph[] {
  const out: Paragraph[] = []
  const who = report.scope?.name ?? (o.issuer === '' ? 'Cơ quan' : o.issuer)
  const period =
    `từ ${formatVietnameseDate(report.period.from)} đến ${formatVietnameseDate(report.period.to)}` +
    ` (số liệu tính đến ${formatVietnameseDate(report.asOf)})`
  out.push(
    line(
      `${who} báo cáo ${lowerFirst(reportKindPhrase(report))} thực hiện ${directiveName(report)} ${period} như sau:`,
      { indent: true },
    ),
  )
  for (const entry of reportOutline(report)) {
    out.push(
      line(`${entry.number}. ${entry.title.toLocaleUpperCase('vi')}`, {
        bold: true,
        indent: true,
        before: 6,
        keepNext: true,
      }),
    )
    if (entry.number === 'I') {
      out.push(line(figuresSentence(report), { indent: true }))
      const rating = ratingSentence(report)
      if (rating !== null) out.push(line(rating, { indent: true }))
    }
    for (const part of entry.parts) {
      if (part.number !== null) {
        out.push(
          line(`${part.number}. ${part.section.label.vi}`, {
            bold: true,
            indent: true,
            keepNext: true,
          }),
        )
      }
      if (part.section.paragraphs.length === 0) {
        out.push(line('(Chưa có nội dung trong dữ liệu.)', { italics: true, indent: true }))
      }
      for (const p of part.section.paragraphs) out.push(line(p.text, { indent: true }))
    }
  }
  return out
}

function chart(svg: string, caption: string): Paragraph[] {
  const image = svgToPng(svg)
  const scale = Math.min(1, TEXT_WIDTH_PX / image.width)
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 60, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: {
            width: Math.round(image.width * scale),
            height: Math.round(image.height * scale),
          },
          altText: { name: caption, description: caption, title: caption },
        }),
      ],
    }),
    line(caption, { align: 'center', italics: true, size: 12, after: 6 }),
  ]
}

function annex(report: Report, o: ResolvedDocxOptions): (Paragraph | Table)[] {
  const f = report.timeliness
  const rates = rateTable(f)
  const leads = leadTable(report)
  const indicators = indicatorTable(report)
  const out: (Paragraph | Table)[] = [
    line('PHỤ LỤC', { align: 'center', bold: true, pageBreakBefore: true, after: 0 }),
    line('SỐ LIỆU THỰC HIỆN NHIỆM VỤ', { align: 'center', bold: true, after: 0 }),
    line(
      `(Kèm theo Báo cáo ${o.numberLine.replace(/^Số:? /u, 'số ')}, ${o.dateLine.replace(/^.*?, /u, '')}${o.issuer === '' ? '' : ` của ${o.issuer}`})`,
      { align: 'center', italics: true, after: 12 },
    ),
    line('1. Tình hình thực hiện nhiệm vụ', { bold: true, align: 'left', keepNext: true }),
    ...chart(timelinessStackedSvg(report), 'Biểu đồ 1. Nhiệm vụ theo tình hình thực hiện'),
    dataTable(
      ['Tình hình', 'Số nhiệm vụ'],
      [120, 45],
      timelinessCountRows(f).map(([label, n]) => [label, n]),
    ),
    line('', { after: 6 }),
    dataTable(
      [...rates.header],
      [55, 55, 55],
      rates.rows.map((row) => [...row]),
    ),
    line('2. Theo cơ quan chủ trì', { bold: true, align: 'left', before: 12, keepNext: true }),
    ...chart(completionByLeadSvg(report), 'Biểu đồ 2. Tỷ lệ hoàn thành theo cơ quan chủ trì'),
    dataTable(
      [...leads.header],
      [32, 13, 13, 13, 13, 13, 24, 24, 16],
      leads.rows.map((row) => [...row]),
    ),
    line('3. Chỉ tiêu', { bold: true, align: 'left', before: 12, keepNext: true }),
  ]
  if (report.indicators.length === 0) {
    out.push(line('(Không có chỉ tiêu trong kỳ.)', { italics: true }))
  } else {
    out.push(
      dataTable(
        [...indicators.header],
        [55, 20, 35, 18, 18, 19],
        indicators.rows.map((row) => [...row]),
      ),
    )
  }
  out.push(
    line('4. Danh mục nhiệm vụ', { bold: true, align: 'left', before: 12, keepNext: true }),
    dataTable(
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Hoàn thành', 'Tình hình', 'Tiến độ'],
      [8, 47, 30, 21, 21, 24, 14],
      report.annex.map((l, index) => [
        index + 1,
        [l.directiveSymbol, l.reference].filter(Boolean).join(' ') === ''
          ? l.title
          : `${[l.directiveSymbol, l.reference].filter(Boolean).join(' ')} — ${l.title}`,
        l.lead.name,
        deadlineCell(l),
        shortDate(l.completedOn),
        l.timeliness === null ? 'Đã hủy' : TIMELINESS_LABELS[l.timeliness].vi,
        l.percent === null ? '—' : `${l.percent} %`,
      ]),
    ),
    line('5. Đơn vị chưa báo cáo', { bold: true, align: 'left', before: 12, keepNext: true }),
  )
  const missing = missingReportTable(report)
  if (missing.rows.length === 0) {
    out.push(line('(Không có đơn vị chưa báo cáo.)', { italics: true }))
  } else {
    out.push(
      dataTable(
        ['TT', ...missing.header],
        [8, 45, 60, 34, 21],
        missing.rows.map((row, index) => [index + 1, ...row]),
      ),
    )
  }
  return out
}

/**
 * Writes a report as a DOCX document ready to be signed: A4, Times New Roman 14 pt, the margins
 * of {@link REPORT_PAGE}, in the Party layout of guideline 36-HD/VPTW (issuing body with the
 * asterisk, "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule, "Số …-BC/TU", the place and date line in
 * italics, "BÁO CÁO" and the subject closed by five hyphens, the numbered body, "Nơi nhận" and
 * the signature block T/M BAN THƯỜNG VỤ) or the State layout of decree 30/2020/NĐ-CP (national
 * title and motto, "Số: …/BC-…", TM./KT.); pages numbered at the top from the second. The
 * annex follows on its own page: the two charts of the HTML report as PNG images (drawn
 * without a browser) and the tables of figures, indicators and tasks.
 *
 * A secret report bears its mark ({@link Report.secrecy}: "MẬT", "TỐI MẬT", "TUYỆT MẬT") in
 * the top-left block under the number and symbol, where both layouts place it, and its level
 * in the custom document property `secrecy` (`PUBLIC` for a public report). Neither layout
 * repeats the mark in the page header, so the renderer does not either; no option removes it.
 *
 * Fails (rejects) with a `RangeError` in English and Vietnamese for a bad layout or date.
 *
 * @example
 * ```ts
 * const r = assembleReport(input)
 * if (r.ok) await writeFile('so-ket.docx', await renderReportDocx(r.value, { layout: 'party', place: 'Minh Họa' }))
 * ```
 */
export async function renderReportDocx(
  report: Report,
  options: ReportDocxOptions = {},
): Promise<Uint8Array> {
  const o = resolveDocxOptions(report, options)
  return packSignedDocument({
    title: o.subject,
    description: `${report.kindLabel.vi} — ${report.directive.symbolText}`,
    // For machines (mail gateways, archives): the level, as the HTML's <meta name="secrecy">.
    secrecy: report.secrecy,
    children: [
      header(o),
      ...title(o),
      ...body(report, o),
      line('', { after: 6 }),
      closing(o),
      ...annex(report, o),
    ],
  })
}
