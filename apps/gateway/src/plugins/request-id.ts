import { randomUUID } from 'node:crypto'

const ids = new WeakMap<Request, string>()

/** What an incoming `x-request-id` may look like to be reused: no spaces, no control bytes. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/

/**
 * The id of a request: the caller's `x-request-id` when it looks sane (a proxy's, so logs join
 * up), else a fresh UUID. The same request always gets the same id, whoever asks first.
 */
export function requestIdOf(request: Request): string {
  let id = ids.get(request)
  if (id === undefined) {
    const incoming = request.headers.get('x-request-id')
    id = incoming && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID()
    ids.set(request, id)
  }
  return id
}
