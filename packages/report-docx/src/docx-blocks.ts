import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
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
import type { ResolvedDocxOptions } from './docx-layout.js'

// The pieces every signed document of chidao is laid out with — the page, the type, the
// header block of both layouts, the data tables, the closing with "Nơi nhận" and the
// signature — shared by the report and the urging letter.

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

export const FONT = 'Times New Roman'
/** Millimetres to twips (1/1440 inch), rounded: A4 is 11906 × 16838, as Word writes it. */
export const twip = (mm: number) => Math.round((mm / 25.4) * 1440)
/** Width of the text block in twips: 210 − 30 − 15 = 165 mm. */
export const TEXT_WIDTH = twip(REPORT_PAGE.width - REPORT_PAGE.marginLeft - REPORT_PAGE.marginRight)
/** The same in CSS pixels (96 to the inch), for images. */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96) - 4

// The four sides of a table or cell, all drawn alike.
function sides<B>(border: B) {
  return { top: border, bottom: border, left: border, right: border } as const
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const
const NO_BORDERS = {
  ...sides(NO_BORDER),
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const
const CELL_BORDERS = sides({ style: BorderStyle.SINGLE, size: 4, color: '000000' } as const)

export interface RunStyle {
  readonly size?: number
  readonly bold?: boolean
  readonly italics?: boolean
  readonly underline?: boolean
  readonly allCaps?: boolean
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    // The same word arrives composed and decomposed: the document carries it composed (NFC).
    text: text.normalize('NFC'),
    font: FONT,
    size: (style.size ?? 14) * 2,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  })
}

export interface LineOptions extends RunStyle {
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

export function line(
  content: string | readonly ParagraphChild[],
  options: LineOptions = {},
): Paragraph {
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
export function ruleLine(length: number, within: number): Paragraph {
  const side = twip(Math.max(0, (within - length) / 2))
  return new Paragraph({
    children: [],
    border: { bottom: LINE },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
  })
}

export function cell(children: Paragraph[], width: number, bordered = false): TableCell {
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

export function layoutTable(
  widths: readonly number[],
  rows: readonly (readonly Paragraph[][])[],
): Table {
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
function numberBlock(
  o: ResolvedDocxOptions,
  size: number,
  underNumber: readonly Paragraph[],
): Paragraph[] {
  const out = [line(o.numberLine, { align: 'center', size, before: 6, after: 0 }), ...underNumber]
  if (o.secrecyMark !== null) {
    out.push(line(o.secrecyMark, { align: 'center', bold: true, size: 13, before: 6, after: 0 }))
  }
  return out
}

/**
 * The header: who issues, the national or Party title, number (and mark), place and date;
 * `underNumber` goes right under the number (a công văn's "V/v …" subject line).
 */
export function header(o: ResolvedDocxOptions, underNumber: readonly Paragraph[] = []): Table {
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
          numberBlock(o, 14, underNumber),
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
        numberBlock(o, 13, underNumber),
        [line(o.dateLine, { align: 'center', italics: true, before: 6, after: 0 })],
      ],
    ],
  )
}

export function closing(o: ResolvedDocxOptions): Table {
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

export function dataTable(
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

/**
 * A whole signed document: A4 with the margins of {@link REPORT_PAGE}, Times New Roman 14 pt,
 * pages numbered at the top from the second, its level of secrecy in the custom property
 * `secrecy` (for mail and archive gateways), packed as DOCX bytes.
 */
export async function packSignedDocument(document: {
  readonly title: string
  readonly description: string
  readonly secrecy: string
  readonly children: readonly (Paragraph | Table)[]
}): Promise<Uint8Array> {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })],
      }),
    ],
  })
  const packed = new Document({
    creator: 'chidao',
    title: document.title,
    description: document.description,
    customProperties: [{ name: 'secrecy', value: document.secrecy }],
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
        children: [...document.children],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(packed))
}
