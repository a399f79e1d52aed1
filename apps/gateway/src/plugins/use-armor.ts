import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor'
import type { GraphQLError } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { LimitsConfig } from '../config.js'
import { queryError } from '../query-error.js'

/** What one of graphql-armor's limits is called, in Vietnamese, and the setting behind it. */
interface ArmorLimit {
  readonly code: string
  readonly setting: string
  readonly vi: string
}

const DEPTH: ArmorLimit = { code: 'QUERY_TOO_DEEP', setting: 'CHIDAO_MAX_DEPTH', vi: 'độ sâu' }
const ALIASES: ArmorLimit = {
  code: 'QUERY_TOO_MANY_ALIASES',
  setting: 'CHIDAO_MAX_ALIASES',
  vi: 'số bí danh (alias)',
}
const COST: ArmorLimit = { code: 'QUERY_TOO_COSTLY', setting: 'CHIDAO_MAX_COST', vi: 'chi phí' }
const TOKENS: ArmorLimit = {
  code: 'QUERY_TOO_MANY_TOKENS',
  setting: 'CHIDAO_MAX_TOKENS',
  vi: 'số từ tố (token)',
}
const DIRECTIVES: ArmorLimit = {
  code: 'QUERY_TOO_MANY_DIRECTIVES',
  setting: 'CHIDAO_MAX_DIRECTIVES',
  vi: 'số chỉ thị (directive)',
}

/**
 * A refusal by one limit in the gateway's own shape. graphql-armor's message ("Syntax Error:
 * Query depth limit of 12 exceeded, found 14.") stays the English one, less its misleading
 * prefix; the code names the limit, `limit` gives its value. Like a document that does not
 * validate, it is a request error: 400 under `application/graphql-response+json`, 200 under
 * `application/json` (GraphQL over HTTP; Yoga's `spec` flag).
 */
function refusal(limit: ArmorLimit, n: number) {
  return (_context: unknown, error: GraphQLError): never => {
    const en = error.message.replace(/^Syntax Error: /, '')
    const found = /found ([\d.e+]*\d)/.exec(en)?.[1]
    throw queryError(
      {
        code: limit.code,
        en,
        vi: `Truy vấn vượt giới hạn ${limit.vi} ${n} (${limit.setting})${found ? `, thực tế ${found}` : ''}`,
      },
      { extensions: { limit: n, http: { status: 400, spec: true } } },
    )
  }
}

/**
 * graphql-armor's limits on the shape of an operation: depth, aliases, cost, tokens and
 * directives, each refused before execution with a code of its own (`QUERY_TOO_DEEP`, …), a
 * message naming the limit and what was found ("Query depth limit of 12 exceeded, found 14."),
 * and the same in Vietnamese. In production it also strips field suggestions ("Did you mean
 * …?"), which would otherwise reveal the schema when introspection is off.
 */
export function useArmor(
  limits: Pick<LimitsConfig, 'maxDepth' | 'maxAliases' | 'maxCost' | 'maxTokens' | 'maxDirectives'>,
  options: { readonly blockFieldSuggestions: boolean },
): Plugin {
  const limited = (limit: ArmorLimit, n: number) => ({
    exposeLimits: true,
    onReject: [refusal(limit, n)],
  })
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ...limited(DEPTH, limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...limited(ALIASES, limits.maxAliases) },
    costLimit: { maxCost: limits.maxCost, ...limited(COST, limits.maxCost) },
    maxTokens: { n: limits.maxTokens, ...limited(TOKENS, limits.maxTokens) },
    maxDirectives: { n: limits.maxDirectives, ...limited(DIRECTIVES, limits.maxDirectives) },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }) as Plugin
}
