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
 * A bearer token that cannot be trusted. The message says why in words a client developer can
 * act on; it never echoes the token.
 */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError'

  constructor(
    readonly reason: AuthenticationFailure,
    message: string,
  ) {
    super(message)
  }

  /**
   * The HTTP status to answer with: 401, except 503 when the identity provider's keys could
   * not be fetched, since the caller can do nothing about that.
   */
  get status(): 401 | 503 {
    return this.reason === 'KEYS_UNAVAILABLE' ? 503 : 401
  }
}
