import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor'
import type { Plugin } from 'graphql-yoga'
import type { LimitsConfig } from '../config.js'

/**
 * graphql-armor's limits on the shape of an operation: depth, aliases, cost, tokens and
 * directives, each refused before execution with a message naming the limit and what was
 * found ("Query depth limit of 12 exceeded, found 14."). In production it also strips field
 * suggestions ("Did you mean …?"), which would otherwise reveal the schema when introspection
 * is off.
 */
export function useArmor(
  limits: Pick<LimitsConfig, 'maxDepth' | 'maxAliases' | 'maxCost' | 'maxTokens' | 'maxDirectives'>,
  options: { readonly blockFieldSuggestions: boolean },
): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }) as Plugin
}
