import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isTenantId, type TenantId } from '@chidao/domain'
import { type OidcSettings, readOidcSettings } from './auth/oidc-settings.js'
import { ConfigError, isHttpUrl } from './config-error.js'
import {
  type CorsSettings,
  DEFAULT_CORS_MAX_AGE_SECONDS,
  parseCorsOrigins,
} from './plugins/cors-policy.js'
import { isWebAppDirectory } from './web-app/web-app-files.js'

/** The gateway's settings, read from the environment. */
export interface GatewayConfig {
  readonly port: number
  readonly host: string
  /** PostgreSQL URL, `memory://`, or null for the embedded database in `dataDir`. */
  readonly databaseUrl: string | null
  readonly dataDir: string | null
  readonly tenantId: TenantId
  readonly tenantName: string
  readonly logLevel: string
  /** What to load into an empty database on start: the example bundle, or nothing. */
  readonly seed: 'example' | 'none'
  /** How callers authenticate and what anonymous callers may do. */
  readonly security: SecurityConfig
  /** The limits every request is held to; each refusal names its limit. */
  readonly limits: LimitsConfig
  /** Reminders planned and delivered by this process (đôn đốc); see docs/urging.md. */
  readonly urging: UrgingConfig
  /** Where live events (GraphQL subscriptions) travel: this process, or Redis. */
  readonly live: LiveConfig
  /** Metrics and traces for operators; see docs/operations.md. */
  readonly observability: ObservabilityConfig
  /** Read replicas queries may read from (PostgreSQL only); see docs/scaling.md. */
  readonly replicas: ReplicaConfig
  /**
   * Whether each PostgreSQL connection prepares the statements it runs and reuses their plans
   * (`CHIDAO_PREPARED_STATEMENTS`, on). Off behind a pooler in transaction mode (PgBouncer
   * before 1.21); see docs/scaling.md.
   */
  readonly preparedStatements: boolean
  /** The built web app served at `/` (see docs/web.md), or null: the API alone. */
  readonly webApp: string | null
}

/** What the gateway tells its operators beyond its logs: metrics and traces. */
export interface ObservabilityConfig {
  /** `CHIDAO_METRICS` (off): serve Prometheus metrics at `/metrics`; off: `/metrics` is a 404. */
  readonly metrics: boolean
  /**
   * `CHIDAO_METRICS_TOKEN` (unset): when set, `/metrics` answers only a request carrying
   * `Authorization: Bearer <token>` (401 otherwise); unset: anyone who reaches the port may read
   * the metrics, so keep `/metrics` off the public network.
   */
  readonly metricsToken: string | null
  /**
   * `OTEL_EXPORTER_OTLP_ENDPOINT` (unset): send OpenTelemetry traces (a span per GraphQL
   * operation, a child span per SQL statement) to this OTLP/HTTP collector; null: no tracing
   * code is loaded. The exporter also reads the other standard `OTEL_*` variables
   * (`OTEL_EXPORTER_OTLP_PROTOCOL`, `OTEL_EXPORTER_OTLP_HEADERS`, `OTEL_SERVICE_NAME`, …).
   */
  readonly otlpEndpoint: string | null
}

/** The read replicas of `DATABASE_URL` and how reads use them. */
export interface ReplicaConfig {
  /**
   * `CHIDAO_READ_URL` (unset): one or more `postgres://` URLs of streaming replicas of
   * `DATABASE_URL`, separated by commas. Queries read from them round robin; mutations, and
   * the checks a mutation makes before it writes, use `DATABASE_URL`. A replica that fails is
   * skipped for a while (its reads go to the primary) and `/ready` says "degraded".
   */
  readonly readUrls: readonly string[]
  /**
   * `CHIDAO_READ_WAIT_MS` (200): how long a query after the caller's own write waits for a
   * replica to replay that write before it reads from the primary instead.
   */
  readonly waitMs: number
}

