import type { Plugin, YogaServerOptions } from 'graphql-yoga'
import { WAL_POSITION_HEADER } from '../replica/wal-position-header.js'
import { CSRF_HEADERS } from './use-csrf-prevention.js'

/**
 * What a browser app of an allowed origin may read from an answer besides the simple headers:
 * also the WAL position of its write (read replicas), to send back with its next queries.
 */
export const CORS_EXPOSED_HEADERS = [
  'x-request-id',
  'content-disposition',
  WAL_POSITION_HEADER,
] as const

/** What it may send: the token, JSON, its request id, the CSRF headers and its WAL position. */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-request-id',
  ...CSRF_HEADERS,
  WAL_POSITION_HEADER,
] as const

/** How long a browser may keep a preflight's answer, unless CHIDAO_CORS_MAX_AGE says (seconds). */
export const DEFAULT_CORS_MAX_AGE_SECONDS = 600

/** The cross-origin settings: `CHIDAO_CORS_ORIGINS` and `CHIDAO_CORS_MAX_AGE`. */
export interface CorsSettings {
  /** Exact origins (`https://app.example.org`) whose pages may call the gateway with a token. */
  readonly origins: readonly string[]
  readonly maxAgeSeconds: number
}

/**
 * Reads a comma-separated list of exact origins. Returns the problem with the first entry that
 * is not one — a wildcard, a path, a trailing slash, a scheme other than http(s) — in English and
 * Vietnamese, or the list.
 */
export function parseCorsOrigins(raw: string | undefined): string[] | { problem: string } {
  const origins: string[] = []
  for (const entry of (raw ?? '').split(',').map((e) => e.trim())) {
    if (entry === '') continue
    let origin: string | null = null
    try {
      const url = new URL(entry)
      const web = url.protocol === 'http:' || url.protocol === 'https:'
      if (web && !url.hostname.includes('*')) origin = url.origin
    } catch {
      origin = null
    }
    if (origin !== entry) {
      const hint = origin ? ` (did you mean "${origin}"?)` : ''
      return {
        problem:
          `CHIDAO_CORS_ORIGINS: "${entry}" is not an exact origin${hint}: give scheme, host and port only, such as https://app.example.org, separated by commas; wildcards are not accepted / ` +
          `CHIDAO_CORS_ORIGINS: "${entry}" không phải một nguồn gốc (origin) chính xác${hint}: chỉ ghi giao thức, tên máy và cổng, ví dụ https://app.example.org, cách nhau bằng dấu phẩy; không chấp nhận ký tự đại diện`,
      }
    }
    if (!origins.includes(origin)) origins.push(origin)
  }
  return origins
}

/**
 * Yoga's `cors` option for an allow-list: a request whose `Origin` is on the list gets that
 * origin back with credentials allowed, the headers a browser app needs exposed, and the
 * preflight cached for `maxAgeSeconds`; any other origin gets no CORS header at all, so the
 * browser keeps the answer from the page. Same-origin pages (the web app served at `/`) need
 * none. With an empty list no origin is allowed.
 */
export function corsOptions(
  settings: CorsSettings,
): NonNullable<YogaServerOptions<object, object>['cors']> {
  const allowed = new Set(settings.origins)
  return (request: Request) => {
    const origin = request.headers.get('origin')
    if (origin === null || !allowed.has(origin)) return false
    return {
      origin,
      credentials: true,
      methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      allowedHeaders: [...CORS_ALLOWED_HEADERS],
      exposedHeaders: [...CORS_EXPOSED_HEADERS],
      maxAge: settings.maxAgeSeconds,
    }
  }
}

/**
 * Marks every answer as depending on the request's `Origin` when an allow-list is in force,
 * so that no cache hands one origin's answer (with its CORS headers, or without) to another.
 */
export function useVaryOnOrigin(settings: CorsSettings): Plugin {
  return {
    onResponse({ response }) {
      if (settings.origins.length === 0) return
      const vary = response.headers.get('vary')
      if (vary && /(^|,)\s*(origin|\*)\s*(,|$)/i.test(vary)) return
      response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin')
    },
  }
}
