import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  AlignmentType,
  Document,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

/**
 * Why LibreOffice cannot convert here, or `null` when `soffice` is on the PATH. .ci/run
 * installs it (libreoffice-writer-nogui, fonts-liberation2); a machine without it skips the
 * tests that need it, saying so.
 */
export function missingSoffice(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' })
  return found.status === 0
    ? null
    : 'soffice not found: install libreoffice-writer-nogui and fonts-liberation2 (as .ci/run does)'
}

// A guard against a hang, not a measure of speed: LibreOffice starts slowly on a loaded machine.
const SOFFICE_GUARD_MS = 600_000

/**
 * Converts a DOCX to PDF with LibreOffice headless, in a directory of its own with a profile of
 * its own (no clash with another run or a LibreOffice the user has open), and returns the PDF.
 */
export async function sofficePdf(docx: Uint8Array, name: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'chidao-intake-soffice-'))
  try {
    await writeFile(join(dir, `${name}.docx`), docx)
    const profile = pathToFileURL(join(dir, 'profile')).href
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, `${name}.docx`),
      ],
      { cwd: dir, encoding: 'utf8', timeout: SOFFICE_GUARD_MS },
    )
    if (run.status !== 0) {
      throw new Error(
        `soffice failed (${run.status} ${run.signal ?? ''}): ${run.stderr}${run.stdout}`,
      )
    }
    return new Uint8Array(await readFile(join(dir, `${name}.pdf`)))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** One task of the programme: what, who leads, who helps, by when. */
export interface ProgrammeTask {
  readonly title: string
  readonly lead: string
  readonly coordinators: string
  readonly deadline: string
}

/** The tasks written as numbered items of part II, in sentences. */
export const TEXT_TASKS: readonly ProgrammeTask[] = [
  {
    title:
      'Tổ chức học tập, quán triệt Kết luận số 93-KL/TW đến toàn thể cán bộ, đảng viên và các tầng lớp nhân dân trên địa bàn tỉnh',
    lead: 'Ban Tuyên giáo Tỉnh ủy',
    coordinators: 'Văn phòng Tỉnh ủy',
    deadline: 'Quý II/2026',
  },
  {
    title: 'Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp',
    lead: 'Ban Tổ chức Tỉnh ủy',
    coordinators: 'Sở Nội vụ',
    deadline: 'Quý IV/2026',
  },
  {
    title: 'Bố trí kinh phí thực hiện Chương trình trong dự toán ngân sách hằng năm',
    lead: 'Sở Tài chính',
    coordinators: 'Sở Nội vụ',
    deadline: 'Hằng năm',
  },
]

/** The rows of the annex's task table. */
export const TABLE_TASKS: readonly ProgrammeTask[] = [
  {
    title: 'Xây dựng đề án ứng dụng khoa học, công nghệ và đổi mới sáng tạo trong quản lý nhà nước',
    lead: 'Sở Khoa học và Công nghệ',
    coordinators: 'Sở Tài chính; Sở Nội vụ',
    deadline: '30/9/2026',
  },
  {
    title: 'Đưa nội dung Kết luận vào chương trình giáo dục địa phương',
    lead: 'Sở Giáo dục và Đào tạo',
    coordinators: 'Ban Tuyên giáo Tỉnh ủy',
    deadline: 'Năm học 2026 - 2027',
  },
  {
    title: 'Kiểm tra, giám sát việc thực hiện Chương trình ở các cấp ủy trực thuộc',
    lead: 'Ủy ban Kiểm tra Tỉnh ủy',
    coordinators: 'Ban Tổ chức Tỉnh ủy',
    deadline: 'Thường xuyên',
  },
]

const FONT = 'Times New Roman'
const SIZE = 28 // half-points: 14 pt, as offices print

const text = (words: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text: words, font: FONT, size: SIZE, ...options })

const para = (
  words: string,
  options: { bold?: boolean; center?: boolean; numbered?: boolean; italics?: boolean } = {},
) =>
  new Paragraph({
    children: [text(words, options)],
    spacing: { after: 120 },
    ...(options.center
      ? { alignment: AlignmentType.CENTER }
      : { alignment: AlignmentType.JUSTIFIED }),
    ...(options.numbered ? { numbering: { reference: 'nhiem-vu', level: 0 } } : {}),
    ...(options.center || options.numbered ? {} : { indent: { firstLine: 567 } }),
  })

const cell = (words: string, width: number, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({ children: [new TextRun({ text: words, font: FONT, size: 24, bold })] }),
    ],
  })

const WIDTHS = [700, 3400, 1900, 1900, 1500]

function annexTable(): Table {
  const header = [
    'STT',
    'Nội dung nhiệm vụ',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời gian hoàn thành',
  ]
  return new Table({
    width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: WIDTHS,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) => cell(h, WIDTHS[i]!, true)),
      }),
      ...TABLE_TASKS.map(
        (t, i) =>
          new TableRow({
            children: [String(i + 1), t.title, t.lead, t.coordinators, t.deadline].map((c, j) =>
              cell(c, WIDTHS[j]!),
            ),
          }),
      ),
    ],
  })
}

/**
 * A provincial programme as a Word file, the way an office types it: the letterhead, number,
 * place and day, kind and summary, parts in Roman numerals, the tasks of part II numbered by
 * Word's list numbering (so the numbers are no text of the DOCX, only of its print), the
 * signature, and an annex with a task table whose long cells wrap over several lines; the
 * page's number printed at the top from page 2 on.
 */
export async function programmeDocx(): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'nhiem-vu',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              style: { paragraph: { indent: { left: 0, firstLine: 567 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        // The page's number at its top, from page 2 on, as offices print it.
        properties: { titlePage: true },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE })],
              }),
            ],
          }),
        },
        children: [
          para('TỈNH ỦY MINH HỌA', { bold: true, center: true }),
          para('Số: 21-CTr/TU', { center: true }),
          para('Minh Họa, ngày 10 tháng 3 năm 2026', { center: true, italics: true }),
          para('CHƯƠNG TRÌNH HÀNH ĐỘNG', { bold: true, center: true }),
          para('thực hiện Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư', {
            bold: true,
            center: true,
          }),
          para('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
          para(
            'Quán triệt sâu sắc, đầy đủ nội dung Kết luận số 93-KL/TW đến toàn thể cán bộ, đảng viên; tạo sự thống nhất cao về nhận thức và hành động trong cả hệ thống chính trị của tỉnh.',
          ),
          para('II. NHIỆM VỤ VÀ GIẢI PHÁP', { bold: true }),
          ...TEXT_TASKS.map((t) =>
            para(
              `${t.title}. ${t.lead} chủ trì, phối hợp với ${t.coordinators} thực hiện. Thời gian hoàn thành: ${t.deadline}.`,
              { numbered: true },
            ),
          ),
          para('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
          para(
            'Các cơ quan, đơn vị căn cứ Chương trình này và Phụ lục kèm theo xây dựng kế hoạch thực hiện, báo cáo kết quả về Ban Thường vụ Tỉnh ủy.',
          ),
          para('T/M BAN THƯỜNG VỤ', { bold: true, center: true }),
          para('PHÓ BÍ THƯ', { bold: true, center: true }),
          new Paragraph({ pageBreakBefore: true, children: [] }),
          para('PHỤ LỤC: DANH MỤC NHIỆM VỤ', { bold: true, center: true }),
          annexTable(),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
