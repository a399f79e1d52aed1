import { maySee } from '@chidao/app'
import { testBackends } from '@chidao/db/testing'
import { asId, type TenantId } from '@chidao/domain'
import SchemaBuilder from '@pothos/core'
import ErrorsPlugin from '@pothos/plugin-errors'
import ScopeAuthPlugin from '@pothos/plugin-scope-auth'
import { execute, parse } from 'graphql'
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authScopesFor, type GatewayAuthScopes, scopeAuthOptions } from '../src/auth/auth-scopes.js'
import { mintDevelopmentToken } from '../src/auth/mint-token.js'
import { createTokenVerifier, viewerFromClaims } from '../src/auth/token-verifier.js'
import { typedRefusal } from '../src/auth/typed-refusal.js'
import { ANONYMOUS_VIEWER, hasRole, type Role, type Viewer } from '../src/auth/viewer.js'
import { readSecurityConfig } from '../src/config.js'
import type { GatewayContext } from '../src/context.js'
import { schema as gatewaySchema } from '../src/schema/index.js'
import { ForbiddenFailure, UnauthenticatedFailure } from '../src/schema/support/error.js'
import { gatewayHarness, TEST_JWT_SECRET, TEST_TENANT } from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'
import { expectQueryError } from './support/query-error-shape.js'
import { expectTypedError } from './support/typed-error-shape.js'

/** The claims of a short-lived admin token, for the tests of how a token is checked. */
const SHORT_ADMIN_CLAIMS: Parameters<typeof mintDevelopmentToken>[1] = {
  subject: 'x',
  tenantId: TEST_TENANT,
  organizationCode: null,
  roles: ['ADMIN'],
  clearance: 'PUBLIC',
  ttlSeconds: 60,
}

const ORGS = /* GraphQL */ `{ organizations(first: 5) { totalCount edges { node { code } } } }`
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      __typename
      ... on CreateOrganizationPayload { organization { code } }
      ... on Error { code message }
    }
  }
