import { type DomainError, domainError } from '../domain-error.js'
import { err, ok, type Result } from '../result.js'

/**
 * The longest idempotency key accepted, in characters (Unicode code points, after trimming):
 * 200, so at most 800 bytes in UTF-8 — a key is stored in a unique index, whose rows
 * PostgreSQL limits to about 2.7 kB.
 *
 * @example
 * ```ts
 * [...key].length <= MAX_IDEMPOTENCY_KEY_LENGTH
 * ```
 */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200

/**
 * Reads the idempotency key a client sent with a write: trimmed, `null` when absent or blank
 * (a blank key is no key: each such request is a new one). A key is opaque: it is compared as
 * sent, never normalised further.
 *
 * A key names one request of one caller on one record: the same key from another caller, or
 * on another task, is another request.
 *
 * Error code: `IDEMPOTENCY_KEY_TOO_LONG`, path `['idempotencyKey']`, over
 * {@link MAX_IDEMPOTENCY_KEY_LENGTH} characters.
 *
 * @example
 * ```ts
 * readIdempotencyKey('  bc-2026-q1 ') // { ok: true, value: 'bc-2026-q1' }
 * readIdempotencyKey('   ') // { ok: true, value: null }
 * readIdempotencyKey('x'.repeat(201)) // { ok: false, error: { code: 'IDEMPOTENCY_KEY_TOO_LONG', … } }
 * ```
 */
export function readIdempotencyKey(
  key: string | null | undefined,
): Result<string | null, DomainError> {
  const trimmed = typeof key === 'string' ? key.trim() : ''
  if (trimmed === '') return ok(null)
  const length = [...trimmed].length
  if (length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return err(
      domainError(
        'IDEMPOTENCY_KEY_TOO_LONG',
        {
          en: `The idempotency key is ${length} characters long; at most ${MAX_IDEMPOTENCY_KEY_LENGTH} are accepted`,
          vi: `Khóa chống gửi trùng (idempotency key) dài ${length} ký tự; tối đa ${MAX_IDEMPOTENCY_KEY_LENGTH} ký tự`,
        },
        ['idempotencyKey'],
      ),
    )
  }
  return ok(trimmed)
}
