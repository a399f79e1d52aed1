/** SQLSTATE codes the repositories turn into domain errors. */
export const SQLSTATE = Object.freeze({
  UNIQUE_VIOLATION: '23505',
  FOREIGN_KEY_VIOLATION: '23503',
  CHECK_VIOLATION: '23514',
  RAISE_EXCEPTION: 'P0001',
  INSUFFICIENT_PRIVILEGE: '42501',
})

/** The SQLSTATE of an error thrown by pg or PGlite, if it has one. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}

/** The constraint an integrity error names, if any (pg and PGlite both set it). */
export function constraintName(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'constraint' in error) {
    const name = (error as { constraint: unknown }).constraint
    if (typeof name === 'string') return name
  }
  return undefined
}

/** Escapes `%`, `_` and `\` for use inside a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
