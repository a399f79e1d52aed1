import type { UseCaseResult } from '@chidao/app'
import { GraphQLError } from 'graphql'

/**
 * The value of a query's use case, or its failure as a top-level GraphQL error: the English
 * message as `message`, the code and the Vietnamese message in `extensions` — never the two
 * languages joined in one string — with the argument at fault as `path` when one is
 * (`["symbol"]`, `["asOf"]`).
 *
 * @example
 * ```ts
 * resolve: async (_root, args, context) =>
 *   queryResultOf(await findDirective(useCaseContext(context), { symbol: args.symbol }))
 * ```
 */
export function queryResultOf<T>(result: UseCaseResult<T, string>): T {
  if (result.ok) return result.value
  const { code, message, messageVi, path } = result.error
  throw new GraphQLError(message, {
    extensions: { code, messageVi, ...(path.length > 0 ? { path: path.map(String) } : {}) },
  })
}
