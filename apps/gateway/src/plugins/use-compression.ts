import type { Plugin } from 'graphql-yoga'
import { compress, negotiateEncoding } from './content-encoding.js'

/** Media types worth compressing; everything else (DOCX, images) is already compressed or binary. */
const COMPRESSIBLE =
  /^(application\/(json|graphql-response\+json|javascript|xml)|text\/(html|plain|markdown|css|javascript|csv)|image\/svg\+xml)\s*(;|$)/i

/** Below this, compression costs more than it saves (a header and a CPU round trip). */
export const MIN_COMPRESSED_BYTES = 1024

/** Adds `Accept-Encoding` to the answer's `Vary` unless it is there. */
function varyOnAcceptEncoding(headers: Headers): void {
  const vary = headers.get('vary')
  if (vary && /(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) return
  headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}

/**
 * Compresses answers for clients that accept it (`Accept-Encoding: br` or `gzip`, Brotli
 * preferred): GraphQL's JSON, the HTML and Markdown reports, GraphiQL's page. Answers under
 * {@link MIN_COMPRESSED_BYTES}, already encoded (GraphiQL's assets come compressed), binary
 * (DOCX) or streamed are sent as they are: `text/event-stream` and `multipart/mixed` are never
 * compressed, so each event reaches the client as soon as it is written. Every compressible
 * answer says `Vary: Accept-Encoding`, so no cache hands a compressed one to a client that
 * cannot read it.
 */
export function useCompression(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method === 'HEAD' || response.body == null) return
      if (response.headers.has('content-encoding')) return
      if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return
      varyOnAcceptEncoding(response.headers)
      const encoding = negotiateEncoding(request.headers.get('accept-encoding'))
      if (encoding === null) return
      const bytes = new Uint8Array(await response.arrayBuffer())
      const init = { status: response.status, statusText: response.statusText }
      if (bytes.byteLength < MIN_COMPRESSED_BYTES) {
        setResponse(new fetchAPI.Response(bytes, { ...init, headers: response.headers }))
        return
      }
      const compressed = await compress(bytes, encoding)
      const headers = new fetchAPI.Headers(response.headers)
      headers.set('content-encoding', encoding)
      headers.set('content-length', String(compressed.byteLength))
      setResponse(new fetchAPI.Response(compressed, { ...init, headers }))
    },
  }
}
