import type { Plugin } from 'graphql-yoga'

type RequestParse = Parameters<NonNullable<Plugin['onRequestParse']>>[0]
type RequestParser = NonNullable<RequestParse['requestParser']>

/**
 * A request parser that hands `parse` the request with its body passed through a check as it
 * streams in, so the check can refuse the body (by erroring the stream) before it is held whole
 * or parsed; a request with no body is parsed as it is. `check` makes the transformer of one
 * request, with the state it keeps while the body streams.
 *
 * @example
 * ```ts
 * setRequestParser(
 *   parseBodyThrough(requestParser, fetchAPI, () => ({
 *     transform(chunk, controller) { controller.enqueue(chunk) },
 *   })),
 * )
 * ```
 */
export function parseBodyThrough(
  parse: RequestParser,
  fetchAPI: RequestParse['fetchAPI'],
  check: () => Transformer<Uint8Array, Uint8Array>,
): RequestParser {
  return (req) => {
    if (req.body == null) return parse(req)
    return parse(
      new fetchAPI.Request(req.url, {
        method: req.method,
        headers: req.headers,
        signal: req.signal,
        body: req.body.pipeThrough(new TransformStream(check())),
        // @ts-expect-error Node's RequestInit wants duplex for a streamed body
        duplex: 'half',
      }),
    )
  }
}
