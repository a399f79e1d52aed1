import type { ChidaoDatabase } from '@chidao/db'
import { getOperationAST } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { GatewayContext } from '../context.js'
import type { Logger } from '../logger.js'

/**
 * Runs each query operation in one read-only transaction at the caller's clearance: every
 * resolver's repository call shares it, so a request of six reads pays for BEGIN, the tenant
 * fence and COMMIT once rather than six times, and the whole answer comes from one snapshot.
 * Mutations keep a transaction per write (each with its audit event and its conflict check).
 *
 * The transaction ends when execution does, whatever happened; a failure to end it is logged
 * and does not touch the answer, whose reads are already done.
 */
export function useReadTransaction(db: ChidaoDatabase, logger: Logger): Plugin<GatewayContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName)
      if (operation?.operation !== 'query') return
      setExecuteFn(async (execution) => {
        const context = execution.contextValue as GatewayContext
        const session = db.readSession(context.tenant.tenantId, {
          clearance: context.tenant.clearance,
        })
        try {
          return await executeFn({
            ...execution,
            contextValue: { ...context, tenant: session },
          } as typeof execution)
        } finally {
          await session.end().catch((error: unknown) => {
            logger.warn(
              { err: error, requestId: context.requestId },
              'ending a read transaction failed',
            )
          })
        }
      })
    },
  }
}