/** How the process plans and delivers reminders. */
export interface UrgingConfig {
  /**
   * `CHIDAO_URGING` (on): plan and deliver in this process, on graphile-worker with
   * PostgreSQL (every process on the database shares the work) or on the embedded runner with
   * PGlite; `off` leaves it to other processes.
   */
  readonly enabled: boolean
  /**
   * `CHIDAO_CLOCK` (unset): an ISO instant the urging runtime's clock starts from, then runs
   * at the machine's pace — for rehearsals and tests of a given day; null: the machine's time.
   */
  readonly clockStart: Date | null
  /**
   * `CHIDAO_CLOCK_AT` (unset: when the process starts): the real instant at which the clock
   * read `CHIDAO_CLOCK`. Processes given the same pair share one clock, across restarts too.
   */
  readonly clockStartedAt: Date | null
  /**
   * `CHIDAO_SMTP_URL` (unset): the SMTP server e-mail channels are sent through
   * (`smtp://host:port` or `smtps://…`, with `user:password@` if it asks); unset: a message for
   * an e-mail channel fails for good ("e-mail is not configured") and stays in the inbox.
   */
  readonly smtpUrl: string | null
  /** `CHIDAO_MAIL_FROM` (`chidao <chidao@localhost>`): the From of reminder e-mails. */
  readonly mailFrom: string
  /**
   * `CHIDAO_URGING_LEASE_SECONDS` (300): how long a process may take to send one message before
   * another may claim it (the process is presumed dead). Longer than the slowest send.
   */
  readonly leaseSeconds: number
}

/** Where the events of GraphQL subscriptions travel between gateway processes. */
export interface LiveConfig {
  /** `REDIS_URL` (unset): Redis pub/sub between processes; null: in this process's memory. */
  readonly redisUrl: string | null
  /**
   * `CHIDAO_LIVE_CHANNEL_PREFIX` (`chidao:<tenant>:`): put before each Redis channel, so that
   * deployments sharing one Redis never hear each other's events.
   */
  readonly channelPrefix: string
}

/**
 * Authentication settings. A deployment verifies bearer tokens with an HS256 shared secret, or
 * with the keys an identity provider publishes (JWKS), or both.
 */
export interface SecurityConfig {
  /** `CHIDAO_JWT_SECRET`: HS256 secret, at least 32 bytes; null when unset. */
  readonly jwtSecret: string | null
  /** `CHIDAO_JWKS_URL`: where the identity provider publishes its RS256/ES256 keys. */
  readonly jwksUrl: string | null
  /**
   * `CHIDAO_JWT_ISSUER`: the `iss` every token must carry (by default `CHIDAO_OIDC_ISSUER`);
   * null: not checked.
   */
  readonly jwtIssuer: string | null
  /**
   * `CHIDAO_JWT_AUDIENCE`: the `aud` every token must carry (by default the client id when the
   * web app sends ID tokens, `CHIDAO_OIDC_BEARER=id_token`); null: not checked.
   */
  readonly jwtAudience: string | null
  /** `CHIDAO_JWT_CLOCK_TOLERANCE` seconds (30): skew allowed between our clock and the issuer's. */
  readonly clockToleranceSeconds: number
  /**
   * `CHIDAO_JWT_MAX_LIFETIME` seconds (86400 = 24 h): the longest lifetime a token may have,
   * `exp − iat` (or `exp` − now without `iat`). A token must carry `exp`.
   */
  readonly maxTokenLifetimeSeconds: number
  /** `CHIDAO_PUBLIC_READ`: may anonymous callers read public data? On unless production. */
  readonly publicRead: boolean
  /** `CHIDAO_INTROSPECTION`: may clients ask for the schema? On unless production. */
  readonly introspection: boolean
  /** `NODE_ENV=production`: also hides field suggestions ("Did you mean …") from errors. */
  readonly production: boolean
  /**
   * `CHIDAO_CORS_ORIGINS` (none): exact origins whose pages may call the gateway from a browser,
   * with credentials; `CHIDAO_CORS_MAX_AGE` (600 s): how long a preflight's answer is kept.
   */
  readonly cors: CorsSettings
  /**
   * `CHIDAO_TRUSTED_DOCUMENTS` (unset): the path of a manifest of the only operations the
   * gateway runs (GraphQL Code Generator's `persisted-documents.json`, or Apollo's persisted
   * query manifest); null: any document is run.
   */
  readonly trustedDocuments: string | null
  /**
   * `CHIDAO_OIDC_ISSUER`, `CHIDAO_OIDC_CLIENT_ID`, `CHIDAO_OIDC_SCOPES`, `CHIDAO_OIDC_BEARER`:
   * how the web app signs people in through OpenID Connect (docs/web.md); null: it does not.
   */
  readonly oidc: OidcSettings | null
}

