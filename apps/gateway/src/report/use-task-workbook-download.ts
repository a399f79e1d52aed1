import { type DirectiveSymbolRef, drawUpTaskWorkbook } from '@chidao/app'
import { type DirectiveId, isUuid, parseDocumentSymbol } from '@chidao/domain'
import type { Plugin } from 'graphql-yoga'
import {
  badParameter,
  type DownloadRouteOptions,
  downloadRoute,
  fileResponse,
  openDownload,
  useCaseProblem,
} from './download-response.js'
import { taskWorkbookFileName, writeTaskWorkbook, XLSX_CONTENT_TYPE } from './report-document.js'
import { TASK_WORKBOOK_PATH } from './task-workbook-path.js'

/** What the download route needs from the gateway: the report route's options. */
export type TaskWorkbookDownloadOptions = DownloadRouteOptions

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
  return downloadRoute(
    (path) => path === TASK_WORKBOOK_PATH,
    (request, url) => serve(request, url, options),
  )
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
  const opened = await openDownload<Parameter>(request, url, options, {
    what: { en: 'Workbooks', vi: 'bảng tính' },
    parameters: PARAMETERS,
    dates: ['asOf'],
    year: true,
  })
  if (opened instanceof Response) return opened
  const { context, value } = opened
  const directiveText = value('directive')
  const directive = directiveText === null ? null : directiveOf(directiveText, value('year'))
  if (directive instanceof Response) return directive
  const drawn = await drawUpTaskWorkbook(context, {
    directive,
    organizationCode: value('organization'),
    asOf: value('asOf'),
  })
  if (!drawn.ok) return useCaseProblem(drawn.error, PARAMETER_OF, value)
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
