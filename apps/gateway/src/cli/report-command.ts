import { chmod, writeFile } from 'node:fs/promises'
import { draftReport, isReportLayout } from '@chidao/app'
import {
  isIsoDate,
  isReportKind,
  isSecrecy,
  parseDocumentSymbol,
  REPORT_KINDS,
  SECRECY_LABELS,
  secrecyMark,
} from '@chidao/domain'
import { isReportFileFormat, writeReport } from '../report/report-document.js'
import { asOperator } from './cli-composition.js'
import { type Command, optionsOf, tenantOf, UsageError } from './command.js'

export const reportCommand: Command = {
  name: 'report',
  summary: 'Draft a periodic report, sơ kết or tổng kết of a directive (Markdown, HTML or DOCX).',
  help: `Usage: chidao report --directive <symbol> [--kind ${REPORT_KINDS.join('|')}]
                     [--from <date>] [--to <date>] [--as-of <date>] [--year <issue year>]
                     [--org <organisation code>] [--format md|html|docx] [--out <file>]
                     [--layout party|state] [--number <n>] [--place <name>]
                     [--signer <name>] [--signer-position <position>]
                     [--tenant <id>] [--clearance <level>]

Drafts a report on how the directive (found by its number and symbol, e.g. 06-CTr/TU; the
newest when several bear it, or the one issued in --year) has been carried out: results,
limitations, causes, lessons, directions and recommendations from the assessments and progress
reports of the period, and the figures of its tasks and of the documents implementing it as of
--as-of, equal to the scorecard's. Dates are YYYY-MM-DD; the period defaults to the issue day
through --as-of, --as-of to --to, else today (Vietnam time). The kind defaults to
PERIODIC_REPORT, the format to md, the clearance to PUBLIC (documents above it are left out).

A report drawn from a secret document (MẬT, TỐI MẬT, TUYỆT MẬT: the highest mark among the
directive and the documents whose tasks it counts) bears that mark, under the number in DOCX
and on its first line in Markdown and HTML; the command says so on stderr, and a file written
with --out is then readable by its owner only (mode 600).

--org limits the report to the tasks that organisation (by code, e.g. UBND-TINH) and the ones
below it lead, and to its own assessments; the report then speaks for it.

--format docx writes a Word document ready to sign (needs --out): the Party layout of guideline
36-HD/VPTW for a Party document (issuing body and asterisk, ĐẢNG CỘNG SẢN VIỆT NAM, Số …-BC/TU,
T/M BAN THƯỜNG VỤ), the State layout of decree 30/2020/NĐ-CP for a State one, or the one
--layout names. The number is left blank unless --number gives it; the place, the issuing body,
the recipients and the signing capacity come from the organisation tree.
`,
  async run({ args, config, stdout, stderr }) {
    const values = optionsOf(args, {
      directive: { type: 'string', short: 'd' },
      kind: { type: 'string', default: 'PERIODIC_REPORT' },
      from: { type: 'string' },
      to: { type: 'string' },
      'as-of': { type: 'string' },
      year: { type: 'string' },
      format: { type: 'string', default: 'md' },
      org: { type: 'string' },
      layout: { type: 'string' },
      number: { type: 'string' },
      place: { type: 'string' },
      signer: { type: 'string' },
      'signer-position': { type: 'string' },
      out: { type: 'string', short: 'o' },
      tenant: { type: 'string' },
      clearance: { type: 'string', default: 'PUBLIC' },
    })
    if (values.directive === undefined) throw new UsageError('--directive is required')
    const symbol = parseDocumentSymbol(values.directive)
    if (!symbol.ok) throw new UsageError(`not a document symbol: "${values.directive}"`)
    if (!isReportKind(values.kind)) {
      throw new UsageError(`--kind must be one of ${REPORT_KINDS.join(', ')}, got "${values.kind}"`)
    }
    if (!isReportFileFormat(values.format)) {
      throw new UsageError(`--format must be md, html or docx, got "${values.format}"`)
    }
    const format = values.format
    if (format === 'docx' && values.out === undefined) {
      throw new UsageError('--format docx writes a binary file: give --out <file>')
    }
    const layout = values.layout ?? null
    if (layout !== null && !isReportLayout(layout)) {
      throw new UsageError(`--layout must be party or state, got "${layout}"`)
    }
    for (const option of ['from', 'to', 'as-of'] as const) {
      const value = values[option]
      if (value !== undefined && !isIsoDate(value)) {
        throw new UsageError(`--${option} must be a date YYYY-MM-DD, got "${value}"`)
      }
    }
    const year = values.year === undefined ? null : Number(values.year)
    if (year !== null && !Number.isInteger(year)) throw new UsageError('--year must be a year')
    if (!isSecrecy(values.clearance)) {
      throw new UsageError(`--clearance must be PUBLIC, MAT, TOI_MAT or TUYET_MAT`)
    }
    const settings = config()
    const tenantId = tenantOf(values.tenant ?? settings.tenantId)

    const { clearance, kind } = values
    // The operator, reading at the clearance the command was given.
    const drafted = await asOperator(
      settings,
      'report',
      tenantId,
      (context) =>
        draftReport(context, {
          directive: { symbol: symbol.value, year },
          kind,
          from: values.from ?? null,
          to: values.to ?? null,
          asOf: values['as-of'] ?? null,
          organizationCode: values.org ?? null,
          letterhead: format === 'docx' ? { layout } : null,
        }),
      { clearance },
    )
    if (!drafted.ok) {
      const { code, message, messageVi } = drafted.error
      stderr.write(
        code === 'DIRECTIVE_NOT_FOUND'
          ? `No directive ${values.directive} in tenant ${tenantId} / Không có văn bản ${values.directive}\n`
          : `${code}: ${message} / ${messageVi}\n`,
      )
      return 1
    }
    const { report, letterhead } = drafted.value
    const file = await writeReport(report, format, letterhead, {
      layout,
      number: values.number ?? null,
      place: values.place ?? null,
      signature: {
        ...(values.signer !== undefined ? { name: values.signer } : {}),
        ...(values['signer-position'] !== undefined ? { position: values['signer-position'] } : {}),
      },
    })
    const mark = secrecyMark(report.secrecy)
    if (values.out) {
      await writeFile(values.out, file.body, mark === null ? {} : { mode: 0o600 })
      // An existing file keeps its mode on write: a secret report is never left readable.
      if (mark !== null) await chmod(values.out, 0o600)
    } else stdout.write(file.body)
    if (mark !== null) {
      const label = SECRECY_LABELS[report.secrecy]
      stderr.write(
        `The report is marked ${mark} (${label.en}): keep and send it as a ${label.en.toLowerCase()} document / ` +
          `Báo cáo mang độ mật ${mark}: quản lý, gửi nhận như tài liệu ${label.vi.toLocaleLowerCase('vi')}
`,
      )
    }
    return 0
  },
}