/** Limits on each request; the defaults fit every query the bundled clients send. */
export interface LimitsConfig {
  /** `CHIDAO_MAX_DEPTH` (12): deepest field nesting. */
  readonly maxDepth: number
  /** `CHIDAO_MAX_ALIASES` (15): aliases in one operation. */
  readonly maxAliases: number
  /** `CHIDAO_MAX_COST` (5000): graphql-armor's cost estimate of one operation. */
  readonly maxCost: number
  /** `CHIDAO_MAX_TOKENS` (2000): lexical tokens in one document. */
  readonly maxTokens: number
  /** `CHIDAO_MAX_DIRECTIVES` (50): directives in one operation. */
  readonly maxDirectives: number
  /** `CHIDAO_MAX_INPUT_DEPTH` (32): nesting of objects and lists in one variable or literal. */
  readonly maxInputDepth: number
  /** `CHIDAO_MAX_BODY_BYTES` (1048576 = 1 MiB): size of a request body. */
  readonly maxBodyBytes: number
  /** `CHIDAO_REQUEST_TIMEOUT_MS` (15000): time one operation may run. */
  readonly requestTimeoutMs: number
  /** `CHIDAO_READY_TIMEOUT_MS` (2000): how long `/ready` waits for the database before 503. */
  readonly readyTimeoutMs: number
  /**
   * `CHIDAO_DB_TIMEOUT_MS` (5000): how long the gateway waits for a database connection, and
   * for the answer to one statement (also the server's `statement_timeout`), before the
   * request is answered `DATABASE_UNAVAILABLE`.
   */
  readonly databaseTimeoutMs: number
}

/** The limits used when the environment sets none. */
export const DEFAULT_LIMITS: LimitsConfig = Object.freeze({
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 50,
  maxInputDepth: 32,
  maxBodyBytes: 1_048_576,
  requestTimeoutMs: 15_000,
  readyTimeoutMs: 2_000,
  databaseTimeoutMs: 5_000,
})

/** An HS256 key shorter than the hash (256 bits) is refused: RFC 7518 §3.2. */
export const MIN_JWT_SECRET_BYTES = 32

export { ConfigError } from './config-error.js'

