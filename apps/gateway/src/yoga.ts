import { randomUUID } from 'node:crypto'
import type { ChidaoDatabase } from '@chidao/db'
import { type Clock, dateInZone, type TenantId } from '@chidao/domain'
import { renderGraphiQL } from '@graphql-yoga/render-graphiql'
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga'
import type { GatewayContext } from './context.js'
import { schema } from './schema/index.js'

/** What the gateway needs to serve. */
export interface GatewayOptions {
  readonly db: ChidaoDatabase
  /** The tenant this deployment serves when the caller names none. */
  readonly tenantId: TenantId
  readonly clock?: Clock
  /** Serve GraphiQL on GET /graphql from a browser (default true). */
  readonly graphiql?: boolean
}

const systemClock: Clock = Object.freeze({
  now: () => new Date(),
  today: () => dateInZone(new Date()),
})

/**
 * Builds the gateway's HTTP handler: GraphQL on `/graphql` (GraphiQL for browsers, its assets
 * served from the package, never from a CDN), liveness on `/health` and readiness on `/ready`.
 * It listens on nothing: `main.ts` gives it to a server, tests call `yoga.fetch`.
 *
 * @example
 * ```ts
 * const yoga = createGateway({ db, tenantId: 'demo' })
 * const res = await yoga.fetch('http://yoga/graphql', { method: 'POST', … })
 * ```
 */
export function createGateway(
  options: GatewayOptions,
): YogaServerInstance<Record<string, unknown>, GatewayContext> {
  const clock = options.clock ?? systemClock
  const tenant = options.db.forTenant(options.tenantId)
  return createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.graphiql === false ? false : { title: 'chidao' },
    renderGraphiQL,
    healthCheckEndpoint: '/health',
    context: ({ request }) => ({
      tenant,
      clock,
      viewer: { actor: 'anonymous', organizationCode: null },
      requestId: request.headers.get('x-request-id') ?? randomUUID(),
    }),
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        // A failed ping answers 503 with no detail: the reason goes to the server's log.
        check: () =>
          options.db.ping().then(
            () => true,
            () => false,
          ),
      }),
    ],
  })
}
