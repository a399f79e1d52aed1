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
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import { svgToPng } from './chart-png.js'
import {
  directiveName,
  lowerFirst,
  type ReportDocxOptions,
  type ResolvedDocxOptions,
  reportKindPhrase,
  resolveDocxOptions,
} from './docx-layout.js'

/**
 * Page geometry of both layouts, in millimetres: A4, and margins inside the ranges both
 * guideline 36-HD/VPTW (2018) and decree 30/2020/NĐ-CP set — top and bottom 20–25, left
 * 30–35, right 15–20.
 *
 * @example
 * ```ts
 * REPORT_PAGE.marginLeft // 30
 * ```
 */
export const REPORT_PAGE = Object.freeze({
  width: 210,
  height: 297,
  marginTop: 20,
  marginBottom: 20,
  marginLeft: 30,
  marginRight: 15,
})

const FONT = 'Times New Roman'
/** Millimetres to twips (1/1440 inch), rounded: A4 is 11906 × 16838, as Word writes it. */
const twip = (mm: number) => Math.round((mm / 25.4) * 1440)
/** Width of the text block in twips: 210 − 30 − 15 = 165 mm. */
const TEXT_WIDTH = twip(REPORT_PAGE.width - REPORT_PAGE.marginLeft - REPORT_PAGE.marginRight)
/** The same in CSS pixels (96 to the inch), for images. */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96) - 4

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const CELL_BORDERS = {
  top: CELL_BORDER,
  bottom: CELL_BORDER,
  left: CELL_BORDER,
  right: CELL_BORDER,
} as const

interface RunStyle {
  readonly size?: number
  readonly bold?: boolean
  readonly italics?: boolean
  readonly underline?: boolean
  readonly allCaps?: boolean
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: (style.size ?? 14) * 2,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  })
}

interface LineOptions extends RunStyle {
  readonly align?: 'left' | 'center' | 'right' | 'justify'
  readonly indent?: boolean
  readonly before?: number
  readonly after?: number
  readonly keepNext?: boolean
  readonly pageBreakBefore?: boolean
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const

function line(content: string | readonly ParagraphChild[], options: LineOptions = {}): Paragraph {
  const children = typeof content === 'string' ? [run(content, options)] : [...content]
  return new Paragraph({
    children,
    alignment: ALIGN[options.align ?? 'justify'],
    spacing: {
      before: (options.before ?? 0) * 20,
      after: (options.after ?? 6) * 20,
      line: 288,
      lineRule: LineRuleType.AUTO,
    },
    ...(options.indent ? { indent: { firstLine: twip(12.7) } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
  })
}

/** A rule `length` mm long centred in `within` mm: an empty paragraph with a bottom border. */
function ruleLine(length: number, within: number): Paragraph {
  const side = twip(Math.max(0, (within - length) / 2))
  return new Paragraph({
    children: [],
    border: { bottom: LINE },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
  })
}

function cell(children: Paragraph[], width: number, bordered = false): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    ...(bordered
      ? {
          borders: CELL_BORDERS,
          margins: { top: 30, bottom: 30, left: 80, right: 80 },
        }
      : { borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } }),
  })
}

function layoutTable(widths: readonly number[], rows: readonly (readonly Paragraph[][])[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          // A header or a signature block is never cut across two pages.
          cantSplit: true,
          children: cells.map((children, i) => cell(children, widths[i] ?? 0)),
        }),
    ),
  })
}

/**
 * The number and symbol, and under it the secrecy mark of a secret report ("MẬT", "TỐI MẬT",
 * "TUYỆT MẬT": upper case, bold, 13 pt as the stamp's letters) — where decree 30/2020/NĐ-CP
 * (Appendix I) and guideline 36-HD/VPTW place the mark, below the number and symbol.
 */
function numberBlock(o: ResolvedDocxOptions, size: number): Paragraph[] {
  const out = [line(o.numberLine, { align: 'center', size, before: 6, after: 0 })]
  if (o.secrecyMark !== null) {
    out.push(line(o.secrecyMark, { align: 'center', bold: true, size: 13, before: 6, after: 0 }))
  }
  return out
}

