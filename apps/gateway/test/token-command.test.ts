import { decodeJwt } from 'jose'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseTtl } from '../src/auth/mint-token.js'
import { createTokenVerifier } from '../src/auth/token-verifier.js'
import { readConfig, readSecurityConfig } from '../src/config.js'
import { chidaoInProcess } from './support/cli-in-process.js'
import { TEST_JWT_SECRET, TEST_TENANT } from './support/gateway-harness.js'

/**
 * `chidao token <args>`, in this process. Minting reads no database settings; checking --org
 * finds no gateway (port 0) and no database (a directory that does not exist).
 */
function run(args: string[]) {
  return chidaoInProcess(['token', ...args], () =>
    readConfig({ PORT: '0', CHIDAO_DATA_DIR: '/nonexistent/chidao-token-test' }),
  )
}

describe('chidao token', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('mints an HS256 token the gateway accepts, with the claims asked for', async () => {
    vi.stubEnv('CHIDAO_JWT_SECRET', TEST_JWT_SECRET)
    const before = Math.floor(Date.now() / 1000)
    const r = await run([
      '--role',
      'EDITOR',
      '--org',
      'btv-tu',
      '--clearance',
      'mat',
      '--sub',
      'alice',
      '--ttl',
      '2h',
      '--tenant',
      TEST_TENANT,
    ])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      `Minted a token for alice (EDITOR, BTV-TU, MAT) of tenant ${TEST_TENANT}, valid 2 h, to standard output`,
    )
    expect(r.stderr).toContain('(--org BTV-TU not checked: no gateway answered at')
    const token = r.stdout.trim()
    const claims = decodeJwt(token)
    expect(claims).toMatchObject({
      sub: 'alice',
      tenant: TEST_TENANT,
      org: 'BTV-TU',
      roles: ['EDITOR'],
      clearance: 'MAT',
    })
    expect(claims.exp! - claims.iat!).toBe(7200)
    expect(claims.iat).toBeGreaterThanOrEqual(before)
    const verifier = createTokenVerifier({
      tenantId: TEST_TENANT,
      security: { ...readSecurityConfig({}), jwtSecret: TEST_JWT_SECRET },
    })
    expect(await verifier.authenticate(`Bearer ${token}`)).toMatchObject({
      subject: 'alice',
      roles: ['EDITOR'],
      organizationCode: 'BTV-TU',
      clearance: 'MAT',
    })
  })

  it('defaults: subject dev, PUBLIC clearance, 8 hours, tenant from CHIDAO_TENANT; roles repeat', async () => {
    vi.stubEnv('CHIDAO_JWT_SECRET', TEST_JWT_SECRET)
    vi.stubEnv('CHIDAO_TENANT', 'tinh-a')
    vi.stubEnv('CHIDAO_JWT_ISSUER', 'https://dev.local')
    const r = await run(['--role', 'REPORTER', '--role', 'viewer'])
    const claims = decodeJwt(r.stdout.trim())
    expect(claims).toMatchObject({
      sub: 'dev',
      tenant: 'tinh-a',
      roles: ['REPORTER', 'VIEWER'],
      clearance: 'PUBLIC',
      iss: 'https://dev.local',
    })
    expect(claims.org).toBeUndefined()
    expect(claims.exp! - claims.iat!).toBe(8 * 3600)
  })

  it('refuses clearly when the secret is unset or too short', async () => {
    vi.stubEnv('CHIDAO_JWT_SECRET', '')
    const unset = await run(['--role', 'ADMIN'])
    expect(unset.code).toBe(1)
    expect(unset.stdout).toBe('')
    expect(unset.stderr).toContain('CHIDAO_JWT_SECRET is not set')
    vi.stubEnv('CHIDAO_JWT_SECRET', 'short')
    const short = await run(['--role', 'ADMIN'])
    expect(short.code).toBe(1)
    expect(short.stderr).toContain('CHIDAO_JWT_SECRET must be at least 32 bytes, got 5')
    expect(short.stderr).not.toContain('short\n')
  })

  it.each([
    [[], /required option '--role <role>' not specified/],
    [
      ['--role', 'BOSS'],
      /argument 'BOSS' is invalid. A role is one of ADMIN, EDITOR, REPORTER, VIEWER/,
    ],
    [['--role', 'VIEWER', '--clearance', 'SECRET'], /PUBLIC, MAT, TOI_MAT or TUYET_MAT/],
    [['--role', 'VIEWER', '--ttl', 'forever'], /Write it like 3600, 30m, 8h or 7d/],
    [['--role', 'VIEWER', '--tenant', 'Bad Tenant'], /A tenant id is lower-case/],
    [['--role', 'VIEWER', 'extra'], /too many arguments for 'token'/],
    [
      ['--role', 'VIEWER', '--clearence', 'MAT'],
      /unknown option '--clearence' \(Did you mean --clearance\?\)\nchidao token: lệnh không có tùy chọn này/,
    ],
  ])('refuses the arguments %j as a usage error, with the help', async (args, message) => {
    vi.stubEnv('CHIDAO_JWT_SECRET', TEST_JWT_SECRET)
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
    expect(r.stderr).toContain('Usage: chidao token [options]')
  })

  it('mints within CHIDAO_JWT_MAX_LIFETIME, and refuses a longer --ttl', async () => {
    vi.stubEnv('CHIDAO_JWT_SECRET', TEST_JWT_SECRET)
    const verifier = createTokenVerifier({
      tenantId: TEST_TENANT,
      security: readSecurityConfig({ CHIDAO_JWT_SECRET: TEST_JWT_SECRET }),
    })
    // The default (8h) and the longest (24h) pass the gateway's own check.
    for (const args of [[], ['--ttl', '24h']]) {
      const r = await run(['--role', 'VIEWER', '--tenant', TEST_TENANT, ...args])
      expect(r.code).toBe(0)
      const claims = decodeJwt(r.stdout.trim())
      expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(86_400)
      await expect(verifier.authenticate(`Bearer ${r.stdout.trim()}`)).resolves.toMatchObject({
        roles: ['VIEWER'],
      })
    }
    const week = await run(['--role', 'VIEWER', '--ttl', '7d'])
    expect(week.code).toBe(2)
    expect(week.stderr).toMatch(
      /--ttl is 604800 s, longer than the gateway accepts: CHIDAO_JWT_MAX_LIFETIME is 86400 s/,
    )
    vi.stubEnv('CHIDAO_JWT_MAX_LIFETIME', '3600')
    expect((await run(['--role', 'VIEWER'])).code).toBe(2)
    expect((await run(['--role', 'VIEWER', '--ttl', '1h'])).code).toBe(0)
  })

  it('reads lifetimes', () => {
    expect(parseTtl('8h')).toBe(28_800)
    expect(parseTtl('30m')).toBe(1800)
    expect(parseTtl('7d')).toBe(604_800)
    expect(parseTtl('90')).toBe(90)
    expect(parseTtl('0')).toBeNull()
    expect(parseTtl('1w')).toBeNull()
  })
})
