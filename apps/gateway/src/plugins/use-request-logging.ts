import { type DocumentNode, getOperationAST } from 'graphql'
import type { Plugin, YogaInitialContext } from 'graphql-yoga'
import type { GatewayContext } from '../context.js'
import type { Logger } from '../logger.js'
import { requestIdOf } from './request-id.js'

interface RequestRecord {
  readonly started: number
  operationName?: string | null
  operationType?: string
  subject?: string | null
}

/** Paths polled by machines (probes, Prometheus), whose request lines are debug only. */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics'])

/**
 * One JSON log line per request: request id (echoed in the `x-request-id` response header),
 * method, path, operation name and type, HTTP status, duration in ms and the viewer's subject
 * — never the token, the variables or the query text, which may carry personal data.
 */
export function useRequestLogging(logger: Logger): Plugin<GatewayContext & YogaInitialContext> {
  const records = new WeakMap<Request, RequestRecord>()
  return {
    onRequest({ request }) {
      records.set(request, { started: performance.now() })
      requestIdOf(request)
    },
    onParams({ request, params }) {
      const record = records.get(request)
      if (record) record.operationName = params.operationName ?? null
    },
    onContextBuilding() {
      return ({ context }) => {
        const record = records.get(context.request)
        if (record) record.subject = context.viewer?.subject ?? null
      }
    },
    onExecute({ args }) {
      noteOperation(records.get(args.contextValue.request), args)
    },
    onSubscribe({ args }) {
      noteOperation(records.get(args.contextValue.request), args)
    },
    onResponse({ request, response }) {
      const id = requestIdOf(request)
      response.headers.set('x-request-id', id)
      const record = records.get(request)
      const url = new URL(request.url)
      // Health probes and metric scrapes come every few seconds: logged at debug only.
      const level = QUIET_PATHS.has(url.pathname) ? 'debug' : 'info'
      logger[level](
        {
          requestId: id,
          method: request.method,
          path: url.pathname,
          operationName: record?.operationName ?? null,
          operationType: record?.operationType ?? null,
          status: response.status,
          durationMs: record ? Math.round((performance.now() - record.started) * 10) / 10 : null,
          subject: record?.subject ?? null,
        },
        'request',
      )
    },
  }
}

/** The operation's name and type, on the request's record. */
function noteOperation(
  record: RequestRecord | undefined,
  args: { readonly document: DocumentNode; readonly operationName?: string | null | undefined },
): void {
  if (!record) return
  const operation = getOperationAST(args.document, args.operationName)
  record.operationName = operation?.name?.value ?? args.operationName ?? null
  record.operationType = operation?.operation
}
