import type { BilingualText } from '@chidao/domain'

/** Why a bearer token was refused; travels as `extensions.reason` next to `UNAUTHENTICATED`. */
export type AuthenticationFailure =
  | 'MALFORMED_HEADER'
  | 'MALFORMED_TOKEN'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_WITHOUT_EXPIRY'
  | 'TOKEN_LIFETIME_TOO_LONG'
  | 'TOKEN_NOT_YET_VALID'
  | 'BAD_SIGNATURE'
  | 'UNSUPPORTED_ALGORITHM'
  | 'WRONG_ISSUER'
  | 'WRONG_AUDIENCE'
  | 'WRONG_TENANT'
  | 'BAD_CLAIMS'
  | 'NO_VERIFIER'
  | 'KEYS_UNAVAILABLE'

/**
 * A bearer token that cannot be trusted. The message (English) and `messageVi` say why in words
 * a client developer can act on; they never echo the token.
 *
 * @example
 * ```ts
 * throw new AuthenticationError('TOKEN_EXPIRED', {
 *   en: 'The token has expired: sign in again',
 *   vi: 'Mã xác thực đã hết hạn: hãy đăng nhập lại',
 * })
 * ```
 */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError'
  /** Why, in Vietnamese. */
  readonly messageVi: string

  constructor(
    readonly reason: AuthenticationFailure,
    text: BilingualText,
  ) {
    super(text.en)
    this.messageVi = text.vi
  }

  /**
   * The HTTP status to answer with: 401, except 503 when the identity provider's keys could
   * not be fetched, since the caller can do nothing about that.
   */
  get status(): 401 | 503 {
    return this.reason === 'KEYS_UNAVAILABLE' ? 503 : 401
  }
}
