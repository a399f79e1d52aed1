import { drawUpTaskWorkbook } from '@chidao/app'
import type { DocumentSymbol, Secrecy, TenantId } from '@chidao/domain'
import type { GatewayConfig } from '../config.js'
import { taskWorkbookFileName, writeTaskWorkbook } from '../report/report-document.js'
import { asOperator } from './cli-composition.js'
import { tellSecrecy, writeKeptFile } from './kept-file.js'

/** What `chidao export --format xlsx` was given. */
export interface WorkbookExport {
  readonly out: string
  readonly tenantId: TenantId
  readonly clearance: Secrecy
  readonly directive?: { readonly text: string; readonly symbol: DocumentSymbol }
  readonly year?: number
  readonly organization?: string
  readonly asOf?: string
}

/** Where the command writes: its standard streams. */
interface Streams {
  readonly stdout: { write(text: string): unknown }
  readonly stderr: { write(text: string): unknown }
}

/**
 * Draws up the tables of a document or an organisation as the operator reading at the
 * clearance given, and writes them as an Excel workbook: the file readable by its owner only
 * when it bears a secrecy mark. False when the tables could not be drawn up (said on stderr).
 */
export async function exportWorkbook(
  settings: GatewayConfig,
  options: WorkbookExport,
  { stdout, stderr }: Streams,
): Promise<boolean> {
  const drawn = await asOperator(
    settings,
    'export',
    options.tenantId,
    (context) =>
      drawUpTaskWorkbook(context, {
        directive: options.directive
          ? { symbol: options.directive.symbol, year: options.year ?? null }
          : null,
        organizationCode: options.organization ?? null,
        asOf: options.asOf ?? null,
      }),
    { clearance: options.clearance },
  )
  const subject = options.directive?.text ?? options.organization ?? ''
  if (!drawn.ok) {
    const { code, message, messageVi } = drawn.error
    stderr.write(
      code === 'DIRECTIVE_NOT_FOUND'
        ? `No directive ${subject} in tenant ${options.tenantId} / Không có văn bản ${subject} của đơn vị ${options.tenantId}\n`
        : `${code}: ${message} / ${messageVi}\n`,
    )
    return false
  }
  const workbook = drawn.value
  await writeKeptFile(options.out, await writeTaskWorkbook(workbook), workbook.secrecy)
  tellSecrecy(stderr, workbook.secrecy, { en: 'workbook', vi: 'Bảng tính' })
  stdout.write(
    `Wrote the tables of ${subject} as of ${workbook.asOf} (${workbook.tasks.length} tasks, ${workbook.byLead.length} leads, ${workbook.calendar.length} reports owed; XLSX, ${taskWorkbookFileName(workbook).name}) to ${options.out}\n`,
  )
  return true
}
