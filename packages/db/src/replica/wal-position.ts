/**
 * A position in PostgreSQL's write-ahead log, as `pg_current_wal_lsn()` prints it: two
 * hexadecimal numbers separated by a slash, e.g. `0/3000148`.
 */
export type WalPosition = string

const WAL_POSITION = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i

/** Whether `text` is a WAL position (`0/3000148`); anything else is refused. */
export function isWalPosition(text: string | null | undefined): text is WalPosition {
  return typeof text === 'string' && WAL_POSITION.test(text)
}

/** The position as one number, to compare two of them. */
function walOffset(position: WalPosition): bigint {
  const [high, low] = position.split('/') as [string, string]
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`)
}

/**
 * The later of two positions; a missing one gives the other.
 *
 * @example
 * ```ts
 * laterWalPosition('0/3000148', '0/2FFFFFF') // '0/3000148'
 * ```
 */
export function laterWalPosition(
  a: WalPosition | null | undefined,
  b: WalPosition | null | undefined,
): WalPosition | null {
  if (!a) return b ?? null
  if (!b) return a
  return walOffset(a) >= walOffset(b) ? a : b
}

/** Whether position `a` is at or after `b`. */
export function walReached(a: WalPosition, b: WalPosition): boolean {
  return walOffset(a) >= walOffset(b)
}
