import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import {
  asId,
  dateInZone,
  isIsoDate,
  isReportKind,
  isSecrecy,
  isTenantId,
  parseDocumentSymbol,
  REPORT_KINDS,
  renderReportHtml,
  renderReportMarkdown,
  type TenantId,
} from '@chidao/domain'
import { directiveReport } from '../schema/report.js'
import { type Command, UsageError } from './command.js'
import { openConfiguredDatabase } from './open-configured-database.js'

export const reportCommand: Command = {
  name: 'report',
  summary: 'Draft a periodic report, sơ kết or tổng kết of a directive (Markdown or HTML).',
  help: `Usage: chidao report --directive <symbol> [--kind ${REPORT_KINDS.join('|')}]
                     [--from <date>] [--to <date>] [--as-of <date>] [--year <issue year>]
                     [--format md|html] [--out <file>] [--tenant <id>] [--clearance <level>]

Drafts a report on how the directive (found by its number and symbol, e.g. 06-CTr/TU; the
newest when several bear it, or the one issued in --year) has been carried out: results,
limitations, causes, lessons, directions and recommendations from the assessments and progress
reports of the period, and the figures of its tasks and of the documents implementing it as of
--as-of, equal to the scorecard's. Dates are YYYY-MM-DD; the period defaults to the issue day
through --as-of, --as-of to --to, else today (Vietnam time). The kind defaults to
PERIODIC_REPORT, the format to md, the clearance to PUBLIC (documents above it are left out).
`,
  async run({ args, config, stdout, stderr }) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        directive: { type: 'string', short: 'd' },
        kind: { type: 'string', default: 'PERIODIC_REPORT' },
        from: { type: 'string' },
        to: { type: 'string' },
        'as-of': { type: 'string' },
        year: { type: 'string' },
        format: { type: 'string', default: 'md' },
        out: { type: 'string', short: 'o' },
        tenant: { type: 'string' },
        clearance: { type: 'string', default: 'PUBLIC' },
      },
      allowPositionals: true,
    })
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
    if (values.directive === undefined) throw new UsageError('--directive is required')
    const symbol = parseDocumentSymbol(values.directive)
    if (!symbol.ok) throw new UsageError(`not a document symbol: "${values.directive}"`)
    if (!isReportKind(values.kind)) {
      throw new UsageError(`--kind must be one of ${REPORT_KINDS.join(', ')}, got "${values.kind}"`)
    }
    if (values.format !== 'md' && values.format !== 'html') {
      throw new UsageError(`--format must be md or html, got "${values.format}"`)
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
    const tenantId = values.tenant ?? settings.tenantId
    if (!isTenantId(tenantId)) throw new UsageError(`not a tenant id: "${tenantId}"`)

    const db = await openConfiguredDatabase(settings)
    try {
      const tenant = db.forTenant(asId<TenantId>(tenantId), { clearance: values.clearance })
      const [directive] = await tenant.directives.findBySymbol(symbol.value, { year })
      if (directive === undefined) {
        stderr.write(
          `No directive ${values.directive} in tenant ${tenantId} / Không có văn bản ${values.directive}\n`,
        )
        return 1
      }
      const asOf = values['as-of'] ?? values.to ?? dateInZone(new Date())
      const report = await directiveReport(tenant, directive, {
        kind: values.kind,
        from: values.from ?? null,
        to: values.to ?? null,
        asOf,
      })
      if (!report.ok) {
        stderr.write(`${report.error.code}: ${report.error.message} / ${report.error.messageVi}\n`)
        return 1
      }
      const text =
        values.format === 'html'
          ? renderReportHtml(report.value)
          : renderReportMarkdown(report.value)
      if (values.out) await writeFile(values.out, text)
      else stdout.write(text)
      return 0
    } finally {
      await db.close()
    }
  },
}
