// The part of autocannon 9 this benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Request {
    method?: 'GET' | 'POST'
    body?: string
    setupRequest?: (request: Record<string, unknown>) => Record<string, unknown>
  }
  interface Options {
    /** One URL, or several: the connections are spread over them. */
    url: string | string[]
    connections?: number
    duration?: number
    headers?: Record<string, string>
    requests?: Request[]
  }
  interface Histogram {
    average: number
    total: number
    p50: number
    p99: number
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    errors: number
    timeouts: number
    non2xx: number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
