import {
  type Clock,
  type DirectiveSymbolRef,
  type DrawUpTaskWorkbookError,
  drawUpTaskWorkbook,
  type UseCaseError,
} from '@chidao/app'
import type { ChidaoDatabase } from '@chidao/db'
import { type DirectiveId, isUuid, parseDocumentSymbol, type TenantId } from '@chidao/domain'
import type { Plugin } from 'graphql-yoga'
import type { TokenVerifier } from '../auth/token-verifier.js'
import {
  badDateParameter,
  badParameter,
  badYearParameter,
  downloadCaller,
  fileResponse,
  problem,
  unknownParameter,
} from './download-response.js'
import { taskWorkbookFileName, writeTaskWorkbook, XLSX_CONTENT_TYPE } from './report-document.js'
import { TASK_WORKBOOK_PATH } from './task-workbook-path.js'

/** What the download route needs from the gateway: the report route's options. */
export interface TaskWorkbookDownloadOptions {
  readonly db: ChidaoDatabase
  readonly tenantId: TenantId
  readonly verifier: TokenVerifier
  readonly clock: Clock
  /** Whether anonymous callers may download the tables of public work. */
  readonly publicRead: boolean
}

const PARAMETERS = ['directive', 'year', 'organization', 'asOf'] as const
type Parameter = (typeof PARAMETERS)[number]

/**
 * The download route of the office's tables as an Excel workbook, beside the reports' and like
 * it (a Yoga plugin, the same token, tenant, clearance and refusals):
 * `GET /reports/tasks.xlsx?directive=06-CTr/TU&year=&asOf=` or `?organization=STC&asOf=`. It
 * answers `drawUpTaskWorkbook` for the caller — the task list, the scorecard by lead and the
 * reporting calendar — written by `@chidao/spreadsheet`: only what the caller may read is
 * listed, and the file bears the workbook's secrecy (above every table, in `x-chidao-secrecy`,
 * at the head of a secret workbook's name). A document or an organisation the caller may not
 * see is 404, as one that does not exist; bad parameters are 400 naming the parameter.
 */
export function useTaskWorkbookDownload(options: TaskWorkbookDownloadOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== TASK_WORKBOOK_PATH) return
      endResponse(await serve(request, url, options))
    },
  }
}

function checkParameters(q: URLSearchParams): Response | null {
  return unknownParameter(q, PARAMETERS) ?? badDateParameter(q, ['asOf']) ?? badYearParameter(q)
}

/** The document a parameter names: its id, or its number and symbol; or the refusal. */
function directiveOf(
  text: string,
  year: string | null,
): DirectiveId | DirectiveSymbolRef | Response {
  if (isUuid(text)) return text.toLowerCase() as DirectiveId
  const symbol = parseDocumentSymbol(text)
  if (!symbol.ok) {
    return badParameter(
      'directive',
      text,
      `Not a document symbol or id: "${text}" (e.g. 06-CTr/TU)`,
      `Không phải số, ký hiệu hoặc id văn bản: "${text}" (ví dụ 06-CTr/TU)`,
      symbol.error.code,
    )
  }
  return { symbol: symbol.value, year: year === null ? null : Number(year) }
}

async function serve(request: Request, url: URL, options: TaskWorkbookDownloadOptions) {
  const viewer = await downloadCaller(request, options, { en: 'Workbooks', vi: 'bảng tính' })
  if (viewer instanceof Response) return viewer
  const q = url.searchParams
  const refused = checkParameters(q)
  if (refused) return refused
  const value = (name: Parameter) => {
    const v = q.get(name)?.normalize('NFC').trim()
    return v === undefined || v === '' ? null : v
  }
  const directiveText = value('directive')
  const directive = directiveText === null ? null : directiveOf(directiveText, value('year'))
  if (directive instanceof Response) return directive
  const drawn = await drawUpTaskWorkbook(
    {
      ports: options.db.forTenant(options.tenantId, { clearance: viewer.clearance }),
      caller: viewer,
      clock: options.clock,
    },
    { directive, organizationCode: value('organization'), asOf: value('asOf') },
  )
  if (!drawn.ok) return failure(drawn.error, value)
  return fileResponse(request, {
    body: await writeTaskWorkbook(drawn.value),
    contentType: XLSX_CONTENT_TYPE,
    ...taskWorkbookFileName(drawn.value),
    secrecy: drawn.value.secrecy,
  })
}

/** The parameter each field of the use case's input is given by. */
const PARAMETER_OF: Readonly<Record<string, Parameter>> = {
  directive: 'directive',
  organizationCode: 'organization',
  asOf: 'asOf',
}

/**
 * The answer to tables that could not be drawn up: 404 for a document or an organisation the
 * caller may not see (the same as one that does not exist), 400 for the rest; `extensions.path`
 * names the parameter at fault.
 */
function failure(
  error: UseCaseError<DrawUpTaskWorkbookError>,
  value: (name: Parameter) => string | null,
): Response {
  const field = typeof error.path[0] === 'string' ? error.path[0] : ''
  const parameter = PARAMETER_OF[field]
  const notFound = error.code === 'DIRECTIVE_NOT_FOUND' || error.code === 'ORGANIZATION_NOT_FOUND'
  return problem({
    status: notFound ? 404 : 400,
    code: error.code,
    en: error.message,
    vi: error.messageVi,
    ...(parameter ? { parameter, value: value(parameter) ?? '' } : {}),
  })
}
