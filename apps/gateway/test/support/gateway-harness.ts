import { fixedClock } from '@chidao/app'
import type { OpenDatabaseOptions } from '@chidao/db'
import { createTestDatabase, type TestBackend, type TestDatabase } from '@chidao/db/testing'
import type { Secrecy, TenantId } from '@chidao/domain'
import type { JWTVerifyGetKey } from 'jose'
import { afterAll, beforeAll } from 'vitest'
import { mintDevelopmentToken } from '../../src/auth/mint-token.js'
import type { Role } from '../../src/auth/viewer.js'
import {
  DEFAULT_LIMITS,
  type LimitsConfig,
  readSecurityConfig,
  type SecurityConfig,
} from '../../src/config.js'
import type { LiveEvents } from '../../src/live/live-events.js'
import type { Logger } from '../../src/logger.js'
import { createGateway } from '../../src/yoga.js'
import { EXAMPLE_SEED, importExample, TEST_TENANT } from './example-seed.js'

export { TEST_TENANT }

/** The HS256 secret test gateways verify with (64 bytes). */
export const TEST_JWT_SECRET = 'chidao-test-secret-0123456789abcdef-chidao-test-secret-0123456789'

/** The clock of test gateways; tokens are minted against it. */
export const TEST_NOW = new Date('2026-03-01T03:00:00Z')

/** Who a test request comes from: claims of a token minted with {@link TEST_JWT_SECRET}. */
export interface TestIdentity {
  readonly roles: readonly Role[]
  readonly org?: string | null
  readonly clearance?: Secrecy
  readonly sub?: string
  readonly tenant?: string
  readonly ttlSeconds?: number
}

/** The identity of `graphql()` when a test names none: an ADMIN cleared for everything. */
export const DEFAULT_TEST_IDENTITY: TestIdentity = {
  roles: ['ADMIN'],
  org: null,
  clearance: 'TUYET_MAT',
  sub: 'test-admin',
}

/** How to set up the gateway under test; everything optional. */
export interface GatewayHarnessOptions {
  /** Security settings over the test defaults (secret {@link TEST_JWT_SECRET}, public read on). */
  readonly security?: Partial<SecurityConfig>
  readonly limits?: Partial<LimitsConfig>
  readonly jwks?: JWTVerifyGetKey
  readonly logger?: Logger
  /** Called for each SQL statement Kysely runs (BEGIN/COMMIT excepted): to count statements. */
  readonly onQuery?: OpenDatabaseOptions['onQuery']
  /** The tenant the gateway serves and tokens are minted for; default {@link TEST_TENANT}. */
  readonly tenant?: TenantId
  /**
   * Start with the example programme in the test tenant: a copy of the run's template of it
   * (`test/global-setup.ts`), instead of importing it again, as {@link loadExampleInto} does.
   */
  readonly example?: boolean
  /** The gateway's live events (subscriptions); default: its own, in memory. */
  readonly live?: LiveEvents
  /** A built web app to serve at `/`; default none. */
  readonly webApp?: string
}

/** How one `graphql()` call authenticates: an identity, a raw token, or `null` (anonymous). */
export type As = TestIdentity | { readonly token: string } | null

/** A gateway over a fresh database, and a helper to run GraphQL documents through yoga.fetch. */
export async function gatewayHarness(backend: TestBackend, options: GatewayHarnessOptions = {}) {
  // The run's template holds the example in the test tenant only; another tenant imports it.
  const tenant = options.tenant ?? TEST_TENANT
  const seeded = options.example === true && tenant === TEST_TENANT
  const database: TestDatabase = await createTestDatabase(backend, {
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
    ...(seeded ? { seed: EXAMPLE_SEED } : {}),
  })
  if (options.example && !seeded) await importExample(database.db, tenant)
  return gatewayOver(database, options)
}

/**
 * A gateway over a database already made, for `options.tenant` (created if need be): a second
 * gateway over the database of a harness serves another tenant of the same database.
 *
 * @example
 * ```ts
 * const other = await gatewayOver({ db: h.db, dispose: async () => {} }, { tenant: asId('tinh-mau') })
 * ```
 */
