import { draftReport, REPORT_LAYOUTS } from '@chidao/app'
import { REPORT_KINDS } from '@chidao/domain'
import { Command, Option } from '@commander-js/extra-typings'
import { REPORT_FILE_FORMATS, writeReport } from '../report/report-document.js'
import { asOperator, commandTenant } from './cli-composition.js'
import type { CommandBuilder } from './command.js'
import {
  clearanceOption,
  dateOption,
  directiveOption,
  outOption,
  tenantOption,
  yearOption,
} from './command-options.js'
import { prose } from './help-text.js'
import { tellSecrecy, writeKeptFile } from './kept-file.js'
import { signatureOf } from './signature.js'

export const reportCommand: CommandBuilder = ({ config, stdout, stderr, fail }) =>
  new Command('report')
    .summary('draft a periodic report, sơ kết or tổng kết of a directive (Markdown, HTML or DOCX)')
    .description(
      prose(`
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
the recipients and the signing capacity come from the organisation tree.`),
    )
    .addOption(
      directiveOption('the directive, by its number and symbol (06-CTr/TU)').makeOptionMandatory(),
    )
    .addOption(
      new Option('--kind <kind>', 'the kind of report')
        .choices(REPORT_KINDS)
        .default('PERIODIC_REPORT' as const),
    )
    .addOption(dateOption('--from <date>', 'the first day of the period'))
    .addOption(dateOption('--to <date>', 'the last day of the period'))
    .addOption(dateOption('--as-of <date>', 'count the figures as of this day'))
    .addOption(yearOption('the issue year, when several directives bear the symbol'))
    .option(
      '--issuer <code>',
      'the issuing organisation, when several bodies issued the symbol the same year',
    )
    .option('--org <code>', 'limit the report to this organisation and those below it')
    .addOption(
      new Option('--format <format>', 'the file format')
        .choices(REPORT_FILE_FORMATS)
        .default('md' as const),
    )
    .addOption(outOption('the report'))
    .addOption(
      new Option('--layout <layout>', 'the DOCX layout (default: from the symbol)').choices(
        REPORT_LAYOUTS,
      ),
    )
    .option('--number <n>', "the report's number (DOCX; default: left blank)")
    .option('--place <name>', 'the place written before the date (DOCX)')
    .option('--signer <name>', "the signer's name (DOCX)")
    .option('--signer-position <position>', "the signer's position (DOCX)")
    .addOption(tenantOption())
    .addOption(
      clearanceOption('read at this clearance, leaving out what is marked above it').default(
        'PUBLIC' as const,
      ),
    )
    .action(async (options, command) => {
      const { format, clearance, kind } = options
      if (format === 'docx' && options.out === undefined) {
        return command.error(
          'error: --format docx writes a binary file: give --out <file> / --format docx ghi tệp nhị phân: hãy cho --out <tệp>',
          { exitCode: 2 },
        )
      }
      const layout = options.layout ?? null
      const { settings, tenantId } = commandTenant(config, options.tenant)
      // The operator, reading at the clearance the command was given.
      const drafted = await asOperator(
        settings,
        'report',
        tenantId,
        (context) =>
          draftReport(context, {
            directive: {
              symbol: options.directive.symbol,
              year: options.year ?? null,
              issuerCode: options.issuer ?? null,
            },
            kind,
            from: options.from ?? null,
            to: options.to ?? null,
            asOf: options.asOf ?? null,
            organizationCode: options.org ?? null,
            letterhead: format === 'docx' ? { layout } : null,
          }),
        { clearance },
      )
      const directive = options.directive.text
      if (!drafted.ok) {
        const { code, message, messageVi } = drafted.error
        stderr.write(
          code === 'DIRECTIVE_NOT_FOUND'
            ? `No directive ${directive} in tenant ${tenantId} / Không có văn bản ${directive} của đơn vị ${tenantId}\n`
            : `${code}: ${message} / ${messageVi}\n`,
        )
        return fail()
      }
      const { report, letterhead } = drafted.value
      const file = await writeReport(report, format, letterhead, {
        layout,
        number: options.number ?? null,
        place: options.place ?? null,
        signature: signatureOf(options),
      })
      if (options.out) await writeKeptFile(options.out, file.body, report.secrecy)
      else stdout.write(file.body)
      tellSecrecy(stderr, report.secrecy, { en: 'report', vi: 'Báo cáo' })
      const what = `the ${kind} of ${directive} (${format.toUpperCase()})`
      if (options.out) stdout.write(`Wrote ${what} to ${options.out}\n`)
      else stderr.write(`Wrote ${what} to standard output\n`)
    })
