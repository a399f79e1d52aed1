import {
  type Clock,
  type DirectiveSymbolRef,
  type DraftReportError,
  draftReport,
  isReportLayout,
  type UseCaseError,
} from '@chidao/app'
import type { ChidaoDatabase } from '@chidao/db'
import {
  type DirectiveId,
  isIsoDate,
  isReportKind,
  isUuid,
  parseDocumentSymbol,
  REPORT_KINDS,
  type TenantId,
} from '@chidao/domain'
import type { Plugin } from 'graphql-yoga'
import { AuthenticationError } from '../auth/authentication-error.js'
import type { TokenVerifier } from '../auth/token-verifier.js'
import { errorBody, queryError } from '../query-error.js'
import {
  isReportFileFormat,
  REPORT_FILE_FORMATS,
  reportFileName,
  writeReport,
} from './report-document.js'

/** Where reports are downloaded: `GET /reports/<directive symbol or id>?…`. */
export const REPORTS_PATH = '/reports/'

/** What the download route needs from the gateway. */
export interface ReportDownloadOptions {
  readonly db: ChidaoDatabase
  readonly tenantId: TenantId
  readonly verifier: TokenVerifier
  readonly clock: Clock
  /** Whether anonymous callers may download reports of public documents. */
  readonly publicRead: boolean
}

interface Problem {
  readonly status: number
  readonly code: string
  readonly en: string
  readonly vi: string
  /** The query parameter at fault (`asOf`), or `directive` for the path; `extensions.path`. */
  readonly parameter?: string
  readonly value?: string
  readonly headers?: Record<string, string>
}

/** A refusal in the shape of GraphQL's errors, as every error of the gateway (`queryError`). */
function problem(p: Problem): Response {
  const error = queryError(
    { code: p.code, en: p.en, vi: p.vi },
    {
      ...(p.parameter ? { path: [p.parameter] } : {}),
      ...(p.value !== undefined ? { extensions: { value: p.value } } : {}),
    },
  )
  return new Response(JSON.stringify(errorBody(error)), {
    status: p.status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...p.headers,
    },
  })
}

/** A parameter that is not one: VALIDATION, or INVALID_DATE for a date that is not one. */
function badParameter(
  parameter: string,
  value: string,
  en: string,
  vi: string,
  code = 'VALIDATION',
): Response {
  return problem({ status: 400, code, parameter, value, en, vi })
}

/** The refusal of a parameter that is none of the values it may take. */
function notOneOf(parameter: string, value: string, allowed: readonly string[]): Response {
  const list = allowed.join(', ')
  return badParameter(
    parameter,
    value,
    `${parameter} must be one of ${list}, got "${value}"`,
    `${parameter} phải là một trong ${list}, nhận được "${value}"`,
  )
}

/** RFC 5987 / 6266: `filename` in ASCII for old clients, `filename*` in UTF-8 for the rest. */
export function contentDisposition(name: string, ascii: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

const PARAMETERS = new Set(['from', 'to', 'asOf', 'kind', 'format', 'layout', 'org', 'year'])

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
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(REPORTS_PATH)) return
      endResponse(await serve(request, url, options))
    },
  }
}

async function serve(request: Request, url: URL, options: ReportDownloadOptions) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return problem({
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      en: `Reports are downloaded with GET, not ${request.method}`,
      vi: `Tải báo cáo bằng GET, không phải ${request.method}`,
      headers: { allow: 'GET, HEAD' },
    })
  }
  let viewer: Awaited<ReturnType<TokenVerifier['authenticate']>>
  try {
    viewer = await options.verifier.authenticate(request.headers.get('authorization'))
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error
    return problem({
      status: error.status,
      code: 'UNAUTHENTICATED',
      en: error.message,
      vi: error.messageVi,
      headers: {
        'www-authenticate': `Bearer error="invalid_token", error_description="${error.message.replace(/"/g, "'")}"`,
      },
    })
  }
  if (!viewer.authenticated && !options.publicRead) {
    return problem({
      status: 401,
      code: 'UNAUTHENTICATED',
      en: 'Sign in first: this deployment serves no anonymous callers (CHIDAO_PUBLIC_READ)',
      vi: 'Cần đăng nhập: hệ thống không phục vụ người dùng ẩn danh (CHIDAO_PUBLIC_READ)',
      headers: { 'www-authenticate': 'Bearer' },
    })
  }

  const q = url.searchParams
  for (const name of q.keys()) {
    if (!PARAMETERS.has(name)) {
      return badParameter(
        name,
        q.get(name) ?? '',
        `Unknown parameter "${name}"; known: ${[...PARAMETERS].join(', ')}`,
        `Tham số "${name}" không có; các tham số: ${[...PARAMETERS].join(', ')}`,
      )
    }
  }
  const value = (name: string) => {
    const v = q.get(name)?.normalize('NFC').trim()
    return v === undefined || v === '' ? null : v
  }
  for (const name of ['from', 'to', 'asOf']) {
    const v = value(name)
    if (v !== null && !isIsoDate(v)) {
      return badParameter(
        name,
        v,
        `${name} must be a date YYYY-MM-DD, got "${v}"`,
        `${name} phải là ngày dạng YYYY-MM-DD, nhận được "${v}"`,
        'INVALID_DATE',
      )
    }
  }
  const format = value('format') ?? 'docx'
  if (!isReportFileFormat(format)) return notOneOf('format', format, REPORT_FILE_FORMATS)
  const kind = value('kind') ?? 'PERIODIC_REPORT'
  if (!isReportKind(kind)) return notOneOf('kind', kind, REPORT_KINDS)
  const layout = value('layout')
  if (layout !== null && !isReportLayout(layout)) {
    return badParameter(
      'layout',
      layout,
      `layout must be party or state, got "${layout}"`,
      `layout phải là party hoặc state, nhận được "${layout}"`,
    )
  }
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

  const drafted = await draftReport(
    {
      ports: options.db.forTenant(options.tenantId, { clearance: viewer.clearance }),
      caller: viewer,
      clock: options.clock,
    },
    {
      directive,
      kind,
      from: value('from'),
      to: value('to'),
      asOf: value('asOf'),
      organizationCode: value('org'),
      letterhead: format === 'docx' ? { layout } : null,
    },
  )
  if (!drafted.ok) return failure(drafted.error, key, value('org') ?? '')
  const { report, letterhead } = drafted.value
  const file = await writeReport(report, format, letterhead, { layout })
  const { name, ascii } = reportFileName(report, file.extension)
  const body = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body
  return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-length': String(body.byteLength),
      'content-disposition': contentDisposition(name, ascii),
      // A report may hold what only this caller may read: never kept by a shared cache.
      'cache-control': 'private, no-store',
      // Its secrecy mark for machines (proxies, mail and archive gateways): PUBLIC, MAT, …
      'x-chidao-secrecy': report.secrecy,
      'x-content-type-options': 'nosniff',
    },
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
