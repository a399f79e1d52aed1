import { type Clock, systemClock } from '@chidao/app'
import { bundleStore, bundleTextReader, type ChidaoDatabase } from '@chidao/db'
import type { TenantId } from '@chidao/domain'
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga'
import type { JWTVerifyGetKey } from 'jose'
import { AuthenticationError } from './auth/authentication-error.js'
import { createTokenVerifier } from './auth/token-verifier.js'
import {
  DEFAULT_LIMITS,
  type LimitsConfig,
  readSecurityConfig,
  type SecurityConfig,
} from './config.js'
import type { GatewayContext } from './context.js'
import { createLiveEvents, type LiveEvents } from './live/live-events.js'
import { createLogger, type Logger } from './logger.js'
import { useRequestLogContext } from './observability/use-request-log-context.js'
import { corsOptions, useVaryOnOrigin } from './plugins/cors-policy.js'
import { databaseReadiness } from './plugins/database-readiness.js'
import { maskError } from './plugins/mask-error.js'
import { requestIdOf } from './plugins/request-id.js'
import { useAnonymousAccessGuard } from './plugins/use-anonymous-access-guard.js'
import { useArmor } from './plugins/use-armor.js'
import { useBilingualErrors } from './plugins/use-bilingual-errors.js'
import { useCompiledQueries } from './plugins/use-compiled-queries.js'
import { useCompression } from './plugins/use-compression.js'
import { useCsrfPrevention } from './plugins/use-csrf-prevention.js'
import { useGraphiQL } from './plugins/use-graphiql.js'
import { useInputGuard } from './plugins/use-input-guard.js'
import { useIntrospectionSwitch } from './plugins/use-introspection-switch.js'
import { useReadTransaction } from './plugins/use-read-transaction.js'
import { useReadYourWrites } from './plugins/use-read-your-writes.js'
import { useRequestBodyLimit } from './plugins/use-request-body-limit.js'
import { useRequestLogging } from './plugins/use-request-logging.js'
import { useRequestTimeout } from './plugins/use-request-timeout.js'
import { useTrustedDocuments } from './plugins/use-trusted-documents.js'
import { useValidUtf8 } from './plugins/use-valid-utf8.js'
import { useWebApp } from './plugins/use-web-app.js'
import { useWebConfig } from './plugins/use-web-config.js'
import { queryError } from './query-error.js'
import { ReadYourWrites } from './replica/read-your-writes.js'
import { WAL_POSITION_HEADER } from './replica/wal-position-header.js'
import { useReportDownload } from './report/use-report-download.js'
import { useTaskWorkbookDownload } from './report/use-task-workbook-download.js'
import { useUrgingLetterDownload } from './report/use-urging-letter-download.js'
import { schema } from './schema/index.js'
import { readTrustedDocuments } from './trusted-documents/read-trusted-documents.js'

/** What the gateway needs to serve. */
export interface GatewayOptions {
  readonly db: ChidaoDatabase
  /** The tenant this deployment serves; tokens for any other are refused. */
  readonly tenantId: TenantId
  readonly clock?: Clock
  /** Serve GraphiQL on GET /graphql from a browser (default true; off with introspection). */
  readonly graphiql?: boolean
  /**
   * How callers authenticate (see `readSecurityConfig`). Default: no token accepted, anonymous
   * reading and introspection on — a development gateway.
   */
  readonly security?: SecurityConfig
  /** Request limits; default {@link DEFAULT_LIMITS}. */
  readonly limits?: LimitsConfig
  /** Where request lines and unexpected errors go; default: nowhere. */
  readonly logger?: Logger
  /** The identity provider's keys, instead of fetching `security.jwksUrl` (tests). */
  readonly jwks?: JWTVerifyGetKey
  /**
   * Where writes publish and subscriptions listen (`openLiveEvents`); default: in this
   * process's memory. Whoever opens it closes it.
   */
  readonly live?: LiveEvents
  /**
   * Plugins that watch every request — metrics and traces (`openObservability`) — run first,
   * inside the request's log fields; default none.
   */
  readonly observers?: readonly Plugin[]
  /** A built web app's directory to serve at `/` (`readWebAppDirectory`); default none. */
  readonly webApp?: string | null
}

/** GraphiQL's settings: the title, and the header its GETs send (CSRF prevention). */
const GRAPHIQL = { title: 'chidao', headers: JSON.stringify({ 'x-chidao-csrf': '1' }) }

/**
 * Builds the gateway's HTTP handler: GraphQL on `/graphql` (GraphiQL for browsers, its assets
 * served from the package under `/graphiql/`, never from a CDN), report downloads on
 * `/reports/<directive>` (DOCX, HTML or Markdown), liveness on `/health` and readiness on
 * `/ready`; answers compressed for clients that accept it. With `security.trustedDocuments`,
 * only the operations of that manifest run (a bad manifest throws a ConfigError).
 * It listens on nothing: `main.ts` gives it to a server, tests call `yoga.fetch`.
 *
 * Every request is authenticated from its bearer token (a bad one is answered 401 with the
 * reason) and held to the limits; each hardening step is one `useXxx` plugin below.
 *
 * @example
 * ```ts
 * const yoga = createGateway({ db, tenantId: 'demo', security: config.security })
 * const res = await yoga.fetch('http://yoga/graphql', { method: 'POST', … })
 * ```
 */
