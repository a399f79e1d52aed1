import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { decodeJwt } from 'jose'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseTtl } from '../src/auth/mint-token.js'
import { createTokenVerifier } from '../src/auth/token-verifier.js'
import { UsageError } from '../src/cli/command.js'
import { tokenCommand } from '../src/cli/token-command.js'
import { readSecurityConfig } from '../src/config.js'
import { TEST_JWT_SECRET, TEST_TENANT } from './support/gateway-harness.js'

function sink() {
  let text = ''
  return {
    stream: {
      write: (chunk: string) => {
        text += chunk
        return true
      },
    } as unknown as NodeJS.WritableStream,
    text: () => text,
  }
}

async function run(args: string[]) {
  const stdout = sink()
  const stderr = sink()
  const code = await tokenCommand.run({
    args,
    config: () => {
      throw new Error('minting needs no configuration')
    },
    stdout: stdout.stream,
    stderr: stderr.stream,
  })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
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
    expect(r).toMatchObject({ code: 0, stderr: '' })
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
    [[], /at least one --role/],
    [['--role', 'BOSS'], /--role must be one of ADMIN, EDITOR, REPORTER, VIEWER, got "BOSS"/],
    [
      ['--role', 'VIEWER', '--clearance', 'SECRET'],
      /--clearance must be PUBLIC, MAT, TOI_MAT or TUYET_MAT/,
    ],
    [['--role', 'VIEWER', '--ttl', 'forever'], /--ttl must be like/],
    [['--role', 'VIEWER', '--tenant', 'Bad Tenant'], /not a tenant id/],
    [['--role', 'VIEWER', 'extra'], /unexpected argument "extra"/],
  ])('refuses the arguments %j', async (args, message) => {
    vi.stubEnv('CHIDAO_JWT_SECRET', TEST_JWT_SECRET)
    await expect(run(args)).rejects.toThrow(
      expect.objectContaining({ message: expect.stringMatching(message) }),
    )
    await expect(run(args)).rejects.toBeInstanceOf(UsageError)
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
    await expect(run(['--role', 'VIEWER', '--ttl', '7d'])).rejects.toThrow(
      /--ttl 7d \(604800 s\) is longer than the gateway accepts: CHIDAO_JWT_MAX_LIFETIME is 86400 s/,
    )
    vi.stubEnv('CHIDAO_JWT_MAX_LIFETIME', '3600')
    await expect(run(['--role', 'VIEWER'])).rejects.toBeInstanceOf(UsageError)
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

  it('is a command of the chidao binary, with --help', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url))
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=@chidao/source', '--import', 'tsx', main, 'token', '--help'],
      { cwd: fileURLToPath(new URL('..', import.meta.url)) },
    )
    expect(stdout).toContain('Usage: chidao token --role <ROLE>')
    expect(stdout).toContain('CHIDAO_JWT_SECRET')
  })
})