`

function viewer(roles: Role[], extra: Partial<Viewer> = {}): Viewer {
  return {
    authenticated: true,
    subject: 'u',
    actor: 'user:u',
    organizationCode: 'BTG',
    roles,
    clearance: 'PUBLIC',
    ...extra,
  }
}

describe('viewers, roles and permissions (pure)', () => {
  it('reads the chidao claims of a token', () => {
    const v = viewerFromClaims(
      {
        sub: 'alice',
        tenant: TEST_TENANT,
        org: 'btv-tu',
        roles: ['EDITOR', 'X'],
        clearance: 'MAT',
      },
      TEST_TENANT,
    )
    expect(v).toEqual({
      authenticated: true,
      subject: 'alice',
      actor: 'user:alice',
      organizationCode: 'BTV-TU',
      roles: ['EDITOR'],
      clearance: 'MAT',
    })
    // A space-separated string as some identity providers send; no known role → VIEWER.
    expect(
      viewerFromClaims({ sub: 'b', tenant: TEST_TENANT, roles: 'REPORTER ADMIN' }, TEST_TENANT)
        .roles,
    ).toEqual(['REPORTER', 'ADMIN'])
    expect(viewerFromClaims({ sub: 'c', tenant: TEST_TENANT }, TEST_TENANT)).toMatchObject({
      roles: ['VIEWER'],
      clearance: 'PUBLIC',
      organizationCode: null,
    })
  })

  it('matches roles exactly, as documented: `admin` is an unknown role and ignored', () => {
    const roles = (value: unknown) =>
      viewerFromClaims({ sub: 'd', tenant: TEST_TENANT, roles: value }, TEST_TENANT).roles
    expect(roles(['admin'])).toEqual(['VIEWER'])
    expect(roles('admin editor')).toEqual(['VIEWER'])
    expect(roles(['Admin', 'REPORTER'])).toEqual(['REPORTER'])
    expect(roles(['ADMIN'])).toEqual(['ADMIN'])
  })

  it.each([
    [{ tenant: TEST_TENANT }, 'BAD_CLAIMS', /subject/],
    [{ sub: 'a' }, 'WRONG_TENANT', /names no tenant/],
    [{ sub: 'a', tenant: 'khac' }, 'WRONG_TENANT', /"khac", not "test-tinh"/],
    [{ sub: 'a', tenant: TEST_TENANT, clearance: 'SECRET' }, 'BAD_CLAIMS', /clearance/],
    [{ sub: 'a', tenant: TEST_TENANT, org: 7 }, 'BAD_CLAIMS', /org/],
  ])('refuses the claims %j', (claims, reason, message) => {
    expect(() => viewerFromClaims(claims, TEST_TENANT)).toThrow(
      expect.objectContaining({ reason, message: expect.stringMatching(message) }),
    )
  })

  it('orders roles: each includes the ones below it', () => {
    expect(hasRole(viewer(['ADMIN']), 'VIEWER')).toBe(true)
    expect(hasRole(viewer(['EDITOR']), 'REPORTER')).toBe(true)
    expect(hasRole(viewer(['EDITOR']), 'ADMIN')).toBe(false)
    expect(hasRole(viewer(['VIEWER']), 'REPORTER')).toBe(false)
    expect(hasRole(ANONYMOUS_VIEWER, 'VIEWER')).toBe(false)
  })

  it('compares clearance with secrecy', () => {
    expect(maySee(viewer(['VIEWER'], { clearance: 'TOI_MAT' }), 'MAT')).toBe(true)
    expect(maySee(viewer(['ADMIN'], { clearance: 'MAT' }), 'TUYET_MAT')).toBe(false)
    expect(maySee(ANONYMOUS_VIEWER, 'PUBLIC')).toBe(true)
    expect(maySee(ANONYMOUS_VIEWER, 'MAT')).toBe(false)
  })
})

describe('scopes on fields (a small schema with the gateway scope options)', () => {
  // The gateway's scope-auth options on a builder of its own: the lead's schema is not needed.
  const b = new SchemaBuilder<{ Context: GatewayContext; AuthScopes: GatewayAuthScopes }>({
    plugins: [ScopeAuthPlugin, ErrorsPlugin],
    scopeAuth: scopeAuthOptions,
    errors: { defaultTypes: [] },
  })
  const ErrorRef = b.interfaceRef<Error & { code: string }>('Error').implement({
    fields: (t) => ({ code: t.exposeString('code'), message: t.exposeString('message') }),
  })
  for (const [cls, name] of [
    [ForbiddenFailure, 'ForbiddenError'],
    [UnauthenticatedFailure, 'UnauthenticatedError'],
  ] as const) {
    b.objectType(cls, { name, interfaces: [ErrorRef], isTypeOf: (v) => v instanceof cls })
  }
  const Done = b
    .objectRef<{ ok: boolean }>('Done')
    .implement({ fields: (t) => ({ ok: t.exposeBoolean('ok') }) })
  b.queryType({
    fields: (t) => ({
      open: t.string({ authScopes: { public: true }, resolve: () => 'open' }),
      secret: t.string({ nullable: true, authScopes: { clearance: 'MAT' }, resolve: () => 'mật' }),
      clearance: t.string({
        authScopes: { authenticated: true },
        resolve: (_r, _a, c) => c.viewer.clearance,
      }),
    }),
  })
  b.mutationType({
    fields: (t) => ({
      edit: t.field({
        type: Done,
        authScopes: { editor: true },
        unauthorizedResolver: typedRefusal,
        errors: { types: [ForbiddenFailure, UnauthenticatedFailure], directResult: true },
        resolve: () => ({ ok: true }),
      }),
      manage: t.boolean({ nullable: true, authScopes: { admin: true }, resolve: () => true }),
    }),
  })
  const schema = b.toSchema()
  const run = (source: string, v: Viewer, publicRead = true) =>
    execute({
      schema,
      document: parse(source),
      contextValue: { viewer: v, publicRead } as unknown as GatewayContext,
    })

  it('opens `public` fields to anonymous callers only when public read is on', async () => {
    expect((await run('{ open }', ANONYMOUS_VIEWER)).data).toEqual({ open: 'open' })
    const off = await run('{ open }', ANONYMOUS_VIEWER, false)
    expect(expectQueryError(off.errors?.[0], 'UNAUTHENTICATED').messageVi).toContain(
      'không cho đọc ẩn danh',
    )
    expect(off.errors?.[0]?.message).toContain('anonymous reading is off')
    expect((await run('{ open }', viewer(['VIEWER']), false)).data).toEqual({ open: 'open' })
  })

  it('hides a field above the viewer’s clearance, naming the clearance needed', async () => {
    const low = await run('{ secret }', viewer(['ADMIN'], { clearance: 'PUBLIC' }))
    expect(low.data).toEqual({ secret: null })
    expect(low.errors?.[0]?.message).toBe(
      'Not allowed: Query.secret needs a clearance of MAT or higher',
    )
    expect(expectQueryError(low.errors?.[0], 'FORBIDDEN').messageVi).toBe(
      'Không được phép: Query.secret cần độ mật được tiếp cận từ MAT trở lên',
    )
    const high = await run('{ secret clearance }', viewer(['VIEWER'], { clearance: 'TUYET_MAT' }))
    expect(high.data).toEqual({ secret: 'mật', clearance: 'TUYET_MAT' })
  })

  it('returns typed refusals from mutations that declare them', async () => {
    const q =
      '{ __typename } mutation M { edit { __typename ... on Error { code message } ... on Done { ok } } }'
    const doc = (v: Viewer) =>
      execute({
        schema,
        document: parse(q),
        operationName: 'M',
        contextValue: { viewer: v, publicRead: true } as never,
      })
    expect((await doc(viewer(['EDITOR']))).data).toEqual({ edit: { __typename: 'Done', ok: true } })
    expect((await doc(viewer(['REPORTER']))).data).toEqual({
      edit: {
        __typename: 'ForbiddenError',
        code: 'FORBIDDEN',
        message: 'Not allowed: Mutation.edit needs the role EDITOR or higher',
      },
    })
    expectTypedError(
      (await doc(ANONYMOUS_VIEWER)).data?.edit,
      'UnauthenticatedError',
      'UNAUTHENTICATED',
    )
  })

  it('refuses other mutations with a FORBIDDEN GraphQL error', async () => {
    const r = await run('mutation { manage }', viewer(['EDITOR']))
    expect(r.errors?.[0]?.message).toBe('Not allowed: Mutation.manage needs the role ADMIN')
    expect(expectQueryError(r.errors?.[0], 'FORBIDDEN').messageVi).toBe(
      'Không được phép: Mutation.manage cần vai trò ADMIN',
    )
  })

  it('gives the scope initializer the viewer’s roles', () => {
    const scopes = authScopesFor({
      viewer: viewer(['REPORTER']),
      publicRead: false,
    } as GatewayContext)
    expect(scopes).toMatchObject({
      public: true,
      authenticated: true,
      viewer: true,
      reporter: true,
      editor: false,
      admin: false,
    })
  })
})

describe.each(testBackends())('authentication through the gateway on %s', (backend) => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  beforeAll(async () => {
    h = await gatewayHarness(backend)
    await h.graphql(CREATE, {
      input: { code: 'TU', name: 'Tỉnh ủy', kind: 'PARTY_COMMITTEE', level: 'PROVINCE' },
    })
  })
  afterAll(() => h?.dispose())

  async function refusal(as: Parameters<typeof h.post>[2]) {
    const response = await h.post(ORGS, undefined, as)
    const text = await response.text()
    expect(text).not.toMatch(/stack|\bat .*\.ts:\d+/)
    return { status: response.status, headers: response.headers, body: JSON.parse(text) }
  }

  it('reads public data anonymously when public read is on (the default outside production)', async () => {
    const r = await h.graphql<{ organizations: { totalCount: number } }>(ORGS, undefined, null)
    expect(r.errors).toBeUndefined()
    expect(r.data!.organizations.totalCount).toBe(1)
  })

  it('refuses an expired token with 401 and says so', async () => {
    const past = new Date(Date.now() - 2 * 3600_000)
    const token = await h.tokenFor({ roles: ['ADMIN'], ttlSeconds: 600 }, past)
    const r = await refusal({ token })
    expect(r.status).toBe(401)
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/)
    expect(r.body.data).toBeUndefined()
    expect(r.body.errors).toEqual([
      {
        message: 'The token has expired: sign in again',
        extensions: {
          code: 'UNAUTHENTICATED',
          messageVi: 'Mã xác thực đã hết hạn: hãy đăng nhập lại',
          reason: 'TOKEN_EXPIRED',
        },
      },
    ])
  })

  it('accepts a token expired within the clock tolerance (30 s)', async () => {
    const token = await h.tokenFor(
      { roles: ['VIEWER'], ttlSeconds: 60 },
      new Date(Date.now() - 75_000),
    )
    expect((await h.graphql(ORGS, undefined, { token })).errors).toBeUndefined()
  })

  it('refuses a token without expiry, or living longer than CHIDAO_JWT_MAX_LIFETIME (24 h)', async () => {
    const secret = new TextEncoder().encode(TEST_JWT_SECRET)
    const now = Math.floor(Date.now() / 1000)
    const claims = { tenant: TEST_TENANT, roles: ['ADMIN'], clearance: 'TUYET_MAT' }
    const signed = (build: (jwt: SignJWT) => SignJWT) =>
      build(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('x')).sign(secret)
    for (const [name, token, reason, message] of [
      ['no exp', await signed((j) => j), 'TOKEN_WITHOUT_EXPIRY', /no expiry \(exp\)/],
      [
        'no exp, with iat',
        await signed((j) => j.setIssuedAt(now)),
        'TOKEN_WITHOUT_EXPIRY',
        /không có thời hạn/,
      ],
      [
        'a year, with iat',
        await signed((j) => j.setIssuedAt(now).setExpirationTime(now + 365 * 86_400)),
        'TOKEN_LIFETIME_TOO_LONG',
        /lives 31536000 s, longer than the 86400 s .*CHIDAO_JWT_MAX_LIFETIME/,
      ],
      [
        'a day and a minute, with iat an hour ago',
        await signed((j) => j.setIssuedAt(now - 3600).setExpirationTime(now - 3600 + 86_460)),
        'TOKEN_LIFETIME_TOO_LONG',
        /86460 s/,
      ],
      [
        'two days ahead, without iat',
        await signed((j) => j.setExpirationTime(now + 2 * 86_400)),
        'TOKEN_LIFETIME_TOO_LONG',
        /dài hơn mức 86400 giây/,
      ],
    ] as const) {
      const r = await refusal({ token })
      expect(r.status, name).toBe(401)
      expect(r.headers.get('www-authenticate'), name).toMatch(/^Bearer error="invalid_token"/)
      const error = r.body.errors[0]
      expect(expectQueryError(error, 'UNAUTHENTICATED').reason, name).toBe(reason)
      // English in the message, Vietnamese in extensions.messageVi
      expect(`${error.message}\n${error.extensions.messageVi}`, name).toMatch(message)
    }
    // Exactly 24 h from iat, and 23 h ahead without iat, are accepted.
    for (const token of [
      await signed((j) => j.setIssuedAt(now).setExpirationTime(now + 86_400)),
      await signed((j) => j.setExpirationTime(now + 23 * 3600)),
    ]) {
      expect((await h.graphql(ORGS, undefined, { token })).errors).toBeUndefined()
    }
  })

  it('takes the longest lifetime from CHIDAO_JWT_MAX_LIFETIME', async () => {
    expect(readSecurityConfig({}).maxTokenLifetimeSeconds).toBe(86_400)
    const security = readSecurityConfig({ CHIDAO_JWT_MAX_LIFETIME: '600' })
    expect(security.maxTokenLifetimeSeconds).toBe(600)
    expect(() => readSecurityConfig({ CHIDAO_JWT_MAX_LIFETIME: '0' })).toThrow(
      'CHIDAO_JWT_MAX_LIFETIME must be a whole number of at least 1, got "0"',
    )
    const short = await gatewayHarness(backend, { security: { maxTokenLifetimeSeconds: 600 } })
    try {
      const ok = await short.tokenFor({ roles: ['VIEWER'], ttlSeconds: 600 })
      expect((await short.graphql(ORGS, undefined, { token: ok })).errors).toBeUndefined()
      const long = await short.tokenFor({ roles: ['VIEWER'], ttlSeconds: 601 })
      const r = await short.post(ORGS, undefined, { token: long })
      expect(r.status).toBe(401)
      expect((await r.json()).errors[0].extensions.reason).toBe('TOKEN_LIFETIME_TOO_LONG')
    } finally {
      await short.dispose()
    }
  })

  it('refuses a token for another tenant', async () => {
    const token = await h.tokenFor({ roles: ['ADMIN'], tenant: 'tinh-khac' })
    const r = await refusal({ token })
    expect(r.status).toBe(401)
    expect(r.body.errors[0]).toEqual({
      message: 'The token is for tenant "tinh-khac", not "test-tinh" which this deployment serves',
      extensions: {
        code: 'UNAUTHENTICATED',
        messageVi:
          'Mã xác thực dành cho đơn vị "tinh-khac", không phải "test-tinh" mà hệ thống này phục vụ',
        reason: 'WRONG_TENANT',
      },
    })
  })

  it.each([
    [
      'a bad signature',
      async () => ({
        token: await mintDevelopmentToken(
          'another-secret-of-at-least-32-bytes!!',
          SHORT_ADMIN_CLAIMS,
        ),
      }),
      'BAD_SIGNATURE',
      /signature does not verify/,
    ],
    [
      'a token that is no JWT',
      async () => ({ token: 'not.a.jwt' }),
      'MALFORMED_TOKEN',
      /not a valid JWT/,
    ],
    [
      'an unsigned token',
      async () => ({
        token: `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(`{"sub":"x","tenant":"${TEST_TENANT}"}`).toString('base64url')}.`,
      }),
      'UNSUPPORTED_ALGORITHM',
      /does not accept \(accepted: HS256\)/,
    ],
    [
      'a bad clearance claim',
      async () => ({
        token: await new SignJWT({ tenant: TEST_TENANT, clearance: 'TOP' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(TEST_JWT_SECRET)),
      }),
      'BAD_CLAIMS',
      /clearance claim/,
    ],
  ])('refuses %s with 401', async (_name, token, reason, message) => {
    const r = await refusal(await token())
    expect(r.status).toBe(401)
    expect(expectQueryError(r.body.errors[0], 'UNAUTHENTICATED').reason).toBe(reason)
    expect(r.body.errors[0].message).toMatch(message)
  })

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await h.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic YWxpY2U6cHc=' },
      body: JSON.stringify({ query: ORGS }),
    })
    expect(response.status).toBe(401)
    expect((await response.json()).errors[0].message).toBe(
      'The Authorization header must be "Bearer <token>"',
    )
  })

  it('never lets an anonymous caller write: refused in the mutation’s union', async () => {
    const response = await h.post(
      CREATE,
      { input: { code: 'X', name: 'X', kind: 'OTHER', level: 'PROVINCE' } },
      null,
    )
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.errors).toBeUndefined()
    expect(body.data.createOrganization).toMatchObject({
      __typename: 'UnauthenticatedError',
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/^Sign in first: Mutation\.createOrganization needs /),
    })
  })
})

describe('who may do what: role × operation', () => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  let closed: Awaited<ReturnType<typeof gatewayHarness>>
  beforeAll(async () => {
    h = await gatewayHarness('pglite')
    closed = await gatewayHarness('pglite', { security: { publicRead: false } })
  })
  afterAll(async () => {
    await h?.dispose()
    await closed?.dispose()
  })
  // Organisations are the tenant's structure: managed by ADMIN only. That needs
  // `authScopes: { admin: true }` on createOrganization (src/schema, the lead's); until it has
  // them, the rows that depend on them are skipped, not silently passed.
  const createScoped = Boolean(
    (
      gatewaySchema.getMutationType()?.getFields().createOrganization?.extensions?.pothosOptions as
        | { authScopes?: unknown }
        | undefined
    )?.authScopes,
  )

  const who = [
    ['anonymous', null],
    ['VIEWER', { roles: ['VIEWER'], org: 'TU' }],
    ['REPORTER', { roles: ['REPORTER'], org: 'TU' }],
    ['EDITOR', { roles: ['EDITOR'], org: 'TU' }],
    ['ADMIN', { roles: ['ADMIN'], org: 'TU' }],
  ] as const
  const matrix: {
    who: (typeof who)[number][0]
    publicRead: boolean
    op: 'organizations' | 'createOrganization'
    outcome: 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN'
  }[] = [
    { who: 'anonymous', publicRead: true, op: 'organizations', outcome: 'ok' },
    { who: 'anonymous', publicRead: false, op: 'organizations', outcome: 'UNAUTHENTICATED' },
    { who: 'anonymous', publicRead: true, op: 'createOrganization', outcome: 'UNAUTHENTICATED' },
    ...(['VIEWER', 'REPORTER', 'EDITOR', 'ADMIN'] as const).flatMap((role) => [
      { who: role, publicRead: true, op: 'organizations' as const, outcome: 'ok' as const },
      { who: role, publicRead: false, op: 'organizations' as const, outcome: 'ok' as const },
      {
        who: role,
        publicRead: true,
        op: 'createOrganization' as const,
        outcome: role === 'ADMIN' ? ('ok' as const) : ('FORBIDDEN' as const),
      },
    ]),
  ]
  const pending = (row: (typeof matrix)[number]) =>
    !createScoped && row.op === 'createOrganization' && row.outcome === 'FORBIDDEN'
  let n = 0
  it.skip.each(matrix.filter(pending))(
    '$who: $op → $outcome (pending: createOrganization declares no authScopes yet)',
    () => {},
  )
  it.each(matrix.filter((row) => !pending(row)))(
    '$who, public read $publicRead: $op → $outcome',
    async ({ who: name, publicRead, op, outcome }) => {
      const as = who.find(([w]) => w === name)![1]
      const gateway = publicRead ? h : closed
      n += 1
      const r =
        op === 'organizations'
          ? await gateway.graphql<Record<string, any>>(ORGS, undefined, as as never)
          : await gateway.graphql<Record<string, any>>(
              CREATE,
              { input: { code: `M-${n}`, name: `Ban ${n}`, kind: 'OTHER', level: 'PROVINCE' } },
              as as never,
            )
      if (outcome === 'ok') {
        expect(r.errors).toBeUndefined()
        if (op === 'createOrganization')
          expect(r.data!.createOrganization.__typename).toBe('CreateOrganizationPayload')
      } else {
        const code = r.errors?.[0]?.extensions?.code ?? r.data?.[op]?.code
        expect(code).toBe(outcome)
      }
    },
  )
})

describe('JWKS (RS256/ES256 from an identity provider)', () => {
  let keyServer: Listening
  let url: string
  let keys: Awaited<ReturnType<typeof generateKeyPair>>
  let jwks: { keys: object[] }
  beforeAll(async () => {
    keys = await generateKeyPair('ES256')
    jwks = { keys: [{ ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] }
    // A local key server: tests never reach the internet.
    keyServer = await listen((_req, res) => {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(jwks))
    })
    url = `${keyServer.base}/.well-known/jwks.json`
  })
  afterAll(() => keyServer?.stop())

  const sign = (claims: Record<string, unknown>, key = keys?.privateKey, kid = 'k1') =>
    new SignJWT({
      iss: 'https://idp.example.vn',
      aud: 'chidao',
      tenant: TEST_TENANT,
      roles: ['EDITOR'],
      org: 'BTG',
      clearance: 'TOI_MAT',
      ...claims,
    })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject('bob')
      .setExpirationTime('10m')
      .sign(key)

  const security = {
    ...readSecurityConfig({}),
    jwksUrl: null as string | null,
    jwtIssuer: 'https://idp.example.vn',
    jwtAudience: 'chidao',
  }

  it('verifies tokens with keys fetched from CHIDAO_JWKS_URL', async () => {
    const verifier = createTokenVerifier({
      tenantId: TEST_TENANT,
      security: { ...security, jwksUrl: url },
    })
    expect(await verifier.authenticate(`Bearer ${await sign({})}`)).toMatchObject({
      subject: 'bob',
      roles: ['EDITOR'],
      organizationCode: 'BTG',
      clearance: 'TOI_MAT',
    })
  })

  it('checks signature, issuer and audience with a local key set', async () => {
    const verifier = createTokenVerifier({
      tenantId: asId<TenantId>(TEST_TENANT),
      security,
      jwks: createLocalJWKSet(jwks as never),
    })
    expect((await verifier.authenticate(`Bearer ${await sign({})}`)).subject).toBe('bob')
    const other = await generateKeyPair('ES256')
    await expect(
      verifier.authenticate(`Bearer ${await sign({}, other.privateKey)}`),
    ).rejects.toMatchObject({ reason: 'BAD_SIGNATURE' })
    await expect(
      verifier.authenticate(`Bearer ${await sign({ iss: 'https://evil.example' })}`),
    ).rejects.toMatchObject({
      reason: 'WRONG_ISSUER',
      message: 'The token was not issued by https://idp.example.vn',
    })
    await expect(
      verifier.authenticate(`Bearer ${await sign({ aud: 'other' })}`),
    ).rejects.toMatchObject({ reason: 'WRONG_AUDIENCE' })
    // An HS256 token is refused when only a key set is configured (no algorithm confusion).
    const hs = await mintDevelopmentToken(TEST_JWT_SECRET, SHORT_ADMIN_CLAIMS)
    await expect(verifier.authenticate(`Bearer ${hs}`)).rejects.toMatchObject({
      reason: 'UNSUPPORTED_ALGORITHM',
    })
  })

  it('answers 503 when the key server cannot be reached, and refuses tokens when nothing verifies them', async () => {
    const down = createTokenVerifier({
      tenantId: TEST_TENANT,
      security: { ...security, jwksUrl: 'http://127.0.0.1:9/jwks' },
    })
    const error = await down.authenticate(`Bearer ${await sign({})}`).catch((e: unknown) => e)
    expect(error).toMatchObject({ reason: 'KEYS_UNAVAILABLE', status: 503 })
    const none = createTokenVerifier({
      tenantId: TEST_TENANT,
      security: { ...security, jwtSecret: null },
    })
    await expect(none.authenticate(`Bearer ${await sign({})}`)).rejects.toMatchObject({
      reason: 'NO_VERIFIER',
    })
    expect(await none.authenticate(null)).toBe(ANONYMOUS_VIEWER)
  })
})
