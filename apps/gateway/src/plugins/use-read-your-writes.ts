import type { ChidaoDatabase } from '@chidao/db'
import type { TenantId } from '@chidao/domain'
import { getOperationAST } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { GatewayContext } from '../context.js'
import type { Logger } from '../logger.js'
import type { ReadYourWrites } from '../replica/read-your-writes.js'
import { WAL_POSITION_HEADER } from '../replica/wal-position-header.js'

/**
 * With read replicas: after each mutation, takes the primary's WAL position (its writes are
 * committed by then), remembers it for the caller and answers it in {@link WAL_POSITION_HEADER}:
 * the caller's next queries read from a replica that has replayed it, or from the primary.
 * Without replicas it does nothing.
 */
export function useReadYourWrites(
  db: ChidaoDatabase,
  tenantId: TenantId,
  writes: ReadYourWrites,
  logger: Logger,
): Plugin<GatewayContext> {
  const answered = new WeakMap<Request, string>()
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!db.hasReplicas) return
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return
      setExecuteFn(async (execution) => {
        const result = await executeFn(execution)
        const context = execution.contextValue as GatewayContext & { request?: Request }
        try {
          const position = await db.walPosition()
          if (position) {
            writes.remember(tenantId, context.viewer, position)
            if (context.request) answered.set(context.request, position)
          }
        } catch (error) {
          // The write stands; the caller's next read may then come from a replica behind it.
          logger.warn(
            { err: error, requestId: context.requestId },
            'taking the WAL position after a write failed',
          )
        }
        return result
      })
    },
    onResponse({ request, response }) {
      const position = answered.get(request)
      if (position) response.headers.set(WAL_POSITION_HEADER, position)
    },
  }
}
