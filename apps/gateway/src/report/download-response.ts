import type { Caller, Clock, UseCaseContext, UseCaseError } from '@chidao/app'
import type { ChidaoDatabase, TenantDatabase } from '@chidao/db'
import { isIsoDate, type TenantId } from '@chidao/domain'
import type { Plugin } from 'graphql-yoga'
import { AuthenticationError } from '../auth/authentication-error.js'
import type { TokenVerifier } from '../auth/token-verifier.js'
import { errorBody, queryError } from '../query-error.js'

// What the download routes (a report, an urging letter, the task workbook) share: the plugin
// each is, its opening (the caller authenticated exactly as GraphQL does, the query checked,
// the use case's context), refusals in the shape of GraphQL's errors, and the headers of a
// file that may hold what only this caller may read.

/** What a download route needs from the gateway; every route takes the same. */
export interface DownloadRouteOptions {
  readonly db: ChidaoDatabase
  readonly tenantId: TenantId
  readonly verifier: TokenVerifier
  readonly clock: Clock
  /** Whether anonymous callers may download files of public work. */
  readonly publicRead: boolean
}

/** A refusal of a download route. */
export interface Problem {
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
export function problem(p: Problem): Response {
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
export function badParameter(
  parameter: string,
  value: string,
  en: string,
  vi: string,
  code = 'VALIDATION',
): Response {
  return problem({ status: 400, code, parameter, value, en, vi })
}

/** The refusal of the first query parameter a route does not know; null when it knows them all. */
export function unknownParameter(q: URLSearchParams, known: Iterable<string>): Response | null {
  const names = [...known]
  for (const name of q.keys()) {
    if (!names.includes(name)) {
      return badParameter(
        name,
        q.get(name) ?? '',
        `Unknown parameter "${name}"; known: ${names.join(', ')}`,
        `Tham số "${name}" không có; các tham số: ${names.join(', ')}`,
      )
    }
  }
  return null
}

/** The refusal of the first of `names` given but not a day YYYY-MM-DD (INVALID_DATE); or null. */
export function badDateParameter(q: URLSearchParams, names: readonly string[]): Response | null {
  for (const name of names) {
    const v = q.get(name)?.trim()
    if (v && !isIsoDate(v)) {
      return badParameter(
        name,
        v,
        `${name} must be a date YYYY-MM-DD, got "${v}"`,
        `${name} phải là ngày dạng YYYY-MM-DD, nhận được "${v}"`,
        'INVALID_DATE',
      )
    }
  }
  return null
}

/** The refusal of `year` given but not a year of issue (four digits); or null. */
export function badYearParameter(q: URLSearchParams): Response | null {
  const year = q.get('year')?.trim()
  if (!year || /^\d{4}$/.test(year)) return null
  return badParameter(
    'year',
    year,
    `year must be a year of issue, got "${year}"`,
    `year phải là năm ban hành, nhận được "${year}"`,
  )
}

/** The refusal of a parameter that is none of the values it may take. */
export function notOneOf(parameter: string, value: string, allowed: readonly string[]): Response {
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

/**
 * The caller of a download: GET or HEAD only (405 otherwise), authenticated from the bearer
 * token as GraphQL does (401 for a bad token, or for none where anonymous reading is off).
 * Either the caller, or the response that refuses the request.
 */
async function downloadCaller(
  request: Request,
  options: { readonly verifier: TokenVerifier; readonly publicRead: boolean },
  what: { readonly en: string; readonly vi: string },
): Promise<Caller | Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return problem({
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      en: `${what.en} are downloaded with GET, not ${request.method}`,
      vi: `Tải ${what.vi} bằng GET, không phải ${request.method}`,
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

  return viewer
}

/** The answer carrying a downloaded file: never kept by a shared cache, its mark for machines. */
export function fileResponse(
  request: Request,
  file: {
    readonly body: Uint8Array
    readonly contentType: string
    readonly name: string
    readonly ascii: string
    readonly secrecy: string
  },
): Response {
  return new Response(request.method === 'HEAD' ? null : (file.body as Uint8Array<ArrayBuffer>), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.body.byteLength),
      'content-disposition': contentDisposition(file.name, file.ascii),
      // A file may hold what only this caller may read: never kept by a shared cache.
      'cache-control': 'private, no-store',
      // Its secrecy mark for machines (proxies, mail and archive gateways): PUBLIC, MAT, …
      'x-chidao-secrecy': file.secrecy,
      'x-content-type-options': 'nosniff',
    },
  })
}

/**
 * A download route as a Yoga plugin, so that it shares the gateway's server, logging and
 * limits: it answers the requests whose path it `serves` and leaves the others to GraphQL.
 *
 * @example
 * ```ts
 * downloadRoute((path) => path === TASK_WORKBOOK_PATH, (request, url) => serve(request, url, options))
 * ```
 */
export function downloadRoute(
  serves: (pathname: string) => boolean,
  serve: (request: Request, url: URL) => Promise<Response>,
): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!serves(url.pathname)) return
      endResponse(await serve(request, url))
    },
  }
}

