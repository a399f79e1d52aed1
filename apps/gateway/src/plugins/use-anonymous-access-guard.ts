import type { BilingualText } from '@chidao/domain'
import { type GraphQLError, getOperationAST } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { GatewayContext } from '../context.js'
import { queryError } from '../query-error.js'

function signInFirst(why: BilingualText): GraphQLError {
  return queryError(
    { code: 'UNAUTHENTICATED', en: `Sign in first: ${why.en}`, vi: `Cần đăng nhập: ${why.vi}` },
    { extensions: { http: { status: 401 } } },
  )
}

/**
 * What anonymous callers may do, enforced for the whole operation before any resolver runs:
 * never a mutation, and nothing at all when `publicRead` is off. The fields' own `authScopes`
 * decide the rest; this guard keeps a field added without them closed to the public.
 */
export function useAnonymousAccessGuard(options: {
  readonly publicRead: boolean
}): Plugin<GatewayContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (args.contextValue.viewer.authenticated) return
      if (!options.publicRead) {
        setResultAndStopExecution({
          errors: [
            signInFirst({
              en: 'this deployment serves no anonymous callers (CHIDAO_PUBLIC_READ)',
              vi: 'hệ thống không phục vụ người dùng ẩn danh (CHIDAO_PUBLIC_READ)',
            }),
          ],
        })
        return
      }
      const operation = getOperationAST(args.document, args.operationName)
      if (operation?.operation === 'mutation') {
        setResultAndStopExecution({
          errors: [
            signInFirst({
              en: 'anonymous callers cannot change anything',
              vi: 'người dùng ẩn danh không được thay đổi dữ liệu',
            }),
          ],
        })
      }
    },
  }
}
