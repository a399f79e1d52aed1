import { expect } from 'vitest'

/** A top-level error as a client receives it. */
export interface ReceivedError {
  readonly message: string
  readonly extensions?: Record<string, unknown>
}

/**
 * Checks the one shape of an error outside a mutation's union (`queryError`): `message` in
 * English, `extensions.code` as expected, `extensions.messageVi` in Vietnamese, never the two
 * joined in one string; and `extensions.path` when given. Returns the extensions.
 */
export function expectQueryError(
  error: ReceivedError | undefined,
  code: string,
  path?: readonly string[],
): Record<string, unknown> {
  expect(error, `an error with code ${code}`).toBeDefined()
  const { message, extensions = {} } = error!
  expect(extensions.code, message).toBe(code)
  const messageVi = extensions.messageVi
  expect(typeof messageVi, `messageVi of ${code}`).toBe('string')
  expect(messageVi).not.toBe('')
  expect(message, 'English and Vietnamese joined in one message').not.toMatch(/ \/ /)
  expect(String(messageVi)).not.toMatch(/ \/ /)
  expect(message).not.toContain(String(messageVi))
  if (path) expect(extensions.path).toEqual(path)
  return extensions
}
