import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * What every log line written while serving a request says about the request (see
 * docs/operations.md, "Log fields"): filled in as the request is understood.
 */
export interface RequestLogFields {
  /** The `x-request-id` of the request (the caller's when sane, else a fresh UUID). */
  requestId: string
  /** The GraphQL operation's name from the parsed document; null before parsing or for none. */
  operationName: string | null
  /** The tenant this deployment serves. */
  tenant: string
  /** The caller's organisation code (from the token); null for anonymous callers. */
  organization: string | null
}

const current = new AsyncLocalStorage<RequestLogFields>()

/** Runs `work` with `fields` as the request's log fields, for everything it calls. */
export function withRequestLogFields<T>(fields: RequestLogFields, work: () => T): T {
  return current.run(fields, work)
}

/** The log fields of the request being served, to fill in; undefined outside a request. */
export function currentRequestLogFields(): RequestLogFields | undefined {
  return current.getStore()
}

/**
 * pino's `mixin`: the fields of the request being served, on every line logged while it is
 * served (also by code that was given the process's logger, not a child); nothing outside one.
 */
export function requestLogMixin(): Record<string, unknown> {
  const fields = current.getStore()
  return fields ? { ...fields } : {}
}
