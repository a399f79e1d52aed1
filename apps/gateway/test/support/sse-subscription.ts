/** One result of a subscription, as the server sent it in an `event: next`. */
export interface SubscriptionResult<T = Record<string, any>> {
  readonly data?: T
  readonly errors?: { message: string; extensions?: Record<string, unknown> }[]
}

/** A subscription open over Server-Sent Events: read its results one by one, then close it. */
export interface SseSubscription {
  /** The response's status and headers, for checks. */
  readonly response: Response
  /** The next result; `null` once the server completed the stream. Waits as long as it takes. */
  next<T = Record<string, any>>(): Promise<SubscriptionResult<T> | null>
  /** Every result left until the server completes the stream. */
  rest<T = Record<string, any>>(): Promise<SubscriptionResult<T>[]>
  /** Ends the stream from the client's side, as a closed browser tab does. */
  close(): Promise<void>
}

/**
 * Opens a GraphQL subscription over real HTTP as graphql-sse's "distinct connections" mode and
 * a browser do: a POST with `Accept: text/event-stream`, its answer read as it streams. Comments
 * (`:` keep-alive pings) are skipped.
 *
 * @example
 * ```ts
 * const live = await subscribeOverSse(`${http.base}/graphql`, 'subscription { taskChanged { id } }', {}, { authorization })
 * const first = await live.next()
 * await live.close()
 * ```
 */
export async function subscribeOverSse(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<SseSubscription> {
  const controller = new AbortController()
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  })
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffered = ''
  let completed = false
  async function nextFrame(): Promise<string | null> {
    for (;;) {
      const end = buffered.indexOf('\n\n')
      if (end >= 0) {
        const frame = buffered.slice(0, end)
        buffered = buffered.slice(end + 2)
        return frame
      }
      const { value, done } = await reader.read()
      if (done) return null
      buffered += value
    }
  }
  const subscription: SseSubscription = {
    response,
    async rest<T>() {
      const results: SubscriptionResult<T>[] = []
      for (let r = await subscription.next<T>(); r !== null; r = await subscription.next<T>()) {
        results.push(r)
      }
      return results
    },
    async next<T>() {
      while (!completed) {
        const frame = await nextFrame()
        if (frame === null) break
        const lines = frame.split('\n').filter((line) => line !== '' && !line.startsWith(':'))
        const event = lines
          .find((line) => line.startsWith('event:'))
          ?.slice(6)
          .trim()
        const data = lines
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart())
          .join('\n')
        if (event === 'complete') completed = true
        else if (event === 'next' || (event === undefined && data !== '')) {
          return JSON.parse(data) as SubscriptionResult<T>
        }
      }
      return null
    },
    async close() {
      controller.abort()
      await reader.cancel().catch(() => {})
    },
  }
  return subscription
}
