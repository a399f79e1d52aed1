import { writeFile } from 'node:fs/promises'
import { exportBundle, keysStoredTwiceOf } from '@chidao/app'
import { bundleToJson } from '@chidao/domain'
import { Command, Option } from '@commander-js/extra-typings'
import { stringify } from 'yaml'
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
import { exportWorkbook } from './export-workbook.js'
import { prose } from './help-text.js'

export const exportCommand: CommandBuilder = ({ config, stdout, stderr, fail }) =>
  new Command('export')
    .summary(
      "export a tenant's data as a bundle (JSON or YAML), or a document's or organisation's tables as Excel (--format xlsx)",
    )
    .description(
      prose(`
Writes everything the tenant holds as a bundle, to the file or to standard output. The JSON is
canonical: the same data always gives the same bytes, and importing an export then exporting
again gives it back unchanged. Runs as the operator of the deployment: every secrecy level is
exported.

A bundle holds one record per natural key and no secrecy level in it. A tenant where a document,
task reference or assessment key is stored at two secrecy levels (one created by a caller who
could not see the other) cannot be written as one: the export is refused, each pair named, exit
code 1. So is a tenant nothing was imported into yet.

--format xlsx writes instead the tables the office keeps in Excel, for one document
(--directive 06-CTr/TU, with the documents implementing it; --year when several bear the
symbol) or one organisation (--organization STC, with those below it), as of --as-of (default
today): the task list (STT, Nội dung nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời hạn,
Tình trạng, Tiến độ, Số liệu mới nhất, Ngày báo cáo), the scorecard by lead and the reporting
calendar of the year, one sheet each, in Times New Roman with dates dd/mm/yyyy. It needs --out,
reads at --clearance (default PUBLIC: what is marked above it is left out), and a workbook
drawn from a secret document bears its mark and is written readable by its owner only.`),
    )
    .addOption(outOption('the bundle or the workbook'))
    .addOption(
      new Option('--format <format>', 'the bundle as JSON or YAML, or the tables as XLSX')
        .choices(['json', 'yaml', 'xlsx'] as const)
        .default('json' as const),
    )
    .addOption(
      directiveOption('xlsx: the tables of this document, by number and symbol (06-CTr/TU)'),
    )
    .addOption(yearOption('xlsx: the issue year, when several documents bear the symbol'))
    .option('--organization <code>', 'xlsx: the tables of this organisation and those below it')
    .addOption(dateOption('--as-of <date>', 'xlsx: judge the tables as of this day'))
    .addOption(clearanceOption('xlsx: read at this clearance, leaving out what is marked above it'))
    .addOption(tenantOption())
    .action(async (options, command) => {
      const { settings, tenantId: tenant } = commandTenant(config, options.tenant)
      if (options.format === 'xlsx') {
        const scopes = [options.directive, options.organization].filter((s) => s !== undefined)
        if (options.out === undefined || scopes.length !== 1) {
          return command.error(
            'error: --format xlsx writes a binary file of one document or organisation: give --out <file> and one of --directive or --organization / ' +
              '--format xlsx ghi tệp nhị phân của một văn bản hoặc một tổ chức: hãy cho --out <tệp> và một trong --directive hoặc --organization',
            { exitCode: 2 },
          )
        }
        const written = await exportWorkbook(
          settings,
          {
            out: options.out,
            tenantId: tenant,
            clearance: options.clearance ?? 'PUBLIC',
            ...(options.directive ? { directive: options.directive } : {}),
            ...(options.year !== undefined ? { year: options.year } : {}),
            ...(options.organization !== undefined ? { organization: options.organization } : {}),
            ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
          },
          { stdout, stderr },
        )
        return written ? undefined : fail()
      }
      const bundleOnly = [options.directive, options.organization, options.asOf, options.clearance]
      if (bundleOnly.some((o) => o !== undefined)) {
        return command.error(
          'error: --directive, --organization, --as-of and --clearance are for --format xlsx; a bundle holds the whole tenant / ' +
            'các tùy chọn này chỉ dùng với --format xlsx; gói dữ liệu gồm toàn bộ đơn vị',
          { exitCode: 2 },
        )
      }
      const { result, location } = await asOperator(
        settings,
        'export',
        tenant,
        async (context, location) => ({ result: await exportBundle(context), location }),
      )
      if (!result.ok) {
        const problems = keysStoredTwiceOf(result.error)
        for (const p of problems) {
          const at = p.path.length > 0 ? p.path.join('.') : location
          stderr.write(`${at}: [${p.code}] ${p.message} / ${p.messageVi}\n`)
        }
        if (problems.length > 1)
          stderr.write(`${problems.length} problem(s); nothing was exported.\n`)
        return fail()
      }
      const { bundle } = result.value
      const json = bundleToJson(bundle)
      const text = options.format === 'yaml' ? stringify(JSON.parse(json), { lineWidth: 0 }) : json
      const what = `tenant ${tenant} (${bundle.organizations.length} organisations, ${bundle.directives.length} directives, ${bundle.tasks.length} tasks, ${bundle.assessments.length} assessments) from ${location}`
      if (options.out) {
        await writeFile(options.out, text)
        stdout.write(`Exported ${what} to ${options.out}\n`)
      } else {
        stdout.write(text)
        stderr.write(`Exported ${what} to standard output\n`)
      }
    })
