/**
 * Thrown when the database cannot be reached or opened. The message says what was tried and
 * what to check; it never contains a password.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError'
  readonly target: string

  constructor(target: string, hint: string, options?: { cause?: unknown }) {
    super(`Cannot reach the database at ${target}: ${hint}`, options)
    this.target = target
  }
}

/**
 * Removes the password from a connection URL, for logs and error messages.
 *
 * @example
 * ```ts
 * redactUrl('postgres://u:secret@db:5432/x') // 'postgres://u:***@db:5432/x'
 * ```
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparseable URL)'
  }
}
