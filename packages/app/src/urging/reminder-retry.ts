/**
 * How deliveries are retried: the lease a sender holds a claimed delivery for (after it,
 * another process may claim it again), the backoff after a failed attempt (`baseMs` ×
 * 2^(attempt − 1), at most `capMs`) and the attempts before a delivery is given up (DEAD).
 *
 * @example
 * ```ts
 * const retry: ReminderRetry = { ...DEFAULT_REMINDER_RETRY, maxAttempts: 3 }
 * ```
 */
export interface ReminderRetry {
  readonly leaseMs: number
  readonly baseMs: number
  readonly capMs: number
  readonly maxAttempts: number
}

/**
 * The defaults: a five-minute lease, 30 s doubling up to 6 h, 8 attempts (about 2 h 7 min of
 * retrying in all before the last).
 *
 * @example
 * ```ts
 * DEFAULT_REMINDER_RETRY.maxAttempts // 8
 * ```
 */
export const DEFAULT_REMINDER_RETRY: ReminderRetry = Object.freeze({
  leaseMs: 5 * 60_000,
  baseMs: 30_000,
  capMs: 6 * 3_600_000,
  maxAttempts: 8,
})

/**
 * The wait after failed attempt number `attempts` (1 for the first): exponential, capped.
 *
 * @example
 * ```ts
 * reminderRetryDelay(3, DEFAULT_REMINDER_RETRY) // 120_000
 * ```
 */
export function reminderRetryDelay(
  attempts: number,
  retry: Pick<ReminderRetry, 'baseMs' | 'capMs'>,
): number {
  const exponent = Math.max(0, attempts - 1)
  // 2^exponent overflows nothing a cap cannot hold: past 2^40 the cap has long been reached.
  return Math.min(retry.capMs, retry.baseMs * 2 ** Math.min(exponent, 40))
}