export function createGateway(
  options: GatewayOptions,
): YogaServerInstance<Record<string, unknown>, GatewayContext> {
  const clock = options.clock ?? systemClock
  const security = options.security ?? readSecurityConfig({})
  const limits = options.limits ?? DEFAULT_LIMITS
  const logger = options.logger ?? createLogger('silent')
  const live = options.live ?? createLiveEvents({ channelPrefix: `chidao:${options.tenantId}:` })
  if (!security.jwtSecret && !security.jwksUrl) {
    // Not an error: a development gateway may serve public data only. But say so once.
    logger.warn(
      'neither CHIDAO_JWT_SECRET nor CHIDAO_JWKS_URL is set: every bearer token will be refused',
    )
  }
  const bundles = bundleStore(options.db, options.tenantId)
  const trustedDocuments = security.trustedDocuments
    ? readTrustedDocuments(security.trustedDocuments, schema)
    : null
  const graphiql = options.graphiql !== false && security.introspection
  const verifier = createTokenVerifier({
    tenantId: options.tenantId,
    security,
    ...(options.jwks ? { jwks: options.jwks } : {}),
  })
  const writes = new ReadYourWrites()
  const downloads = {
    db: options.db,
    tenantId: options.tenantId,
    verifier,
    clock,
    publicRead: security.publicRead,
  }
  return createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Served by useGraphiQL: a small page and cached, compressed assets, not 9 MB inline.
    graphiql: false,
    // An allow-list (CHIDAO_CORS_ORIGINS), never the request's own origin reflected: Yoga's
    // default would let any site call the gateway with the caller's credentials.
    cors: corsOptions(security.cors),
    healthCheckEndpoint: '/health',
    batching: false,
    // Also Yoga's own cap, behind useRequestBodyLimit, which refuses first and names the limit.
    maxRequestBodySize: limits.maxBodyBytes,
    // Never `isDev`: no stack or original message reaches a client, whatever NODE_ENV says.
    maskedErrors: { isDev: false, maskError },
    logging: yogaLogging(logger),
    context: async ({ request }) => {
      let viewer: GatewayContext['viewer']
      try {
        viewer = await verifier.authenticate(request.headers.get('authorization'))
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error
        throw queryError(
          { code: 'UNAUTHENTICATED', en: error.message, vi: error.messageVi },
          {
            extensions: {
              reason: error.reason,
              http: {
                status: error.status,
                headers: {
                  'www-authenticate': `Bearer error="invalid_token", error_description="${error.message.replace(/"/g, "'")}"`,
                },
              },
            },
          },
        )
      }
      return {
        // Repositories at the caller's clearance: the database hides what they may not see.
        tenant: options.db.forTenant(options.tenantId, { clearance: viewer.clearance }),
        bundles,
        bundleReader: bundleTextReader,
        database: options.db,
        clock,
        viewer,
        publicRead: security.publicRead,
        requestId: requestIdOf(request),
        live,
        replicaRead: options.db.hasReplicas
          ? {
              after: writes.after(
                options.tenantId,
                viewer,
                request.headers.get(WAL_POSITION_HEADER),
              ),
            }
          : null,
      }
    },
    plugins: [
      // Every line logged while a request is served carries its id, operation, tenant and
      // the caller's organisation.
      useRequestLogContext(options.tenantId),
      ...(options.observers ?? []),
      useRequestLogging(logger),
      // Every error answered has a code and a Vietnamese message, also those of GraphQL and Yoga.
      useBilingualErrors(),
      useVaryOnOrigin(security.cors),
      ...(graphiql ? [useGraphiQL(GRAPHIQL)] : []),
      // GET /reports/urging-letter.docx, /reports/tasks.xlsx and /reports/<directive>: the
      // same token, tenant and clearance as GraphQL.
      useUrgingLetterDownload(downloads),
      useTaskWorkbookDownload(downloads),
      useReportDownload(downloads),
      // How the web app signs people in, read by it at run time (served or not from here).
      useWebConfig(security.oidc),
      ...(options.webApp ? [useWebApp(options.webApp, security.oidc)] : []),
      useCsrfPrevention(),
      useRequestBodyLimit(limits.maxBodyBytes),
      // Text that is not UTF-8 is refused, not stored as U+FFFD.
      useValidUtf8(),
      // Only the manifest's operations, when the deployment lists them.
      ...(trustedDocuments ? [useTrustedDocuments(trustedDocuments)] : []),
      useInputGuard(limits.maxInputDepth),
      useArmor(limits, { blockFieldSuggestions: security.production }),
      useIntrospectionSwitch(security.introspection),
      useAnonymousAccessGuard({ publicRead: security.publicRead }),
      // Compiled execution first: the read transaction and the timeout wrap it.
      useCompiledQueries(),
      useReadTransaction(logger),
      // With read replicas: a mutation answers its WAL position, its caller reads it next.
      useReadYourWrites(options.db, options.tenantId, writes, logger),
      useRequestTimeout(limits.requestTimeoutMs),
      useReadinessCheck({
        endpoint: '/ready',
        // 503 naming the reason within CHIDAO_READY_TIMEOUT_MS, whatever the database does;
        // the driver's message goes to the server's log.
        check: databaseReadiness(options.db, limits.readyTimeoutMs, logger),
      }),
      // Last, so it compresses the answer as every other plugin left it.
      useCompression(),
    ],
  })
}

/** Yoga's own messages into pino; unexpected (masked) errors keep their stack, server-side. */
function yogaLogging(logger: Logger) {
  const text = (args: unknown[]) =>
    args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ')
  return {
    debug: (...args: unknown[]) => logger.debug(text(args)),
    info: (...args: unknown[]) => logger.info(text(args)),
    warn: (...args: unknown[]) => logger.warn(text(args)),
    error: (...args: unknown[]) => {
      const error = args.find((a) => a instanceof Error)
      if (error) logger.error({ err: error }, 'unexpected error while serving a request')
      else logger.error(text(args))
    },
  }
}
