import type { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { queryError } from '../query-error.js'

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
            const error = queryError(
              {
                code: 'TIMEOUT',
                en: `Request took longer than the limit of ${timeoutMs} ms (CHIDAO_REQUEST_TIMEOUT_MS) and was stopped`,
                vi: `Yêu cầu chạy lâu hơn giới hạn ${timeoutMs} ms (CHIDAO_REQUEST_TIMEOUT_MS) nên đã bị dừng`,
              },
              { extensions: { limit: timeoutMs, http: { status: 504 } } },
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
