import type { ChidaoDatabase } from '@chidao/db'
import type { Plugin } from 'graphql-yoga'
import type { LogEvent } from 'kysely'
import type { ObservabilityConfig } from '../config.js'

/** The metrics and traces a gateway process keeps, as its settings ask. */
export interface Observability {
  /** For `openDatabase`: a span per SQL statement when tracing; null otherwise. */
  readonly onQuery: ((event: LogEvent) => void) | null
  /** The Yoga plugins that record (and serve, on `/metrics`) what is asked for. */
  plugins(db: ChidaoDatabase): Promise<readonly Plugin[]>
  /** Sends the last spans and stops tracing. */
  shutdown(): Promise<void>
}

/**
 * Starts what `CHIDAO_METRICS` and `OTEL_EXPORTER_OTLP_ENDPOINT` ask for. Neither prom-client
 * nor OpenTelemetry is loaded unless asked for.
 */
export async function openObservability(config: ObservabilityConfig): Promise<Observability> {
  const tracing = config.otlpEndpoint
    ? (await import('./tracing/open-tracing.js')).openTracing(config.otlpEndpoint)
    : null
  return {
    onQuery: tracing?.onQuery ?? null,
    plugins: async (db) => [
      ...(config.metrics
        ? (await import('./metrics/gateway-metrics.js')).gatewayMetrics({
            db,
            token: config.metricsToken,
          })
        : []),
      ...(tracing ? [tracing.plugin] : []),
    ],
    shutdown: async () => {
      await tracing?.shutdown()
    },
  }
}
