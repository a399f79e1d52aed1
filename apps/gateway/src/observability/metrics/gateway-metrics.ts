import type { ChidaoDatabase } from '@chidao/db'
import { createCounter, createHistogram, usePrometheus } from '@graphql-yoga/plugin-prometheus'
import type { Plugin } from 'graphql-yoga'
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client'
import { operationLabeller } from './operation-label.js'
import { useErrorCodeMetrics } from './use-error-code-metrics.js'
import { useMetricsEndpoint } from './use-metrics-endpoint.js'

/** What {@link gatewayMetrics} needs. */
export interface GatewayMetricsOptions {
  readonly db: ChidaoDatabase
  /** `CHIDAO_METRICS_TOKEN`: the bearer token `/metrics` asks for; null: none. */
  readonly token: string | null
}

/**
 * The gateway's Prometheus metrics (names and labels in docs/operations.md) in a registry of
 * its own, and the Yoga plugins that record them and serve them on `/metrics`:
 * operations counted and timed per operation name (`@graphql-yoga/plugin-prometheus`), errors
 * by code, the database pool, and Node's own figures with the event loop's lag (prom-client's
 * default metrics).
 */
export function gatewayMetrics(options: GatewayMetricsOptions): readonly Plugin[] {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  registerPoolGauges(registry, options.db)
  const errors = new Counter({
    name: 'chidao_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  })
  const operation = operationLabeller()
  const labels = (params: { document?: unknown; operationType?: string }, context: unknown) => ({
    operationName: operation(
      params.document as Parameters<typeof operation>[0],
      (context as { params?: { operationName?: string | null } })?.params?.operationName,
    ),
    operationType: params.operationType ?? 'unknown',
  })
  const labelNames = ['operationName', 'operationType'] as const
  return [
    useMetricsEndpoint(registry, options.token),
    usePrometheus({
      registry,
      // Served by useMetricsEndpoint, behind the token.
      endpoint: false,
      metrics: {
        graphql_envelop_request: createCounter({
          registry,
          counter: {
            name: 'graphql_envelop_request',
            help: 'GraphQL operations executed, by operation name and type',
            labelNames,
          },
          fillLabelsFn: labels,
        }),
        graphql_envelop_request_duration: createHistogram({
          registry,
          histogram: {
            name: 'graphql_envelop_request_duration',
            help: 'Seconds from parsing a GraphQL operation to the end of its execution',
            labelNames,
          },
          fillLabelsFn: labels,
        }),
        // The rest would label by field path or URL (unbounded) or repeat the above.
        graphql_envelop_request_time_summary: false,
        graphql_envelop_phase_parse: false,
        graphql_envelop_phase_validate: false,
        graphql_envelop_phase_context: false,
        graphql_envelop_phase_execute: false,
        graphql_envelop_phase_subscribe: false,
        graphql_envelop_error_result: false,
        graphql_envelop_deprecated_field: false,
        graphql_envelop_schema_change: false,
        graphql_envelop_execute_resolver: false,
        graphql_yoga_http_duration: false,
      },
    }),
    useErrorCodeMetrics(errors),
  ]
}

/**
 * The database's connections, read when scraped. PostgreSQL: open, in use and waiting (the
 * `pg` pool's figures). PGlite has one session and no pool: open is 1, and in use and waiting
 * are not reported (not known).
 */
function registerPoolGauges(registry: Registry, db: ChidaoDatabase): void {
  new Gauge({
    name: 'chidao_db_pool_connections',
    help: 'Database connections open (PGlite: its one session)',
    registers: [registry],
    collect() {
      this.set(db.poolStats().total)
    },
  })
  if (db.poolStats().idle === null) return
  new Gauge({
    name: 'chidao_db_pool_in_use',
    help: 'Database connections held by a request or job',
    registers: [registry],
    collect() {
      const { total, idle } = db.poolStats()
      this.set(total - (idle ?? 0))
    },
  })
  new Gauge({
    name: 'chidao_db_pool_waiting',
    help: 'Callers waiting for a database connection',
    registers: [registry],
    collect() {
      this.set(db.poolStats().waiting ?? 0)
    },
  })
}
