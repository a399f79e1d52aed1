import { request } from 'node:http'

/** An answer as it came over the wire: the body's bytes undecoded (fetch would decompress). */
export interface RawAnswer {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: Buffer
}

/**
 * Sends one request with node:http and gives the answer's bytes exactly as sent, so a test can
 * see `Content-Encoding` at work and count the bytes on the wire.
 *
 * @example
 * ```ts
 * const answer = await rawRequest(`${base}/graphql`, { headers: { 'accept-encoding': 'br' } })
 * zlib.brotliDecompressSync(answer.body)
 * ```
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}
