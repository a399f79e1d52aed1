import { createHash } from 'node:crypto'
import { type ContentEncoding, compress, negotiateEncoding } from '../plugins/content-encoding.js'

/** A file the gateway serves itself (GraphiQL's, the web app's): never from a CDN. */
export interface StaticFile {
  readonly contentType: string
  /** A strong validator, the content's hash. */
  readonly etag: string
  readonly bytes: Uint8Array<ArrayBuffer>
  /** The bytes compressed with an encoding, once, on first request. */
  encoded(encoding: ContentEncoding): Promise<Uint8Array<ArrayBuffer>>
}

/** The first 16 characters of the content's SHA-256, base64url: names and validators. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 16)
}

/** A file served from memory, its compressed forms made on first request and kept. */
export function staticFile(contentType: string, content: Uint8Array): StaticFile {
  const bytes = new Uint8Array(content)
  const cache = new Map<ContentEncoding, Promise<Uint8Array<ArrayBuffer>>>()
  return {
    contentType,
    etag: `"${contentHash(bytes)}"`,
    bytes,
    encoded(encoding) {
      let compressed = cache.get(encoding)
      if (!compressed) {
        compressed = compress(bytes, encoding, 'small')
        cache.set(encoding, compressed)
        // A failure is not kept: the next request tries again.
        compressed.catch(() => cache.delete(encoding))
      }
      return compressed
    },
  }
}

/** Whether the client already holds this version (`If-None-Match`). */
export function isFresh(request: Request, etag: string): boolean {
  const held = request.headers.get('if-none-match')
  return held?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag) ?? false
}

/** How long browsers keep a file: for ever when its name changes with it, else revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const REVALIDATE = 'no-cache'

/**
 * Answers a request for a file: `304` when the client holds this version, else the bytes,
 * compressed (Brotli or gzip) when the client accepts it and the file is text.
 */
export async function staticFileResponse(
  request: Request,
  file: StaticFile,
  cacheControl: string,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    ...extraHeaders,
    'content-type': file.contentType,
    'cache-control': cacheControl,
    etag: file.etag,
    vary: 'Accept-Encoding',
  }
  if (isFresh(request, file.etag)) return new Response(null, { status: 304, headers })
  const body = request.method === 'HEAD' ? null : file.bytes
  const encoding = isCompressible(file.contentType)
    ? negotiateEncoding(request.headers.get('accept-encoding'))
    : null
  if (encoding === null || body === null) return new Response(body, { headers })
  const bytes = await file.encoded(encoding)
  return new Response(bytes, {
    headers: { ...headers, 'content-encoding': encoding, 'content-length': String(bytes.length) },
  })
}

function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg)/.test(contentType)
}
