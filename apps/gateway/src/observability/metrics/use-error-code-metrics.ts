import type { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { Counter } from 'prom-client'
import { bilingual } from '../../plugins/use-bilingual-errors.js'

interface ResultWithErrors {
  readonly errors?: readonly GraphQLError[]
}

/**
 * Counts the errors of every answer by their `extensions.code` (the gateway's bilingual codes,
 * a bounded set): also those refused before execution (parse, validation, authentication,
 * limits). Streams (subscriptions) are not counted.
 */
export function useErrorCodeMetrics(errors: Counter<'code'>): Plugin {
  const count = (result: unknown) => {
    for (const error of (result as ResultWithErrors | null)?.errors ?? []) {
      const code = bilingual(error).extensions.code
      errors.inc({ code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' })
    }
  }
  return {
    onResultProcess({ result }) {
      if (Array.isArray(result)) for (const one of result) count(one)
      else if (result && typeof result === 'object' && 'errors' in result) count(result)
    },
  }
}