/** The header: who issues, the national or Party title, number (and mark), place and date. */
function header(o: ResolvedDocxOptions): Table {
  if (o.layout === 'party') {
    // Guideline 36-HD/VPTW: issuing body (14, caps, bold) with an asterisk under it; "ĐẢNG
    // CỘNG SẢN VIỆT NAM" (15, caps, bold) with a rule under it; number and symbol (14) facing
    // the place and date line (14, italic).
    const left = twip(64)
    const right = TEXT_WIDTH - left
    const issuerLines = [
      ...(o.superior
        ? [line(o.superior.toLocaleUpperCase('vi'), { align: 'center', after: 0 })]
        : []),
      line(o.issuer.toLocaleUpperCase('vi'), { align: 'center', bold: true, after: 0 }),
      line('*', { align: 'center', after: 0 }),
    ]
    return layoutTable(
      [left, right],
      [
        [
          issuerLines,
          [
            line('ĐẢNG CỘNG SẢN VIỆT NAM', { align: 'center', bold: true, size: 15, after: 0 }),
            ruleLine(80, 101),
          ],
        ],
        [
          numberBlock(o, 14),
          [line(o.dateLine, { align: 'center', italics: true, before: 6, after: 0 })],
        ],
      ],
    )
  }
  // Decree 30/2020/NĐ-CP: body above (13, caps) and issuer (13, caps, bold) with a short rule;
  // national title (12–13, caps, bold) and motto (13–14, bold) with a rule as long as it.
  const left = twip(62)
  const right = TEXT_WIDTH - left
  const issuerLines = [
    ...(o.superior
      ? [line(o.superior.toLocaleUpperCase('vi'), { align: 'center', size: 13, after: 0 })]
      : []),
    line(o.issuer.toLocaleUpperCase('vi'), { align: 'center', bold: true, size: 13, after: 0 }),
    ruleLine(22, 62),
  ]
  return layoutTable(
    [left, right],
    [
      [
        issuerLines,
        [
          line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', {
            align: 'center',
            bold: true,
            size: 12.5,
            after: 0,
          }),
          line('Độc lập - Tự do - Hạnh phúc', { align: 'center', bold: true, size: 13, after: 0 }),
          ruleLine(60, 103),
        ],
      ],
      [
        numberBlock(o, 13),
        [line(o.dateLine, { align: 'center', italics: true, before: 6, after: 0 })],
      ],
    ],
  )
}

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

function closing(o: ResolvedDocxOptions): Table {
  const party = o.layout === 'party'
  const left = twip(80)
  const right = TEXT_WIDTH - left
  const recipients = o.recipients.map((r, i) =>
    line(`- ${r.replace(/[,.;]$/u, '')}${i === o.recipients.length - 1 ? '.' : ','}`, {
      align: 'left',
      size: party ? 12 : 11,
      after: 0,
    }),
  )
  const heading = party
    ? line([run('Nơi nhận', { underline: true }), run(':')], { align: 'left', after: 0 })
    : line('Nơi nhận:', { align: 'left', bold: true, italics: true, size: 12, after: 0 })
  const s = o.signature
  const signature = [
    line(s.capacity, { align: 'center', bold: true, after: 0 }),
    ...(s.position === '' ? [] : [line(s.position, { align: 'center', bold: true, after: 0 })]),
    ...Array.from({ length: 4 }, () => line('', { align: 'center', after: 0 })),
    line(s.name, { align: 'center', bold: true, after: 0 }),
  ]
  return layoutTable([left, right], [[[heading, ...recipients], signature]])
}

function dataTable(
  header: readonly string[],
  widthsMm: readonly number[],
  rows: readonly (readonly (string | number)[])[],
): Table {
  const total = widthsMm.reduce((a, b) => a + b, 0)
  const widths = widthsMm.map((w) => Math.floor((w / total) * TEXT_WIDTH))
  const cellLine = (text: string | number, bold: boolean) =>
    line(String(text), {
      align: typeof text === 'number' || bold ? 'center' : 'left',
      size: 11,
      bold,
      after: 0,
    })
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) => cell([cellLine(h, true)], widths[i] ?? 0, true)),
      }),
      ...rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: cells.map((c, i) => cell([cellLine(c, false)], widths[i] ?? 0, true)),
          }),
      ),
    ],
  })
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
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })],
      }),
    ],
  })
  const document = new Document({
    creator: 'chidao',
    title: o.subject,
    description: `${report.kindLabel.vi} — ${report.directive.symbolText}`,
    // For machines (mail gateways, archives): the level, as the HTML's <meta name="secrecy">.
    customProperties: [{ name: 'secrecy', value: report.secrecy }],
    styles: {
      default: {
        // The rule is said: without it LibreOffice takes the line height as exact and clips images.
        document: {
          run: { font: FONT, size: 28 },
          paragraph: { spacing: { line: 288, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(REPORT_PAGE.width), height: twip(REPORT_PAGE.height) },
            margin: {
              top: twip(REPORT_PAGE.marginTop),
              bottom: twip(REPORT_PAGE.marginBottom),
              left: twip(REPORT_PAGE.marginLeft),
              right: twip(REPORT_PAGE.marginRight),
              header: twip(10),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          header(o),
          ...title(o),
          ...body(report, o),
          line('', { after: 6 }),
          closing(o),
          ...annex(report, o),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