/** A download request its route may serve: the use case's context and the parameters' values. */
export interface OpenedDownload<Name extends string> {
  readonly context: UseCaseContext<TenantDatabase>
  /** A parameter's value as a use case takes it: NFC, trimmed, `null` when absent or blank. */
  readonly value: (name: Name) => string | null
}

/** What a download route asks of its query, checked in this order. */
export interface DownloadQuery<Name extends string> {
  /** The download named in refusals: `{ en: 'Workbooks', vi: 'bảng tính' }`. */
  readonly what: { readonly en: string; readonly vi: string }
  /** Every parameter it knows; any other is refused. */
  readonly parameters: readonly Name[]
  /** Those that are days, YYYY-MM-DD (INVALID_DATE). */
  readonly dates: readonly Name[]
  /** Its own checks of the rest, if any: the refusal, or null. */
  readonly check?: (q: URLSearchParams) => Response | null
  /** Whether `year` is a year of issue, checked last ({@link badYearParameter}). */
  readonly year?: boolean
}

/**
 * What every download route does first: its caller ({@link downloadCaller}), its query checked
 * as `query` says, then the use case's context (the tenant's ports at the caller's clearance).
 * Either what the route serves the request with, or the refusal.
 *
 * @example
 * ```ts
 * const opened = await openDownload(request, url, options, { what, parameters, dates: ['asOf'] })
 * if (opened instanceof Response) return opened
 * const drawn = await drawUpTaskWorkbook(opened.context, { asOf: opened.value('asOf'), … })
 * ```
 */
export async function openDownload<Name extends string>(
  request: Request,
  url: URL,
  options: DownloadRouteOptions,
  query: DownloadQuery<Name>,
): Promise<OpenedDownload<Name> | Response> {
  const viewer = await downloadCaller(request, options, query.what)
  if (viewer instanceof Response) return viewer
  const q = url.searchParams
  const refused =
    unknownParameter(q, query.parameters) ??
    badDateParameter(q, query.dates) ??
    query.check?.(q) ??
    (query.year ? badYearParameter(q) : null)
  if (refused !== null) return refused
  return {
    context: {
      ports: options.db.forTenant(options.tenantId, { clearance: viewer.clearance }),
      caller: viewer,
      clock: options.clock,
    },
    value: (name) => {
      const v = q.get(name)?.normalize('NFC').trim()
      return v === undefined || v === '' ? null : v
    },
  }
}

/** The refusal of a letterhead layout that is neither `party` nor `state`. */
export function notLayout(layout: string): Response {
  return badParameter(
    'layout',
    layout,
    `layout must be party or state, got "${layout}"`,
    `layout phải là party hoặc state, nhận được "${layout}"`,
  )
}

/**
 * The answer to a file a use case could not draw up: 404 for a document or an organisation the
 * caller may not see (the same as one that does not exist), 400 for the rest; `extensions.path`
 * names the parameter that gives the input field at fault, through `parameterOf`.
 */
export function useCaseProblem<Name extends string>(
  error: UseCaseError<string>,
  parameterOf: Readonly<Record<string, Name>>,
  value: (name: Name) => string | null,
): Response {
  const field = typeof error.path[0] === 'string' ? error.path[0] : ''
  const parameter = parameterOf[field]
  const notFound = error.code === 'DIRECTIVE_NOT_FOUND' || error.code === 'ORGANIZATION_NOT_FOUND'
  return problem({
    status: notFound ? 404 : 400,
    code: error.code,
    en: error.message,
    vi: error.messageVi,
    ...(parameter ? { parameter, value: value(parameter) ?? '' } : {}),
  })
}
