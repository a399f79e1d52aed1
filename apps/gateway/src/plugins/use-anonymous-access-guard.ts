import { GraphQLError, getOperationAST } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { GatewayContext } from '../context.js'

function signInFirst(why: string): GraphQLError {
  return new GraphQLError(`Sign in first: ${why}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  })
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
          errors: [signInFirst('this deployment serves no anonymous callers (CHIDAO_PUBLIC_READ)')],
        })
        return
      }
      const operation = getOperationAST(args.document, args.operationName)
      if (operation?.operation === 'mutation') {
        setResultAndStopExecution({
          errors: [signInFirst('anonymous callers cannot change anything')],
        })
      }
    },
  }
}
