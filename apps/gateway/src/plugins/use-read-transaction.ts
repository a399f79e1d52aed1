import { getOperationAST } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { GatewayContext } from '../context.js'
import type { Logger } from '../logger.js'
import { withReadSession } from '../read-session.js'

/**
 * Runs each query operation in one read-only transaction at the caller's clearance: every
 * resolver's repository call shares it, so a request of six reads pays for BEGIN, the tenant
 * fence and COMMIT once rather than six times, and the whole answer comes from one snapshot.
 * Mutations keep a transaction per write (each with its audit event and its conflict check).
 *
 * The transaction ends when execution does, whatever happened; a failure to end it is logged
 * and does not touch the answer, whose reads are already done.
 */
export function useReadTransaction(logger: Logger): Plugin<GatewayContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName)
      if (operation?.operation !== 'query') return
      setExecuteFn((execution) => {
        const context = execution.contextValue as GatewayContext
        return withReadSession(
          context,
          (reading) => executeFn({ ...execution, contextValue: reading } as typeof execution),
          (error) => {
            logger.warn(
              { err: error, requestId: context.requestId },
              'ending a read transaction failed',
            )
          },
        )
      })
    },
  }
}