/**
 * Reads the configuration from environment variables: `PORT` (4000), `HOST` (127.0.0.1),
 * `DATABASE_URL` (unset: embedded), `CHIDAO_DATA_DIR` (`.chidao/data`; `memory://` for an
 * in-memory database), `CHIDAO_TENANT` (`demo`), `CHIDAO_TENANT_NAME`, `LOG_LEVEL` (info).
 *
 * Security (see docs/security.md): `CHIDAO_JWT_SECRET` (HS256, at least 32 bytes),
 * `CHIDAO_JWKS_URL` (RS256/ES256 keys of an identity provider), `CHIDAO_JWT_ISSUER`,
 * `CHIDAO_JWT_AUDIENCE` (checked when set), `CHIDAO_JWT_CLOCK_TOLERANCE` (30 s),
 * `CHIDAO_JWT_MAX_LIFETIME` (86400 s: every token must expire, and within that),
 * `CHIDAO_PUBLIC_READ` and `CHIDAO_INTROSPECTION` (`true`/`false`; on unless
 * `NODE_ENV=production`), `CHIDAO_CORS_ORIGINS` (comma-separated exact origins; none),
 * `CHIDAO_CORS_MAX_AGE` (600 s) and `CHIDAO_TRUSTED_DOCUMENTS` (a manifest of the only
 * operations served; unset: any). Sign-in through OpenID Connect (docs/web.md):
 * `CHIDAO_OIDC_ISSUER`, `CHIDAO_OIDC_CLIENT_ID`, `CHIDAO_OIDC_SCOPES` (`openid profile`) and
 * `CHIDAO_OIDC_BEARER` (`access_token` or `id_token`).
 *
 * Limits: `CHIDAO_MAX_DEPTH` (12), `CHIDAO_MAX_ALIASES` (15), `CHIDAO_MAX_COST` (5000),
 * `CHIDAO_MAX_TOKENS` (2000), `CHIDAO_MAX_DIRECTIVES` (50), `CHIDAO_MAX_INPUT_DEPTH` (32),
 * `CHIDAO_MAX_BODY_BYTES` (1048576),
 * `CHIDAO_REQUEST_TIMEOUT_MS` (15000), `CHIDAO_READY_TIMEOUT_MS` (2000),
 * `CHIDAO_DB_TIMEOUT_MS` (5000).
 *
 * Urging (docs/urging.md): `CHIDAO_URGING` (`on`/`off`; on), `CHIDAO_CLOCK` (an ISO instant the
 * urging clock starts from; unset: the machine's time) and `CHIDAO_CLOCK_AT` (when it read it), `CHIDAO_SMTP_URL` (unset: no e-mail),
 * `CHIDAO_MAIL_FROM`, `CHIDAO_URGING_LEASE_SECONDS` (300).
 * Live updates (see docs/api.md, "Live updates"): `REDIS_URL` (unset: in memory, one process)
 * and `CHIDAO_LIVE_CHANNEL_PREFIX` (`chidao:<tenant>:`).
 * Operations (docs/operations.md): `CHIDAO_METRICS` (`true`/`false`, also `1`/`0`; off: no
 * `/metrics`), `CHIDAO_METRICS_TOKEN` (a bearer token `/metrics` asks for; unset: none) and
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (an OTLP/HTTP collector for traces; unset: no tracing).
 * Read replicas (docs/scaling.md): `CHIDAO_READ_URL` (comma-separated `postgres://` URLs;
 * needs a PostgreSQL `DATABASE_URL`) and `CHIDAO_READ_WAIT_MS` (200); `CHIDAO_PREPARED_STATEMENTS`
 * (`true`/`false`; on: each PostgreSQL connection prepares its statements once).
 * The web app (docs/web.md): `CHIDAO_WEB_DIR` (a built app to serve at `/`, or `off`; unset:
 * `apps/web/dist` when built).
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const port = Number(env.PORT ?? 4000)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`)
  }
  const tenantId = env.CHIDAO_TENANT?.trim() || 'demo'
  if (!isTenantId(tenantId)) {
    throw new ConfigError(
      `CHIDAO_TENANT must be lower-case letters, digits and hyphens (at most 63), got "${tenantId}"`,
    )
  }
  const seed = env.CHIDAO_SEED?.trim() || 'example'
  if (seed !== 'example' && seed !== 'none') {
    throw new ConfigError(`CHIDAO_SEED must be "example" or "none", got "${seed}"`)
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null
  return Object.freeze({
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl,
    dataDir: env.CHIDAO_DATA_DIR?.trim() || null,
    tenantId,
    tenantName: env.CHIDAO_TENANT_NAME?.trim() || 'Tỉnh minh họa (demo)',
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    seed,
    security: readSecurityConfig(env),
    limits: readLimitsConfig(env),
    urging: readUrgingConfig(env),
    live: readLiveConfig(env, tenantId),
    observability: readObservabilityConfig(env),
    replicas: readReplicaConfig(env, databaseUrl),
    preparedStatements: readPreparedStatements(env),
    webApp: readWebAppDirectory(env),
  })
}

/**
 * `CHIDAO_PREPARED_STATEMENTS` (`true`/`false`; on): whether each PostgreSQL connection prepares
 * the statements it runs; see {@link GatewayConfig.preparedStatements}.
 */
