import { context } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { resourceFromAttributes } from '@opentelemetry/resources'
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node'
import type { Plugin } from 'graphql-yoga'
import type { LogEvent } from 'kysely'
import { sqlSpans } from './sql-spans.js'
import { useOperationSpans } from './use-operation-spans.js'

/** The gateway's tracing: what records spans, and how to send the last of them and stop. */
export interface Tracing {
  /** The Yoga plugin that opens a span per GraphQL operation. */
  readonly plugin: Plugin
  /** The database's per-statement hook: a span per SQL statement. */
  readonly onQuery: (event: LogEvent) => void
  /** Sends the spans not yet sent and stops. */
  shutdown(): Promise<void>
}

/**
 * Starts sending OpenTelemetry traces to the OTLP/HTTP collector at `endpoint` (spans posted
 * to `<endpoint>/v1/traces`, or to `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` when set), as
 * `OTEL_SERVICE_NAME` (`chidao-gateway`). Loaded only when `OTEL_EXPORTER_OTLP_ENDPOINT` is
 * set. The tracer provider is the gateway's own, not registered globally.
 */
export function openTracing(endpoint: string, env: NodeJS.ProcessEnv = process.env): Tracing {
  // Spans follow async work through AsyncLocalStorage; a manager already set is kept.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
  const exporter = new OTLPTraceExporter({
    url:
      env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || `${endpoint.replace(/\/+$/, '')}/v1/traces`,
  })
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME?.trim() || 'chidao-gateway',
    }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  })
  const tracer = provider.getTracer('@chidao/gateway')
  return {
    plugin: useOperationSpans(tracer),
    onQuery: sqlSpans(tracer),
    shutdown: () => provider.shutdown(),
  }
}
