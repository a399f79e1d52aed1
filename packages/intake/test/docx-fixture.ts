import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'

/** Vietnamese as some editors write it: decomposed (NFD); the reader must give NFC. */
export const nfd = (text: string) => text.normalize('NFD')

const numbering = {
  config: [
    {
      reference: 'muc',
      levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' }],
    },
    {
      reference: 'nhiem-vu',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)' },
      ],
    },
    {
      reference: 'gach',
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '-' },
        { level: 1, format: LevelFormat.BULLET, text: '+' },
      ],
    },
  ],
}

const cell = (text: string, options: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph(nfd(text))], ...options })

/** A task table whose header merges "Thời gian" over two columns and "TT" over two rows. */
export function taskTable(tasks: number): Table {
  const rows = [
    new TableRow({
      children: [
        cell('TT', { rowSpan: 2 }),
        cell('Nội dung nhiệm vụ', { rowSpan: 2 }),
        cell('Cơ quan chủ trì', { rowSpan: 2 }),
        cell('Thời gian', { columnSpan: 2 }),
      ],
    }),
    new TableRow({ children: [cell('Bắt đầu'), cell('Hoàn thành')] }),
  ]
  for (let i = 1; i <= tasks; i += 1) {
    rows.push(
      new TableRow({
        children: [
          cell(String(i)),
          cell(`Xây dựng đề án số ${i} về chuyển đổi số`),
          cell(i % 2 === 0 ? 'Sở Nội vụ' : 'Ban Tuyên giáo Tỉnh ủy'),
          cell('Quý I/2026'),
          cell(`Tháng ${(i % 12) + 1}/2026`),
        ],
      }),
    )
  }
  return new Table({ rows })
}

/**
 * A provincial plan as offices type it: a bold title, Word-numbered sections (I., II.) with
 * numbered tasks (1., 2.) and lettered items (a), b)), bullets, hand-typed numbers, a heading
 * style, and the annex's task table under its caption; `tasks` sets how many numbered tasks
 * each section and the table hold.
 */
export async function planDocx(tasks = 2): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      children: [new TextRun({ text: nfd('KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 93-KL/TW'), bold: true })],
    }),
    new Paragraph({ text: nfd('Căn cứ Kết luận số 93-KL/TW ngày 05/02/2024 của Bộ Chính trị,') }),
    new Paragraph({ text: '' }),
    new Paragraph({ text: nfd('MỤC ĐÍCH, YÊU CẦU'), numbering: { reference: 'muc', level: 0 } }),
    new Paragraph({
      text: nfd('Quán triệt sâu sắc nội dung Kết luận'),
      numbering: { reference: 'gach', level: 0 },
    }),
    new Paragraph({ text: nfd('trong toàn Đảng bộ'), numbering: { reference: 'gach', level: 1 } }),
    new Paragraph({ text: nfd('NHIỆM VỤ, GIẢI PHÁP'), numbering: { reference: 'muc', level: 0 } }),
  ]
  for (let section = 0; section < 2; section += 1) {
    for (let i = 1; i <= tasks; i += 1) {
      children.push(
        new Paragraph({
          text: nfd(`Tăng cường công tác số ${i} của phần ${section + 1}`),
          numbering: { reference: 'nhiem-vu', level: 0, instance: section },
        }),
      )
    }
    children.push(
      new Paragraph({
        text: nfd('Sở Nội vụ chủ trì'),
        numbering: { reference: 'nhiem-vu', level: 1, instance: section },
      }),
      new Paragraph({
        text: nfd('Hoàn thành trong năm 2026'),
        numbering: { reference: 'nhiem-vu', level: 1, instance: section },
      }),
    )
  }
  children.push(
    new Paragraph({ text: nfd('III. TỔ CHỨC THỰC HIỆN') }),
    new Paragraph({ text: nfd('1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp.') }),
    new Paragraph({ text: nfd('Phụ lục'), heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: nfd('Danh mục nhiệm vụ (kèm theo Kế hoạch)') }),
    taskTable(tasks),
  )
  return Packer.toBuffer(new Document({ numbering, sections: [{ children }] }))
}
