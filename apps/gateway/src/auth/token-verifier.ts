import { isSecrecy, type Secrecy, type TenantId } from '@chidao/domain'
import {
  createRemoteJWKSet,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
  errors as joseErrors,
  jwtVerify,
} from 'jose'
import type { SecurityConfig } from '../config.js'
import { AuthenticationError } from './authentication-error.js'
import { ANONYMOUS_VIEWER, isRole, type Role, type Viewer } from './viewer.js'

/** Algorithms accepted from an identity provider's key set; `none` and HS* never are. */
const ASYMMETRIC_ALGORITHMS = ['RS256', 'ES256'] as const

/** What {@link createTokenVerifier} needs. */
export interface TokenVerifierOptions {
  /** The tenant this deployment serves: a token naming another is refused. */
  readonly tenantId: TenantId
  readonly security: Pick<
    SecurityConfig,
    | 'jwtSecret'
    | 'jwksUrl'
    | 'jwtIssuer'
    | 'jwtAudience'
    | 'clockToleranceSeconds'
    | 'maxTokenLifetimeSeconds'
  >
  /**
   * The identity provider's keys, instead of fetching `security.jwksUrl`: tests pass
   * `createLocalJWKSet(…)` here so nothing leaves the machine.
   */
  readonly jwks?: JWTVerifyGetKey
  /** The clock used for `exp`/`nbf` (defaults to now). */
  readonly now?: () => Date
}

/** Turns the `Authorization` header of a request into a {@link Viewer}. */
export interface TokenVerifier {
  /**
   * Resolves to the anonymous viewer when there is no header, to the token holder's viewer when
   * the token checks out; rejects with an {@link AuthenticationError} otherwise.
   */
  authenticate(authorization: string | null | undefined): Promise<Viewer>
}

/**
 * Builds the verifier of bearer tokens: HS256 with the shared secret, RS256/ES256 with the
 * identity provider's JWKS (fetched from `jwksUrl` and cached by jose), or both — the token's
 * `alg` picks the key. Issuer and audience are checked when configured; `exp` and `nbf` with
 * the configured clock tolerance. Every token must carry `exp`, no further away than
 * `maxTokenLifetimeSeconds` from its `iat` (or from now, without `iat`).
 *
 * @example
 * ```ts
 * const verifier = createTokenVerifier({ tenantId: 'demo', security: config.security })
 * const viewer = await verifier.authenticate(request.headers.get('authorization'))
 * ```
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const { security, tenantId } = options
  const secret = security.jwtSecret ? new TextEncoder().encode(security.jwtSecret) : null
  const jwks =
    options.jwks ?? (security.jwksUrl ? createRemoteJWKSet(new URL(security.jwksUrl)) : null)
  const algorithms = [...(secret ? ['HS256'] : []), ...(jwks ? ASYMMETRIC_ALGORITHMS : [])]
  const getKey: JWTVerifyGetKey = (header, token) => {
    if (header.alg === 'HS256' && secret) return secret
    if (jwks && (ASYMMETRIC_ALGORITHMS as readonly string[]).includes(header.alg)) {
      return jwks(header, token)
    }
    throw new AuthenticationError('UNSUPPORTED_ALGORITHM', {
      en: `Token signed with ${header.alg}; this deployment accepts ${algorithms.join(', ')}`,
      vi: `Mã xác thực được ký bằng ${header.alg}; hệ thống chỉ chấp nhận ${algorithms.join(', ')}`,
    })
  }
  const verifyOptions: JWTVerifyOptions = {
    algorithms,
    clockTolerance: security.clockToleranceSeconds,
    // A token without expiry would be valid for ever: refused (TOKEN_WITHOUT_EXPIRY).
    requiredClaims: ['exp'],
    ...(security.jwtIssuer ? { issuer: security.jwtIssuer } : {}),
    ...(security.jwtAudience ? { audience: security.jwtAudience } : {}),
  }

  return {
    async authenticate(authorization) {
      if (authorization == null || authorization.trim() === '') return ANONYMOUS_VIEWER
      const match = /^Bearer\s+([A-Za-z0-9_.~+/=-]+)\s*$/i.exec(authorization)
      if (!match) {
        throw new AuthenticationError('MALFORMED_HEADER', {
          en: 'The Authorization header must be "Bearer <token>"',
          vi: 'Tiêu đề Authorization phải có dạng "Bearer <mã xác thực>"',
        })
      }
      if (algorithms.length === 0) {
        throw new AuthenticationError('NO_VERIFIER', {
          en: 'This deployment accepts no tokens: neither CHIDAO_JWT_SECRET nor CHIDAO_JWKS_URL is set',
          vi: 'Hệ thống không nhận mã xác thực nào: chưa đặt CHIDAO_JWT_SECRET hay CHIDAO_JWKS_URL',
        })
      }
      let payload: JWTPayload
      const now = options.now?.() ?? new Date()
      try {
        const opts = options.now ? { ...verifyOptions, currentDate: now } : verifyOptions
        payload = (await jwtVerify(match[1]!, getKey, opts)).payload
      } catch (error) {
        throw explain(error, security, algorithms)
      }
      checkLifetime(payload, security.maxTokenLifetimeSeconds, now)
      return viewerFromClaims(payload, tenantId)
    },
  }
}

function withoutExpiry(): AuthenticationError {
  return new AuthenticationError('TOKEN_WITHOUT_EXPIRY', {
    en: 'The token has no expiry (exp): ask for a token that expires',
    vi: 'Mã xác thực không có thời hạn (exp): hãy xin một mã có thời hạn',
  })
}

/**
 * Refuses a token whose lifetime is longer than `maxSeconds`: `exp − iat` when it says when it
 * was issued, otherwise what is left of it, `exp` − now. (`exp` itself is required by jose.)
 */
