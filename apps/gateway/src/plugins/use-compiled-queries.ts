import { useGraphQlJit } from '@envelop/graphql-jit'
import { type DocumentNode, GraphQLError, Kind, type SourceLocation } from 'graphql'
import type { Plugin } from 'graphql-yoga'

/**
 * Runs query operations through graphql-jit: each document is compiled once into a JavaScript
 * function (kept while the parsed document is cached) that resolves its fields without the
 * interpreter's per-field work. A page of 100 tasks with their organisations and reports is
 * thousands of fields, and this is where the gateway's time went (bench/national, question 4).
 *
 * Only documents holding a single query operation are compiled: the plugin caches by document,
 * not by operation name, and mutations stay on graphql-js, which runs them one after the other
 * as the specification says. Validation, the limits and the masking of errors run as before;
 * they happen outside execution. The compiled code gives its errors line and column but not
 * the syntax nodes Yoga rebuilds an error from, so each error is made again from the
 * document's source, and the client sees the same `locations` as from graphql-js.
 */
export function useCompiledQueries(): Plugin {
  const jit = useGraphQlJit()
  return {
    onExecute(payload) {
      const document = payload.args.document
      if (!isSingleQuery(document)) return
      jit.onExecute?.(payload as never)
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return
          setResult({ ...result, errors: result.errors.map((e) => located(e, document)) })
        },
      }
    },
  }
}

function isSingleQuery(document: DocumentNode): boolean {
  let operations = 0
  let query = false
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    operations++
    query = definition.operation === 'query'
  }
  return operations === 1 && query
}

/** The error again, located by source and positions, as graphql-js would have made it. */
function located(error: GraphQLError, document: DocumentNode): GraphQLError {
  const source = document.loc?.source
  if (error.nodes?.length || !error.locations?.length || !source) return error
  return new GraphQLError(error.message, {
    source,
    positions: error.locations.map((at) => positionOf(source.body, at)),
    ...(error.path ? { path: error.path } : {}),
    ...(error.originalError ? { originalError: error.originalError } : {}),
    ...(error.extensions ? { extensions: error.extensions } : {}),
  })
}

/** The character offset of a 1-based line and column, lines ending as GraphQL ends them. */
function positionOf(body: string, at: SourceLocation): number {
  const lineBreak = /\r\n|[\n\r]/g
  let start = 0
  for (let line = 1; line < at.line; line++) {
    const match = lineBreak.exec(body)
    if (!match) break
    start = match.index + match[0].length
  }
  return start + at.column - 1
}
