import { GraphQLError } from 'graphql'
import { describe, expect, it } from 'vitest'
import { maskError } from '../src/plugins/mask-error.js'
import { expectQueryError } from './support/query-error-shape.js'

/** What a client sees for the errors the database layer can raise in the middle of a request. */
function codeFor(error: unknown): { code: unknown; message: string; messageVi: unknown } {
  // Yoga hands the masker the error wrapped as a GraphQLError with the original inside.
  const wrapped = new GraphQLError('wrapped', { originalError: error as Error })
  const masked = maskError(wrapped, 'Unexpected error.') as GraphQLError
  const { code, messageVi } = masked.extensions ?? {}
  return { code, message: masked.message, messageVi }
}

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code })
}

describe('maskError', () => {
  it.each([
    ['a connection ended by the server', withCode('terminating connection', '57P01')],
    ['a broken connection', withCode('connection failure', '08006')],
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a client that lost its server', new Error('Connection terminated unexpectedly')],
    ['every pooled connection busy too long', new Error('timeout exceeded when trying to connect')],
  ])('answers DATABASE_UNAVAILABLE for %s, with no driver text', (_, error) => {
    const { code, message, messageVi } = codeFor(error)
    expect(code).toBe('DATABASE_UNAVAILABLE')
    expect(message).toContain('retry')
    expect(messageVi).toContain('hãy gửi lại')
    expectQueryError({ message, extensions: { code, messageVi } }, code as string)
    expect(`${message} ${messageVi}`).not.toMatch(/ECONNREFUSED|terminat|timeout exceeded|5432/i)
  })

  it('answers STORAGE_FULL for a full disk', () => {
    expect(codeFor(withCode('could not extend file', '53100')).code).toBe('STORAGE_FULL')
  })

  it('masks anything else as an unexpected error, without its message', () => {
    const { message } = codeFor(new Error('column "secret_sql" does not exist'))
    expect(message).toBe('Unexpected error.')
  })
})
