import type { LiveConfig } from '../config.js'
import type { Logger } from '../logger.js'
import { createLiveEvents, type LiveEvents } from './live-events.js'

/**
 * The live events the configuration asks for: through Redis when `REDIS_URL` is set (open
 * before this resolves), in this process's memory otherwise.
 *
 * @example
 * ```ts
 * const live = await openLiveEvents(readConfig().live, logger)
 * const yoga = createGateway({ db, tenantId, live })
 * ```
 */
export async function openLiveEvents(config: LiveConfig, logger: Logger): Promise<LiveEvents> {
  if (config.redisUrl === null) return createLiveEvents({ channelPrefix: config.channelPrefix })
  // ioredis is loaded only when Redis is asked for: most starts never need it.
  const { openRedisLiveEvents } = await import('./redis-live-events.js')
  return openRedisLiveEvents({ url: config.redisUrl, channelPrefix: config.channelPrefix, logger })
}