export async function gatewayOver(
  database: Pick<TestDatabase, 'db' | 'dispose'>,
  options: GatewayHarnessOptions = {},
) {
  const tenant = options.tenant ?? TEST_TENANT
  await database.db.ensureTenant(tenant, 'Tỉnh thử nghiệm')
  const security: SecurityConfig = {
    ...readSecurityConfig({}),
    jwtSecret: TEST_JWT_SECRET,
    ...options.security,
  }
  const yoga = createGateway({
    db: database.db,
    tenantId: tenant,
    clock: fixedClock(TEST_NOW.toISOString()),
    security,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    ...(options.jwks ? { jwks: options.jwks } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.live ? { live: options.live } : {}),
    ...(options.webApp ? { webApp: options.webApp } : {}),
  })

  /** Mints a token for the identity; valid at the real time now (jose checks `exp` by it). */
  function tokenFor(identity: TestIdentity, now: Date = new Date()): Promise<string> {
    return mintDevelopmentToken(
      TEST_JWT_SECRET,
      {
        subject: identity.sub ?? `test-${identity.roles.join('-').toLowerCase() || 'none'}`,
        tenantId: (identity.tenant ?? tenant) as TenantId,
        organizationCode: identity.org ?? null,
        roles: identity.roles,
        clearance: identity.clearance ?? 'PUBLIC',
        ttlSeconds: identity.ttlSeconds ?? 3600,
      },
      now,
    )
  }

  async function authorization(as: As): Promise<Record<string, string>> {
    if (as === null) return {}
    const token = 'token' in as ? as.token : await tokenFor(as)
    return { authorization: `Bearer ${token}` }
  }

  /** Posts a document; as the default ADMIN unless `as` says otherwise. */
  async function graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as: As = DEFAULT_TEST_IDENTITY,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
    const response = await post(query, variables, as)
    return (await response.json()) as never
  }

  /** Like {@link graphql} but gives the Response, for status and header checks. */
  async function post(
    query: string,
    variables?: Record<string, unknown>,
    as: As = DEFAULT_TEST_IDENTITY,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authorization(as)), ...headers },
      body: JSON.stringify({ query, variables }),
    })
  }

  return {
    db: database.db,
    tenant,
    yoga,
    graphql,
    post,
    tokenFor,
    dispose: () => database.dispose(),
  }
}

/**
 * Loads the example programme (Conclusion 93 and its provincial programme) into a tenant: the
 * test tenant unless another is named.
 */
export async function loadExampleInto(
  db: TestDatabase['db'],
  tenant: TenantId = TEST_TENANT,
): Promise<void> {
  await importExample(db, tenant)
}

/** What {@link gatewayHarness} gives. */
export type GatewayHarness = Awaited<ReturnType<typeof gatewayHarness>>

/**
 * The gateway the tests of one `describe` share, loaded with the example programme: made in a
 * `beforeAll` of the describe (before the describe's own hooks) and disposed after its tests.
 * Call it in the describe's body; use what it gives in hooks and tests.
 *
 * @example
 * ```ts
 * describe.each(testBackends())('reads on %s', (backend) => {
 *   const h = exampleGatewayForSuite(backend)
 *   it('finds 06-CTr/TU', async () => {
 *     expect((await h.graphql('{ directive(symbol: "06-CTr/TU") { id } }')).errors).toBeUndefined()
 *   })
 * })
 * ```
 */
export function exampleGatewayForSuite(
  backend: TestBackend,
  options: GatewayHarnessOptions = {},
): GatewayHarness {
  let made: GatewayHarness | undefined
  beforeAll(async () => {
    made = await gatewayHarness(backend, { ...options, example: true })
  })
  afterAll(() => made?.dispose())
  const h = (): GatewayHarness => {
    if (!made) throw new Error('the shared gateway is made in beforeAll: use it in hooks and tests')
    return made
  }
  return {
    get db() {
      return h().db
    },
    get tenant() {
      return h().tenant
    },
    get yoga() {
      return h().yoga
    },
    graphql: (query, variables, as) => h().graphql(query, variables, as),
    post: (query, variables, as, headers) => h().post(query, variables, as, headers),
    tokenFor: (identity, now) => h().tokenFor(identity, now),
    dispose: () => h().dispose(),
  }
}
