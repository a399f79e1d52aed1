import { createServer, type RequestListener } from 'node:http'

/** A local HTTP server of a test: its base URL and how to stop it. */
export interface Listening {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly base: string
  readonly stop: () => Promise<void>
}

/**
 * Serves a handler (a yoga instance, a key server) on a free port of 127.0.0.1, so a test can
 * reach it over real HTTP; tests never reach beyond the machine.
 *
 * @example
 * ```ts
 * const http = await listen(h.yoga)
 * await fetch(`${http.base}/graphql?query={__typename}`)
 * await http.stop()
 * ```
 */
export async function listen(handler: RequestListener): Promise<Listening> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
