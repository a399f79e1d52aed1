import { timingSafeEqual } from 'node:crypto'
import type { Plugin } from 'graphql-yoga'
import type { Registry } from 'prom-client'

/** Where the metrics are served. */
export const METRICS_PATH = '/metrics'

/**
 * Serves the registry's metrics on GET `/metrics` in Prometheus's text format. With a token,
 * only to a request carrying `Authorization: Bearer <token>`: any other gets 401 and no
 * metrics.
 */
export function useMetricsEndpoint(registry: Registry, token: string | null): Plugin {
  const expected = token === null ? null : Buffer.from(`Bearer ${token}`)
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== METRICS_PATH) return
      if (expected && !sameSecret(request.headers.get('authorization'), expected)) {
        endResponse(
          new fetchAPI.Response('a bearer token is required to read the metrics\n', {
            status: 401,
            headers: {
              'content-type': 'text/plain; charset=utf-8',
              'www-authenticate': 'Bearer realm="metrics"',
            },
          }),
        )
        return
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }))
        return
      }
      endResponse(
        new fetchAPI.Response(await registry.metrics(), {
          status: 200,
          headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
        }),
      )
    },
  }
}

/** Compares in constant time, so the token cannot be guessed byte by byte from timings. */
function sameSecret(given: string | null, expected: Buffer): boolean {
  if (given === null) return false
  const bytes = Buffer.from(given)
  return bytes.length === expected.length && timingSafeEqual(bytes, expected)
}
