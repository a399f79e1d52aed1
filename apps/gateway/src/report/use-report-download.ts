import {
  type DirectiveSymbolRef,
  type DraftReportError,
  draftReport,
  isReportLayout,
  type UseCaseError,
} from '@chidao/app'
import {
  type DirectiveId,
  isReportKind,
  isUuid,
  parseDocumentSymbol,
  REPORT_KINDS,
} from '@chidao/domain'
import type { Plugin } from 'graphql-yoga'
import {
  badParameter,
  type DownloadRouteOptions,
  downloadRoute,
  fileResponse,
  notLayout,
  notOneOf,
  openDownload,
  problem,
} from './download-response.js'
import {
  isReportFileFormat,
  REPORT_FILE_FORMATS,
  reportFileName,
  writeReport,
} from './report-document.js'

/** Where reports are downloaded: `GET /reports/<directive symbol or id>?…`. */
export const REPORTS_PATH = '/reports/'

/** What the download route needs from the gateway. */
export type ReportDownloadOptions = DownloadRouteOptions

const PARAMETERS = ['from', 'to', 'asOf', 'kind', 'format', 'layout', 'org', 'year'] as const

/**
 * The download route for reports, as a Yoga plugin so it shares the gateway's server, logging
 * and limits: `GET /reports/<directive>?from=&to=&asOf=&kind=&format=docx|html|md&layout=party|state&org=&year=`.
 * The directive is its number and symbol (`06-CTr/TU`, the slash raw or as `%2F`; the newest
 * when several bear it, or the one of `year`) or its id. The caller is authenticated from the
 * bearer token exactly as GraphQL does (401 for a bad token, or for no token where anonymous
 * reading is off), and reads at their clearance in the deployment's tenant only: a document
 * above it is 404 `DIRECTIVE_NOT_FOUND`, as one that does not exist. Bad parameters are 400
 * (`VALIDATION`, `INVALID_DATE`, `INVALID_DOCUMENT_SYMBOL`) with `extensions.path` naming the
 * parameter and `extensions.value` the value; the message is English, `extensions.messageVi`
 * Vietnamese. The file comes with its media type and a
 * `Content-Disposition` carrying an ASCII file name and the UTF-8 one. It bears the secrecy
 * mark of what it is drawn from (in the file, in `x-chidao-secrecy`, and at the head of a
 * secret report's file name), and no shared cache may keep it.
 */
export function useReportDownload(options: ReportDownloadOptions): Plugin {
  return downloadRoute(
    (path) => path.startsWith(REPORTS_PATH),
    (request, url) => serve(request, url, options),
  )
}

async function serve(request: Request, url: URL, options: ReportDownloadOptions) {
  const opened = await openDownload(request, url, options, {
    what: { en: 'Reports', vi: 'báo cáo' },
    parameters: PARAMETERS,
    dates: ['from', 'to', 'asOf'],
  })
  if (opened instanceof Response) return opened
  const { context, value } = opened
  const format = value('format') ?? 'docx'
  if (!isReportFileFormat(format)) return notOneOf('format', format, REPORT_FILE_FORMATS)
  const kind = value('kind') ?? 'PERIODIC_REPORT'
  if (!isReportKind(kind)) return notOneOf('kind', kind, REPORT_KINDS)
  const layout = value('layout')
  if (layout !== null && !isReportLayout(layout)) return notLayout(layout)
  const yearText = value('year')
  const year = yearText === null ? null : Number(yearText)
  if (year !== null && (!Number.isInteger(year) || year < 1930 || year > 9999)) {
    return badParameter(
      'year',
      yearText ?? '',
      `year must be a year of issue, got "${yearText}"`,
      `year phải là năm ban hành, nhận được "${yearText}"`,
    )
  }

  let key: string
  try {
    key = decodeURIComponent(url.pathname.slice(REPORTS_PATH.length)).normalize('NFC').trim()
  } catch {
    key = ''
  }
  let directive: DirectiveId | DirectiveSymbolRef
  if (isUuid(key)) {
    directive = key.toLowerCase() as DirectiveId
  } else {
    const symbol = parseDocumentSymbol(key)
    if (!symbol.ok) {
      return badParameter(
        'directive',
        key,
        `Not a document symbol or id: "${key}" (e.g. /reports/06-CTr%2FTU)`,
        `Không phải số, ký hiệu hoặc id văn bản: "${key}" (ví dụ /reports/06-CTr%2FTU)`,
        symbol.error.code,
      )
    }
    directive = { symbol: symbol.value, year }
  }

  const drafted = await draftReport(context, {
    directive,
    kind,
    from: value('from'),
    to: value('to'),
    asOf: value('asOf'),
    organizationCode: value('org'),
    letterhead: format === 'docx' ? { layout } : null,
  })
  if (!drafted.ok) return failure(drafted.error, key, value('org') ?? '')
  const { report, letterhead } = drafted.value
  const file = await writeReport(report, format, letterhead, { layout })
  const { name, ascii } = reportFileName(report, file.extension)
  const body = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body
  return fileResponse(request, {
    body,
    contentType: file.contentType,
    name,
    ascii,
    secrecy: report.secrecy,
  })
}

/**
 * The answer to a report that could not be drafted: 404 for a document or an organisation the
 * caller may not see (the same as one that does not exist), 400 for the rest.
 */
function failure(error: UseCaseError<DraftReportError>, key: string, org: string): Response {
  switch (error.code) {
    case 'DIRECTIVE_NOT_FOUND':
      // The same answer for a document that does not exist and one the caller may not see.
      return problem({
        status: 404,
        code: 'DIRECTIVE_NOT_FOUND',
        parameter: 'directive',
        value: key,
        en: `No document ${key} that you may see`,
        vi: `Không có văn bản ${key} mà bạn được xem`,
      })
    case 'ORGANIZATION_NOT_FOUND':
    case 'VALIDATION':
      return problem({
        status: error.code === 'ORGANIZATION_NOT_FOUND' ? 404 : 400,
        code: error.code,
        parameter: 'org',
        value: org,
        en: error.message,
        vi: error.messageVi,
      })
    default:
      return problem({ status: 400, code: error.code, en: error.message, vi: error.messageVi })
  }
}
