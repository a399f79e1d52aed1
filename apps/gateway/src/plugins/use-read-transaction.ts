import { createSourceEventStream, type ExecutionArgs, execute, getOperationAST } from 'graphql'
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga'
import type { GatewayContext } from '../context.js'
import type { Logger } from '../logger.js'
import { withReadSession } from '../read-session.js'

/**
 * Runs each query operation in one read-only transaction at the caller's clearance: every
 * resolver's repository call shares it, so a request of six reads pays for BEGIN, the tenant
 * fence and COMMIT once rather than six times, and the whole answer comes from one snapshot.
 * Mutations keep a transaction per write (each with its audit event and its conflict check).
 * With read replicas, a query reads from one (see `withReadSession`); mutations and the
 * events of subscriptions, which follow a write at once, read from the primary.
 *
 * The transaction ends when execution does, whatever happened; a failure to end it is logged
 * and does not touch the answer, whose reads are already done.
 *
 * A subscription holds no transaction while it waits: each event it answers is executed in a
 * read transaction of its own, opened for that event and ended with it, with a context of its
 * own, so its loaders read the records as they are now, not as an earlier event found them.
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
          // A query may read from a replica that has the caller's writes (CHIDAO_READ_URL).
          'replica',
        )
      })
    },
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const source = await createSourceEventStream(args as ExecutionArgs)
        if (!isAsyncIterable(source)) return source
        const context = args.contextValue as GatewayContext
        return mapAsyncIterator(source, (event) =>
          withReadSession(
            context,
            async (reading) =>
              execute({ ...(args as ExecutionArgs), rootValue: event, contextValue: reading }),
            (error) => {
              logger.warn(
                { err: error, requestId: context.requestId },
                'ending the read transaction of a subscription event failed',
              )
            },
          ),
        )
      })
    },
  }
}
