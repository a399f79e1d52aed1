import type { DocumentNode } from 'graphql'
import { operationNameOf } from '../operation-name.js'

/** Operations without a name share this label. */
export const ANONYMOUS = 'anonymous'
/** Names past the first {@link MAX_OPERATION_NAMES} share this label. */
export const OTHER = 'other'
/** How many distinct operation names get a label of their own. */
export const MAX_OPERATION_NAMES = 200

/**
 * The `operationName` label of a metric, bounded: the name of the operation in the parsed
 * document (never the client's `operationName` alone), `anonymous` without one, and `other`
 * once {@link MAX_OPERATION_NAMES} distinct names have been seen — a client inventing names
 * cannot make the metrics grow without end.
 */
export function operationLabeller(): (
  document: DocumentNode | undefined,
  operationName: string | null | undefined,
) => string {
  const seen = new Set<string>()
  return (document, operationName) => {
    const name = document ? operationNameOf(document, operationName) : null
    if (name === null) return ANONYMOUS
    if (seen.has(name)) return name
    if (seen.size >= MAX_OPERATION_NAMES) return OTHER
    seen.add(name)
    return name
  }
}
