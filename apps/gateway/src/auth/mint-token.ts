import type { Secrecy, TenantId } from '@chidao/domain'
import { SignJWT } from 'jose'
import { MIN_JWT_SECRET_BYTES } from '../config.js'
import type { Role } from './viewer.js'

/** The claims of a development token. */
export interface DevelopmentTokenClaims {
  readonly subject: string
  readonly tenantId: TenantId
  readonly organizationCode: string | null
  readonly roles: readonly Role[]
  readonly clearance: Secrecy
  /** Lifetime in seconds ({@link parseTtl} reads `8h`, `30m`, `7d`). */
  readonly ttlSeconds: number
  readonly issuer?: string | null
  readonly audience?: string | null
}

/** Why a token cannot be minted: the secret is unset or too short. */
export class TokenSecretError extends Error {
  override readonly name = 'TokenSecretError'
}

/**
 * Signs an HS256 token with the deployment's shared secret, as `chidao token` does. For
 * development and tests: production deployments let their identity provider issue tokens.
 *
 * @example
 * ```ts
 * const token = await mintDevelopmentToken(process.env.CHIDAO_JWT_SECRET, {
 *   subject: 'alice', tenantId: 'demo', organizationCode: 'BTV-TU',
 *   roles: ['EDITOR'], clearance: 'MAT', ttlSeconds: parseTtl('8h'),
 * })
 * ```
 */
export async function mintDevelopmentToken(
  secret: string | null | undefined,
  claims: DevelopmentTokenClaims,
  now: Date = new Date(),
): Promise<string> {
  if (!secret) {
    throw new TokenSecretError('CHIDAO_JWT_SECRET is not set: there is no key to sign with')
  }
  if (Buffer.byteLength(secret) < MIN_JWT_SECRET_BYTES) {
    throw new TokenSecretError(
      `CHIDAO_JWT_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes, got ${Buffer.byteLength(secret)}`,
    )
  }
  const issuedAt = Math.floor(now.getTime() / 1000)
  const jwt = new SignJWT({
    tenant: claims.tenantId,
    ...(claims.organizationCode ? { org: claims.organizationCode } : {}),
    roles: [...claims.roles],
    clearance: claims.clearance,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + claims.ttlSeconds)
  if (claims.issuer) jwt.setIssuer(claims.issuer)
  if (claims.audience) jwt.setAudience(claims.audience)
  return jwt.sign(new TextEncoder().encode(secret))
}

const TTL_UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 }

/**
 * Reads a lifetime: a whole number of seconds, or one followed by `s`, `m`, `h` or `d`.
 * Returns null for anything else, and for zero.
 *
 * @example
 * ```ts
 * parseTtl('8h') // 28800
 * parseTtl('90') // 90
 * parseTtl('soon') // null
 * ```
 */
export function parseTtl(text: string): number | null {
  const match = /^(\d+)\s*([smhd]?)$/i.exec(text.trim())
  if (!match) return null
  const seconds = Number(match[1]) * TTL_UNITS[(match[2] || 's').toLowerCase()]!
  return seconds > 0 && Number.isSafeInteger(seconds) ? seconds : null
}