export function checkLifetime(payload: JWTPayload, maxSeconds: number, now: Date): void {
  const exp = payload.exp
  if (typeof exp !== 'number') {
    throw withoutExpiry()
  }
  const from = typeof payload.iat === 'number' ? payload.iat : Math.floor(now.getTime() / 1000)
  const lifetime = exp - from
  if (lifetime > maxSeconds) {
    throw new AuthenticationError('TOKEN_LIFETIME_TOO_LONG', {
      en: `The token lives ${lifetime} s, longer than the ${maxSeconds} s this deployment accepts (CHIDAO_JWT_MAX_LIFETIME)`,
      vi: `Mã xác thực có thời hạn ${lifetime} giây, dài hơn mức ${maxSeconds} giây hệ thống chấp nhận (CHIDAO_JWT_MAX_LIFETIME)`,
    })
  }
}

/**
 * Reads the chidao claims of a verified token: `sub`, `tenant` (must be the deployment's),
 * `org`, `roles` (an array, or a space-separated string as some identity providers send;
 * matched exactly, upper case; roles chidao does not know — `admin` among them — are ignored,
 * and none known means VIEWER) and `clearance`
 * (PUBLIC when absent).
 */
export function viewerFromClaims(payload: JWTPayload, tenantId: TenantId): Viewer {
  const { sub, tenant, org, roles, clearance } = payload as JWTPayload & Record<string, unknown>
  if (typeof sub !== 'string' || sub === '') {
    throw new AuthenticationError('BAD_CLAIMS', {
      en: 'The token has no subject (sub)',
      vi: 'Mã xác thực không có chủ thể (sub)',
    })
  }
  if (tenant !== tenantId) {
    throw new AuthenticationError(
      'WRONG_TENANT',
      typeof tenant === 'string'
        ? {
            en: `The token is for tenant "${tenant}", not "${tenantId}" which this deployment serves`,
            vi: `Mã xác thực dành cho đơn vị "${tenant}", không phải "${tenantId}" mà hệ thống này phục vụ`,
          }
        : {
            en: `The token names no tenant; this deployment serves "${tenantId}"`,
            vi: `Mã xác thực không ghi đơn vị (tenant); hệ thống này phục vụ "${tenantId}"`,
          },
    )
  }
  if (org !== undefined && org !== null && typeof org !== 'string') {
    throw new AuthenticationError('BAD_CLAIMS', {
      en: 'The org claim must be an organisation code',
      vi: 'Trường org của mã xác thực phải là mã một tổ chức',
    })
  }
  const roleNames =
    typeof roles === 'string'
      ? roles.split(/\s+/)
      : Array.isArray(roles)
        ? roles.filter((r): r is string => typeof r === 'string')
        : []
  // Roles are matched exactly, as documented: `admin` is not ADMIN but an unknown role.
  const known = [...new Set(roleNames.filter(isRole))]
  let level: Secrecy = 'PUBLIC'
  if (clearance !== undefined && clearance !== null) {
    if (typeof clearance !== 'string' || !isSecrecy(clearance)) {
      throw new AuthenticationError('BAD_CLAIMS', {
        en: `The clearance claim must be PUBLIC, MAT, TOI_MAT or TUYET_MAT, got ${JSON.stringify(clearance)}`,
        vi: `Trường clearance của mã xác thực phải là PUBLIC, MAT, TOI_MAT hoặc TUYET_MAT, nhận được ${JSON.stringify(clearance)}`,
      })
    }
    level = clearance
  }
  return Object.freeze({
    authenticated: true,
    subject: sub,
    actor: `user:${sub}`,
    organizationCode: org ? org.trim().toUpperCase() : null,
    roles: Object.freeze(known.length > 0 ? known : (['VIEWER'] as Role[])),
    clearance: level,
  })
}