export function readPreparedStatements(env: NodeJS.ProcessEnv = process.env): boolean {
  return readSwitch(env, 'CHIDAO_PREPARED_STATEMENTS', true)
}

/** Where the web app's build is in this repository: `apps/web/dist` beside the gateway. */
const MONOREPO_WEB_APP = fileURLToPath(new URL('../../web/dist', import.meta.url))

/**
 * `CHIDAO_WEB_DIR`: the directory of a built web app to serve at `/` (it must hold an
 * `index.html`), or `off`. Unset: the repository's own `apps/web/dist` when it has been built,
 * else none (the gateway installed from npm serves the API alone).
 */
export function readWebAppDirectory(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.CHIDAO_WEB_DIR?.trim()
  if (value === 'off') return null
  if (!value) return isWebAppDirectory(MONOREPO_WEB_APP) ? MONOREPO_WEB_APP : null
  const directory = resolve(value)
  if (!isWebAppDirectory(directory)) {
    throw new ConfigError(
      `CHIDAO_WEB_DIR must be a directory holding a built web app (its index.html), or "off"; got "${value}"`,
    )
  }
  return directory
}

/** Reads the metrics and tracing settings; see {@link ObservabilityConfig}. */
export function readObservabilityConfig(env: NodeJS.ProcessEnv = process.env): ObservabilityConfig {
  const otlpEndpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || null
  if (otlpEndpoint !== null && !isHttpUrl(otlpEndpoint)) {
    throw new ConfigError(
      `OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL, got one starting "${otlpEndpoint.split(':')[0]}:"`,
    )
  }
  return Object.freeze({
    metrics: readSwitch(env, 'CHIDAO_METRICS', false),
    metricsToken: env.CHIDAO_METRICS_TOKEN?.trim() || null,
    otlpEndpoint,
  })
}

const POSTGRES_URL = /^postgres(ql)?:\/\//i

/**
 * Reads `CHIDAO_READ_URL` and `CHIDAO_READ_WAIT_MS`; see {@link ReplicaConfig}. Replicas with
 * the embedded database (no PostgreSQL `DATABASE_URL`) are refused: it has none.
 *
 * @example
 * ```ts
 * readReplicaConfig({ CHIDAO_READ_URL: 'postgres://r1/chidao,postgres://r2/chidao' }, 'postgres://p/chidao')
 * // { readUrls: ['postgres://r1/chidao', 'postgres://r2/chidao'], waitMs: 200 }
 * ```
 */
export function readReplicaConfig(
  env: NodeJS.ProcessEnv,
  databaseUrl: string | null,
): ReplicaConfig {
  const readUrls = (env.CHIDAO_READ_URL ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '')
  if (readUrls.length > 0 && !(databaseUrl && POSTGRES_URL.test(databaseUrl))) {
    throw new ConfigError(
      'CHIDAO_READ_URL needs a PostgreSQL DATABASE_URL (the primary): the embedded database has no replicas',
    )
  }
  if (readUrls.some((url) => !POSTGRES_URL.test(url))) {
    // The URLs may carry passwords: none is named.
    throw new ConfigError(
      'CHIDAO_READ_URL must be postgres:// or postgresql:// URLs, comma-separated',
    )
  }
  return Object.freeze({
    readUrls: Object.freeze(readUrls),
    waitMs: readWholeNumber(env, 'CHIDAO_READ_WAIT_MS', 200, 0),
  })
}

