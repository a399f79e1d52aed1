import type { Cache, UpdatesConfig } from '@urql/exchange-graphcache'

/**
 * Marks every page of a list field of the root (`tasks`, whatever its filter or page) as
 * stale: the pages on screen are asked again, and the others when next shown.
 */
function invalidateList(cache: Cache, fieldName: string): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldName, field.arguments)
  }
}

/**
 * What the normalised cache does when a live event arrives. The task itself is updated where
 * it is shown by the cache alone (it has an `id`); but a changed task may also join or leave
 * a list — completed, its deadline moved, given to another lead, or new — which only the
 * gateway can judge, so every task list is asked again.
 */
export const LIVE_CACHE_UPDATES = {
  Subscription: {
    taskChanged: (_result, _args, cache) => invalidateList(cache, 'tasks'),
  },
} as const satisfies UpdatesConfig
