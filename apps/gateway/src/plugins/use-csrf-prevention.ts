import type { Plugin } from 'graphql-yoga'
import { queryError } from '../query-error.js'

/**
 * Headers any of which marks a request as sent by a script, not by a cross-site form or link:
 * ours, Yoga's, and the two Apollo's clients send (`apollo-require-preflight` on request,
 * `x-apollo-operation-name` always from Apollo iOS and Apollo Kotlin).
 */
export const CSRF_HEADERS = [
  'x-chidao-csrf',
  'x-graphql-yoga-csrf',
  'apollo-require-preflight',
  'x-apollo-operation-name',
]

/** Content types a browser may send cross-site without a CORS preflight. */
const SIMPLE_CONTENT_TYPES = new Set([
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
])

/**
 * Whether a browser must have asked permission (a CORS preflight) before sending the request,
 * or it comes from a script of the gateway's own origin: a non-simple Content-Type such as
 * `application/json`, one of {@link CSRF_HEADERS}, or a bearer token (`Authorization` is never
 * sent cross-site without a preflight, and a browser never adds a bearer token by itself).
 */
function isPreflighted(headers: Headers, requiredHeaders: readonly string[]): boolean {
  const contentType = headers.get('content-type')
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase()
  if (mediaType && !SIMPLE_CONTENT_TYPES.has(mediaType)) return true
  if (requiredHeaders.some((header) => headers.has(header))) return true
  return /^bearer\s/i.test(headers.get('authorization') ?? '')
}

/**
 * Cross-site request forgery protection. A request a page of another site could make a browser
 * send without asking first — a link, an `<img>`, a form post, a `fetch` in `no-cors` mode —
 * is served only when it can do no harm:
 *
 * - a POST must have been preflighted ({@link isPreflighted}); a form post is refused;
 * - a GET is served when preflighted, and also when it carries no cookie: it is then an
 *   anonymous read. The gateway authenticates by bearer token only, which such a request
 *   cannot carry, and never runs a mutation from a GET (Yoga answers 405); the page cannot
 *   read the answer either (CORS allow-list). So urql's GET queries, which send no custom
 *   header, work as they are. A GET carrying a cookie (a proxy in front that signs people in
 *   with one) must be preflighted, so that the cookie cannot be used from another site.
 *
 * Refusals are 403 `CSRF_HEADER_REQUIRED`. GraphiQL's page is served before this check.
 */
export function useCsrfPrevention(requiredHeaders: readonly string[] = CSRF_HEADERS): Plugin {
  return {
    onRequestParse({ request }) {
      if (isPreflighted(request.headers, requiredHeaders)) return
      if (request.method === 'GET' && !request.headers.has('cookie')) return
      throw queryError(
        {
          code: 'CSRF_HEADER_REQUIRED',
          en: `Refused as a possible cross-site request: send Content-Type: application/json, or the header ${requiredHeaders[0]}: 1`,
          vi: `Bị từ chối vì có thể là yêu cầu giả mạo từ trang khác (CSRF): hãy gửi Content-Type: application/json, hoặc tiêu đề ${requiredHeaders[0]}: 1`,
        },
        { extensions: { http: { status: 403 } } },
      )
    },
  }
}
