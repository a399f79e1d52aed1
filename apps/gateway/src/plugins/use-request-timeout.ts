import { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'

/**
 * Ends an operation that runs longer than `timeoutMs`: the client gets 504 with an error naming
 * the limit, and the execution's abort signal fires so that the executor resolves no further
 * fields. The timer is cleared when the operation ends first.
 */
export function useRequestTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const controller = new AbortController()
        const upstream = (args as { signal?: AbortSignal }).signal
        const signal = upstream ? AbortSignal.any([upstream, controller.signal]) : controller.signal
        let timer: NodeJS.Timeout | undefined
        const timedOut = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(() => {
            const error = new GraphQLError(
              `Request took longer than the limit of ${timeoutMs} ms (CHIDAO_REQUEST_TIMEOUT_MS) and was stopped`,
              { extensions: { code: 'TIMEOUT', http: { status: 504 } } },
            )
            controller.abort(error)
            resolve({ errors: [error] })
          }, timeoutMs)
        })
        try {
          return await Promise.race([executeFn({ ...args, signal } as typeof args), timedOut])
        } finally {
          clearTimeout(timer)
        }
      })
    },
  }
}
