import type { DomainError } from '@chidao/domain'
import { GraphQLError } from 'graphql'

/**
 * The error a query answers with when its use case fails: the English message, and in
 * `extensions` the code, the Vietnamese message and the path of the argument at fault, if any.
 *
 * @example
 * ```ts
 * if (!result.ok) throw queryFailure(result.error)
 * // { message: 'No organisation NOPE in this tenant',
 * //   extensions: { code: 'ORGANIZATION_NOT_FOUND', messageVi: 'Không có tổ chức NOPE', path: ['organizationCode'] } }
 * ```
 */
export function queryFailure(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      messageVi: error.messageVi,
      ...(error.path.length ? { path: error.path } : {}),
    },
  })
}
