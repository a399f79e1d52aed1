import { describe, expect, it } from 'vitest'
import { displayName, readToken } from '../src/session/session.js'

function tokenWith(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.signature`
}

describe('reading a token at sign-in', () => {
  const now = new Date('2026-12-07T08:00:00Z')
  const exp = Math.floor(now.getTime() / 1000) + 3600

  it('reads who the token names, Vietnamese names included', () => {
    const token = tokenWith({ sub: 'Nguyễn Văn A', org: 'BTV-TU', roles: ['EDITOR'], exp })
    const read = readToken(`  ${token}\n`, now)
    expect(read).toEqual({
      ok: true,
      session: {
        token,
        subject: 'Nguyễn Văn A',
        name: null,
        organization: 'BTV-TU',
        roles: ['EDITOR'],
        clearance: 'PUBLIC',
        expiresAt: exp,
        provider: null,
      },
    })
  })

  it("reads the person's name, NFC, from name or else preferred_username", () => {
    const decomposed = 'Nguyễn Thị Thu'.normalize('NFD')
    const named = readToken(tokenWith({ sub: 'thu', name: decomposed, exp }), now)
    expect(named.ok && named.session.name).toBe('Nguyễn Thị Thu'.normalize('NFC'))
    const user = readToken(tokenWith({ sub: 'thu', preferred_username: 'thu.vptu', exp }), now)
    expect(user.ok && user.session.name).toBe('thu.vptu')
    expect(user.ok && displayName(user.session)).toBe('thu.vptu')
    const bare = readToken(tokenWith({ sub: 'thu', name: '  ', exp }), now)
    expect(bare.ok && displayName(bare.session)).toBe('thu')
  })

  it('takes roles as a space-separated string, as some identity providers send them', () => {
    const read = readToken(tokenWith({ sub: 'a', roles: 'EDITOR REPORTER', exp }), now)
    expect(read.ok && read.session.roles).toEqual(['EDITOR', 'REPORTER'])
  })

  it('says why a token is not taken', () => {
    expect(readToken('', now)).toEqual({ ok: false, problem: 'tokenRequired' })
    expect(readToken('abc.def', now)).toEqual({ ok: false, problem: 'tokenMalformed' })
    expect(readToken('a.%%%.c', now)).toEqual({ ok: false, problem: 'tokenMalformed' })
    expect(readToken(tokenWith({ sub: 'a', exp: exp - 7200 }), now)).toEqual({
      ok: false,
      problem: 'tokenExpired',
    })
    expect(readToken(tokenWith({ sub: 'a' }), now)).toEqual({ ok: false, problem: 'tokenExpired' })
  })
})
