import { type DestinationStream, pino } from 'pino'
import { requestLogMixin } from './observability/request-log-context.js'

/**
 * Structured JSON logs on stdout (or `destination`), one object per line. Every line written
 * while a request is served carries its `requestId`, `operationName`, `tenant` and
 * `organization` (see docs/operations.md, "Log fields").
 */
export function createLogger(level: string, destination?: DestinationStream) {
  const options = { level, base: { service: 'chidao-gateway' }, mixin: requestLogMixin }
  return destination ? pino(options, destination) : pino(options)
}

/** The logger type used across the gateway. */
export type Logger = ReturnType<typeof createLogger>