/** Turns what jose threw into a refusal that says why, without echoing the token. */
function explain(
  error: unknown,
  security: TokenVerifierOptions['security'],
  algorithms: readonly string[],
): AuthenticationError {
  if (error instanceof AuthenticationError) return error
  if (error instanceof joseErrors.JWTExpired) {
    return new AuthenticationError('TOKEN_EXPIRED', {
      en: 'The token has expired: sign in again',
      vi: 'Mã xác thực đã hết hạn: hãy đăng nhập lại',
    })
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'exp' && error.reason === 'missing') {
      return withoutExpiry()
    }
    if (error.claim === 'nbf' || error.claim === 'iat') {
      return new AuthenticationError('TOKEN_NOT_YET_VALID', {
        en: 'The token is not valid yet',
        vi: 'Mã xác thực chưa đến thời điểm có hiệu lực',
      })
    }
    if (error.claim === 'iss') {
      return new AuthenticationError('WRONG_ISSUER', {
        en: `The token was not issued by ${security.jwtIssuer}`,
        vi: `Mã xác thực không do ${security.jwtIssuer} cấp`,
      })
    }
    if (error.claim === 'aud') {
      return new AuthenticationError('WRONG_AUDIENCE', {
        en: `The token is not meant for ${security.jwtAudience}`,
        vi: `Mã xác thực không dành cho ${security.jwtAudience}`,
      })
    }
    return new AuthenticationError('BAD_CLAIMS', {
      en: `The token's ${error.claim} claim is invalid`,
      vi: `Trường ${error.claim} của mã xác thực không hợp lệ`,
    })
  }
  if (
    error instanceof joseErrors.JWSSignatureVerificationFailed ||
    error instanceof joseErrors.JWKSNoMatchingKey
  ) {
    return new AuthenticationError('BAD_SIGNATURE', {
      en: 'The token signature does not verify',
      vi: 'Chữ ký của mã xác thực không đúng',
    })
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return new AuthenticationError('UNSUPPORTED_ALGORITHM', {
      en: `The token is signed with an algorithm this deployment does not accept (accepted: ${algorithms.join(', ')})`,
      vi: `Mã xác thực được ký bằng thuật toán hệ thống không chấp nhận (chấp nhận: ${algorithms.join(', ')})`,
    })
  }
  if (
    error instanceof joseErrors.JWKSTimeout ||
    error instanceof joseErrors.JWKSInvalid ||
    // fetch failed (TypeError), or the key set URL answered something other than 200
    error instanceof TypeError ||
    (error instanceof joseErrors.JOSEError && /JSON Web Key Set/.test(error.message))
  ) {
    return new AuthenticationError('KEYS_UNAVAILABLE', {
      en: "The identity provider's keys could not be fetched: try again later",
      vi: 'Không lấy được khóa của nhà cung cấp định danh: hãy thử lại sau',
    })
  }
  return new AuthenticationError('MALFORMED_TOKEN', {
    en: 'The bearer token is not a valid JWT',
    vi: 'Mã xác thực (bearer token) không phải JWT hợp lệ',
  })
}
