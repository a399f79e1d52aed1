import {
  type UrgingLetter,
  type UrgingLetterOrganization,
  urgingMissingTable,
  urgingTaskTable,
} from '@chidao/domain'
import type { Paragraph, Table } from 'docx'
import { closing, dataTable, header, line, packSignedDocument } from './docx-blocks.js'
import {
  type DocxLayout,
  lowerFirst,
  type ReportDocxOptions,
  type ResolvedDocxOptions,
  resolveSignedDocumentOptions,
} from './docx-layout.js'

/**
 * The options of a letter are those of a report: layout, body above, issuer, number and
 * symbol, place, day, subject, recipients and signature, each with a default from the letter.
 *
 * @example
 * ```ts
 * const options: UrgingLetterDocxOptions = { layout: 'party', number: 25, symbol: 'CV/BTGTU', place: 'Minh Họa' }
 * ```
 */
export type UrgingLetterDocxOptions = ReportDocxOptions

/** The issuer's code as a symbol's issuer part: `BTG-TU` → `BTGTU`. */
function defaultSymbol(letter: UrgingLetter, layout: DocxLayout): string {
  const code = letter.issuer.code.toUpperCase()
  return layout === 'party' ? `CV/${code.replaceAll('-', '')}` : code
}

/**
 * Applies the letter's defaults to the options: the letter's day, its issuer, its subject
 * ("V/v đôn đốc …"), "CV/<issuer>" (Party) or "<issuer>" (State) after the number, and the
 * recipients "Như trên" and the records office.
 *
 * @example
 * ```ts
 * resolveUrgingLetterOptions(letter, { number: 25 }).numberLine // 'Số 25-CV/BTGTU'
 * ```
 */
export function resolveUrgingLetterOptions(
  letter: UrgingLetter,
  options: UrgingLetterDocxOptions = {},
): ResolvedDocxOptions {
  const layout = options.layout ?? 'party'
  return resolveSignedDocumentOptions(
    {
      date: letter.asOf,
      issuer: letter.issuer.name,
      secrecy: letter.secrecy,
      subject: `V/v ${lowerFirst(letter.subject)}`,
      symbol: (chosen) => defaultSymbol(letter, chosen),
    },
    {
      ...options,
      recipients: options.recipients ?? [
        'Như trên',
        layout === 'party' ? 'Lưu Văn phòng' : 'Lưu: VT',
      ],
    },
  )
}

/** "Kính gửi: X" for one organisation; the heading and one line each for several. */
function addressees(letter: UrgingLetter): Paragraph[] {
  const names = letter.organizations.map((o) => o.organization.name)
  if (names.length <= 1) {
    const to = names[0] ?? 'Các cơ quan, đơn vị có liên quan'
    return [line(`Kính gửi: ${to}.`, { align: 'center', before: 12, after: 12 })]
  }
  return [
    line('Kính gửi:', { align: 'center', before: 12, after: 0 }),
    ...names.map((name, i) =>
      line(`- ${name}${i === names.length - 1 ? '.' : ';'}`, {
        align: 'left',
        indent: true,
        after: i === names.length - 1 ? 12 : 0,
      }),
    ),
  ]
}

/** What one organisation is late with: its overdue tasks, then its missing reports, as tables. */
function organizationPart(part: UrgingLetterOrganization, index: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    line(`${index + 1}. ${part.organization.name}`, {
      bold: true,
      indent: true,
      before: 6,
      keepNext: true,
    }),
  ]
  if (part.overdueTasks.length > 0) {
    const tasks = urgingTaskTable(part)
    out.push(
      line(`a) Nhiệm vụ chưa hoàn thành quá hạn: ${part.overdueTasks.length}`, {
        indent: true,
        keepNext: true,
      }),
      dataTable(tasks.header, [8, 30, 67, 40, 20], tasks.rows),
    )
  }
  if (part.missingReports.length > 0) {
    const reports = urgingMissingTable(part)
    out.push(
      line(
        `${part.overdueTasks.length > 0 ? 'b' : 'a'}) Báo cáo chưa gửi: ${part.missingReports.length}`,
        { indent: true, before: 6, keepNext: true },
      ),
      dataTable(reports.header, [8, 25, 82, 30, 20], reports.rows),
    )
  }
  return out
}

/**
 * Writes a công văn đôn đốc as a DOCX document ready to be signed, on the page and in the type
 * of the reports (A4, Times New Roman 14 pt, tables in 11 pt): the header block of the Party
 * layout of guideline 36-HD/VPTW or the State layout of decree 30/2020/NĐ-CP with the number
 * ("Số …-CV/BTGTU", "Số: …/UBND-VX") and under it the subject line "V/v đôn đốc …" and the
 * letter's secrecy mark (where both place a công văn's: under the number and subject), the
 * place and date line ("Minh Họa, ngày 07 tháng 12 năm 2026"), "Kính gửi" and the
 * organisations addressed, the opening (the documents it rests on and the counts), one part per
 * organisation with a table of its overdue tasks (document and section, task, deadline as
 * written and its day, days late) and one of its missing reports, the closing request, "Nơi
 * nhận" and the signature block. The level is also in the custom property `secrecy`.
 *
 * Fails (rejects) with a `RangeError` in English and Vietnamese for a bad layout or date.
 *
 * @example
 * ```ts
 * const drafted = await draftUrgingLetter(context, { issuerCode: 'BTG-TU', asOf: '2026-12-07' })
 * if (drafted.ok) await writeFile('cong-van.docx', await renderUrgingLetterDocx(drafted.value.letter, { layout: 'party' }))
 * ```
 */
export async function renderUrgingLetterDocx(
  letter: UrgingLetter,
  options: UrgingLetterDocxOptions = {},
): Promise<Uint8Array> {
  const o = resolveUrgingLetterOptions(letter, options)
  const subject = line(o.subject, {
    align: 'center',
    // Trích yếu of a công văn: 12 pt, italic in the Party layout, upright in the State one.
    size: 12,
    italics: o.layout === 'party',
    before: 3,
    after: 0,
  })
  const body: (Paragraph | Table)[] = [
    line(letter.opening, { indent: true }),
    ...letter.organizations.flatMap(organizationPart),
    line(letter.closing, { indent: true, before: 6 }),
    line('Trân trọng đề nghị./.', { indent: true }),
  ]
  return packSignedDocument({
    title: o.subject,
    description: `Công văn đôn đốc — ${letter.issuer.name} — ${letter.asOf}`,
    secrecy: letter.secrecy,
    children: [
      header(o, [subject]),
      ...addressees(letter),
      ...body,
      line('', { after: 6 }),
      closing(o),
    ],
  })
}
