import { draftUrgingLetter, REPORT_LAYOUTS } from '@chidao/app'
import { Command, Option } from '@commander-js/extra-typings'
import { urgingLetterFileName, writeUrgingLetter } from '../report/report-document.js'
import { asOperator, commandTenant } from './cli-composition.js'
import type { CommandBuilder } from './command.js'
import {
  clearanceOption,
  dateOption,
  directiveOption,
  tenantOption,
  yearOption,
} from './command-options.js'
import { prose } from './help-text.js'
import { tellSecrecy, writeKeptFile } from './kept-file.js'
import { signatureOf } from './signature.js'

export const urgeLetterCommand: CommandBuilder = ({ config, stdout, stderr, fail }) =>
  new Command('urge-letter')
    .summary(
      'draft a công văn đôn đốc: per organisation, its overdue tasks and missing reports (DOCX)',
    )
    .description(
      prose(`
Drafts the official letter a monitoring body (--issuer, by organisation code, e.g. BTG-TU)
sends to urge work along (công văn đôn đốc): for each organisation, in the order of the
scorecard, its tasks still open past their deadline on --as-of (the deadline in force as
written and its day, the days late) and the reports it still owes for periods due by then
(document, period, due day), with the legal basis — the documents the work implements, e.g.
Kết luận 93-KL/TW and the programme implementing it — and the closing request to report back
to the issuer by --reply-by (default 15 days after --as-of). --as-of defaults to today (Vietnam
time); dates are YYYY-MM-DD.

--organization limits the letter to the work the organisation (by code) and those below it
lead or owe; --directive (its number and symbol, e.g. 06-CTr/TU; the newest when several bear
it, or the one of --year) to the work of that document and the documents implementing it.

The letter is written as DOCX in the Party layout of guideline 36-HD/VPTW for a Party body
(ĐẢNG CỘNG SẢN VIỆT NAM, Số …-CV/BTGTU) or the State layout of decree 30/2020/NĐ-CP for the
rest (Số: …/UBND-VX), or the one --layout names; --symbol gives its number and symbol (e.g.
25-CV/BTGTU), otherwise the number is left blank. It reads at --clearance (default PUBLIC):
work of documents marked above it is left out. A letter listing or citing a secret document
bears the highest mark among them; the command says so on stderr and the file is then readable
by its owner only (mode 600).

  chidao urge-letter --issuer BTG-TU --as-of 2026-12-07 --directive 06-CTr/TU --out cong-van.docx`),
    )
    .addOption(
      new Option('--issuer <code>', 'the monitoring body issuing the letter').makeOptionMandatory(),
    )
    .addOption(dateOption('--as-of <date>', 'judge the work as of this day'))
    .option('--organization <code>', 'only the work of this organisation and those below it')
    .addOption(directiveOption('only the work of this document (06-CTr/TU)'))
    .addOption(yearOption('the issue year of --directive, when several bear it'))
    .addOption(dateOption('--reply-by <date>', 'the day to report back by'))
    .addOption(
      new Option('--layout <layout>', 'the DOCX layout (default: from the issuer)').choices(
        REPORT_LAYOUTS,
      ),
    )
    .option('--symbol <symbol>', "the letter's number and symbol (default: number left blank)")
    .option('--place <name>', 'the place written before the date')
    .option('--signer <name>', "the signer's name")
    .option('--signer-position <position>', "the signer's position")
    .addOption(
      new Option('-o, --out <file>', 'write the letter to this file').makeOptionMandatory(),
    )
    .addOption(tenantOption())
    .addOption(
      clearanceOption('read at this clearance, leaving out what is marked above it').default(
        'PUBLIC' as const,
      ),
    )
    .action(async (options) => {
      const { settings, tenantId } = commandTenant(config, options.tenant)
      const drafted = await asOperator(
        settings,
        'urge-letter',
        tenantId,
        (context) =>
          draftUrgingLetter(context, {
            issuerCode: options.issuer,
            asOf: options.asOf ?? null,
            organizationCode: options.organization ?? null,
            directive: options.directive
              ? { symbol: options.directive.symbol, year: options.year ?? null }
              : null,
            layout: options.layout ?? null,
            symbol: options.symbol ?? null,
            replyBy: options.replyBy ?? null,
          }),
        { clearance: options.clearance },
      )
      if (!drafted.ok) {
        const { code, message, messageVi } = drafted.error
        stderr.write(`${code}: ${message} / ${messageVi}\n`)
        return fail()
      }
      const body = await writeUrgingLetter(drafted.value, {
        place: options.place ?? null,
        signature: signatureOf(options),
      })
      const { letter } = drafted.value
      await writeKeptFile(options.out, body, letter.secrecy)
      tellSecrecy(stderr, letter.secrecy, { en: 'letter', vi: 'Công văn' })
      const { totals } = letter
      stdout.write(
        `Wrote the urging letter of ${letter.issuer.code} as of ${letter.asOf} to ${options.out}: ` +
          `${totals.overdueTasks} overdue tasks and ${totals.missingReports} missing reports of ` +
          `${totals.organizations} organisations (suggested name ${urgingLetterFileName(drafted.value).name})\n`,
      )
    })
