import type { Plugin } from 'graphql-yoga'
import { queryError } from '../query-error.js'

/** Headers any of which marks a request as sent by a script, not by a cross-site form or link. */
export const CSRF_HEADERS = ['x-chidao-csrf', 'x-graphql-yoga-csrf', 'apollo-require-preflight']

/** Content types a browser may send cross-site without a CORS preflight. */
const SIMPLE_CONTENT_TYPES = new Set([
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
])

/**
 * Cross-site request forgery protection, as Yoga's and Apollo's: a GraphQL request is served
 * only if a browser would have had to ask permission first (a CORS preflight) before sending
 * it — a non-simple Content-Type such as `application/json`, or one of {@link CSRF_HEADERS}.
 * So a JSON POST (GraphiQL's, any client's) passes, while a GET from a link or a form post from
 * another site is refused with 403. GraphiQL's page itself is served before this check.
 */
export function useCsrfPrevention(requiredHeaders: readonly string[] = CSRF_HEADERS): Plugin {
  return {
    onRequestParse({ request }) {
      const contentType = request.headers.get('content-type')
      const mediaType = contentType?.split(';')[0]?.trim().toLowerCase()
      if (mediaType && !SIMPLE_CONTENT_TYPES.has(mediaType)) return
      if (requiredHeaders.some((header) => request.headers.has(header))) return
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