/** Reads `CHIDAO_URGING` and `CHIDAO_CLOCK`; see {@link UrgingConfig}. */
export function readUrgingConfig(env: NodeJS.ProcessEnv = process.env): UrgingConfig {
  const clock = env.CHIDAO_CLOCK?.trim() || null
  const clockStart = clock === null ? null : new Date(clock)
  if (
    clockStart !== null &&
    (!/^\d{4}-\d{2}-\d{2}T/.test(clock ?? '') || Number.isNaN(clockStart.getTime()))
  ) {
    throw new ConfigError(
      `CHIDAO_CLOCK must be an ISO instant such as 2026-12-07T00:30:00Z, got "${clock}"`,
    )
  }
  const clockAt = env.CHIDAO_CLOCK_AT?.trim() || null
  const clockStartedAt = clockAt === null ? null : new Date(clockAt)
  if (clockStartedAt !== null && Number.isNaN(clockStartedAt.getTime())) {
    throw new ConfigError(`CHIDAO_CLOCK_AT must be an ISO instant, got "${clockAt}"`)
  }
  const smtpUrl = env.CHIDAO_SMTP_URL?.trim() || null
  if (smtpUrl !== null && !/^smtps?:\/\//.test(smtpUrl)) {
    // The URL may carry a password: only its scheme is named.
    throw new ConfigError('CHIDAO_SMTP_URL must start with smtp:// or smtps://')
  }
  return Object.freeze({
    enabled: readSwitch(env, 'CHIDAO_URGING', true),
    clockStart,
    clockStartedAt,
    smtpUrl,
    mailFrom: env.CHIDAO_MAIL_FROM?.trim() || 'chidao <chidao@localhost>',
    leaseSeconds: readWholeNumber(env, 'CHIDAO_URGING_LEASE_SECONDS', 300, 1),
  })
}

/**
 * Reads the live events' settings; see {@link readConfig}.
 *
 * @example
 * ```ts
 * readLiveConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }, 'demo')
 * // { redisUrl: 'redis://127.0.0.1:6379', channelPrefix: 'chidao:demo:' }
 * ```
 */
export function readLiveConfig(env: NodeJS.ProcessEnv, tenantId: TenantId): LiveConfig {
  const redisUrl = env.REDIS_URL?.trim() || null
  if (redisUrl !== null && !/^rediss?:\/\//.test(redisUrl)) {
    // The URL may carry a password: only its scheme is named.
    throw new ConfigError(
      `REDIS_URL must be a redis:// or rediss:// URL, got one starting "${redisUrl.split(':')[0]}:"`,
    )
  }
  return Object.freeze({
    redisUrl,
    channelPrefix: env.CHIDAO_LIVE_CHANNEL_PREFIX?.trim() || `chidao:${tenantId}:`,
  })
}

/** Reads the security settings; see {@link readConfig}. */
export function readSecurityConfig(env: NodeJS.ProcessEnv = process.env): SecurityConfig {
  const production = env.NODE_ENV === 'production'
  const jwtSecret = env.CHIDAO_JWT_SECRET || null
  if (jwtSecret !== null && Buffer.byteLength(jwtSecret) < MIN_JWT_SECRET_BYTES) {
    // The value itself is a secret: only its length is named.
    throw new ConfigError(
      `CHIDAO_JWT_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes, got ${Buffer.byteLength(jwtSecret)}`,
    )
  }
  const jwksUrl = env.CHIDAO_JWKS_URL?.trim() || null
  if (jwksUrl !== null && !isHttpUrl(jwksUrl)) {
    throw new ConfigError(`CHIDAO_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`)
  }
  const oidc = readOidcSettings(env)
  return Object.freeze({
    jwtSecret,
    jwksUrl,
    // Tokens from the provider the web app signs in with carry its issuer.
    jwtIssuer: env.CHIDAO_JWT_ISSUER?.trim() || oidc?.issuer || null,
    // An ID token is meant for the client that asked for it: its `aud` is the client id.
    jwtAudience:
      env.CHIDAO_JWT_AUDIENCE?.trim() || (oidc?.bearer === 'id_token' ? oidc.clientId : null),
    clockToleranceSeconds: readWholeNumber(env, 'CHIDAO_JWT_CLOCK_TOLERANCE', 30, 0),
    maxTokenLifetimeSeconds: readMaxTokenLifetime(env),
    publicRead: readSwitch(env, 'CHIDAO_PUBLIC_READ', !production),
    introspection: readSwitch(env, 'CHIDAO_INTROSPECTION', !production),
    production,
    cors: readCorsSettings(env),
    trustedDocuments: env.CHIDAO_TRUSTED_DOCUMENTS?.trim() || null,
    oidc,
  })
}

/** Reads `CHIDAO_CORS_ORIGINS` and `CHIDAO_CORS_MAX_AGE`; a bad origin refuses the start. */
function readCorsSettings(env: NodeJS.ProcessEnv): CorsSettings {
  const origins = parseCorsOrigins(env.CHIDAO_CORS_ORIGINS)
  if ('problem' in origins) throw new ConfigError(origins.problem)
  return Object.freeze({
    origins: Object.freeze(origins),
    maxAgeSeconds: readWholeNumber(env, 'CHIDAO_CORS_MAX_AGE', DEFAULT_CORS_MAX_AGE_SECONDS, 0),
  })
}

/** The longest token lifetime accepted when `CHIDAO_JWT_MAX_LIFETIME` is unset: 24 hours. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 86_400

/** Reads `CHIDAO_JWT_MAX_LIFETIME` (seconds, default 86400): also what `chidao token` may mint. */
export function readMaxTokenLifetime(env: NodeJS.ProcessEnv = process.env): number {
  return readWholeNumber(env, 'CHIDAO_JWT_MAX_LIFETIME', DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, 1)
}

/** Reads the request limits; see {@link readConfig}. */
export function readLimitsConfig(env: NodeJS.ProcessEnv = process.env): LimitsConfig {
  const d = DEFAULT_LIMITS
  return Object.freeze({
    maxDepth: readWholeNumber(env, 'CHIDAO_MAX_DEPTH', d.maxDepth, 1),
    maxAliases: readWholeNumber(env, 'CHIDAO_MAX_ALIASES', d.maxAliases, 0),
    maxCost: readWholeNumber(env, 'CHIDAO_MAX_COST', d.maxCost, 1),
    maxTokens: readWholeNumber(env, 'CHIDAO_MAX_TOKENS', d.maxTokens, 1),
    maxDirectives: readWholeNumber(env, 'CHIDAO_MAX_DIRECTIVES', d.maxDirectives, 0),
    maxInputDepth: readWholeNumber(env, 'CHIDAO_MAX_INPUT_DEPTH', d.maxInputDepth, 1),
    maxBodyBytes: readWholeNumber(env, 'CHIDAO_MAX_BODY_BYTES', d.maxBodyBytes, 1),
    requestTimeoutMs: readWholeNumber(env, 'CHIDAO_REQUEST_TIMEOUT_MS', d.requestTimeoutMs, 1),
    readyTimeoutMs: readWholeNumber(env, 'CHIDAO_READY_TIMEOUT_MS', d.readyTimeoutMs, 1),
    databaseTimeoutMs: readWholeNumber(env, 'CHIDAO_DB_TIMEOUT_MS', d.databaseTimeoutMs, 100),
  })
}

function readSwitch(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase()
  if (!value) return fallback
  if (['true', '1', 'on', 'yes'].includes(value)) return true
  if (['false', '0', 'off', 'no'].includes(value)) return false
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`)
}

function readWholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}, got "${raw}"`)
  }
  return value
}
