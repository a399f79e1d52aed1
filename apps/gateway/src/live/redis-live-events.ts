import { createRedisEventTarget } from '@graphql-yoga/redis-event-target'
import { Redis } from 'ioredis'
import type { Logger } from '../logger.js'
import { createLiveEvents, type LiveEvents, type LiveEventTarget } from './live-events.js'

/** Where Redis is and which channels are this deployment's. */
export interface RedisLiveOptions {
  /** `REDIS_URL`: `redis://[user:password@]host:port[/db]` (or `rediss://` for TLS). */
  readonly url: string
  readonly channelPrefix: string
  /** Where a lost or refused Redis command is told; the request that caused it goes on. */
  readonly logger: Logger
}

/**
 * Live events through Redis pub/sub (`@graphql-yoga/redis-event-target`), so that a client
 * connected to one gateway process hears of a change made through another. Two connections:
 * one publishes, one subscribes (a subscribing Redis connection can do nothing else). Both are
 * open before this resolves, so a wrong `REDIS_URL` stops the start; `close()` ends every
 * subscription, then quits both.
 *
 * A change is published after its transaction committed; Redis pub/sub delivers at most once,
 * so a subscriber that is disconnected at that moment misses it (reload what matters on
 * reconnecting).
 *
 * @example
 * ```ts
 * const live = await openRedisLiveEvents({ url: 'redis://127.0.0.1:6379', channelPrefix: 'chidao:demo:', logger })
 * live.publish('task-changed', { tenantId, taskId })
 * await live.close()
 * ```
 */
export async function openRedisLiveEvents(options: RedisLiveOptions): Promise<LiveEvents> {
  const { logger } = options
  const connect = (role: string) => {
    const client = new Redis(options.url, { lazyConnect: true, connectionName: `chidao-${role}` })
    // Without a listener an 'error' event would end the process; ioredis reconnects by itself.
    client.on('error', (error) => logger.warn({ err: error, role }, 'Redis connection error'))
    return client
  }
  const publishClient = connect('publish')
  const subscribeClient = connect('subscribe')
  try {
    await Promise.all([publishClient.connect(), subscribeClient.connect()])
  } catch (error) {
    publishClient.disconnect()
    subscribeClient.disconnect()
    // The URL may carry a password: only where it points is named.
    const { host } = new URL(options.url)
    throw new Error(
      `Redis at ${host} (REDIS_URL) did not answer: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  }
  // The event target drops the promises of PUBLISH and SUBSCRIBE; a refusal must not become an
  // unhandled rejection, which would end the process.
  const lost = (command: string) => (error: unknown) => {
    logger.warn({ err: error, command }, 'a Redis command of the live events failed')
    return 0
  }
  const eventTarget = createRedisEventTarget({
    publishClient: {
      publish: (channel: string, message: string) =>
        publishClient.publish(channel, message).catch(lost('PUBLISH')),
    } as unknown as Redis,
    subscribeClient: {
      on: (event: 'message', listener: (channel: string, message: string) => void) =>
        subscribeClient.on(event, listener),
      subscribe: (channel: string) => subscribeClient.subscribe(channel).catch(lost('SUBSCRIBE')),
      unsubscribe: (channel: string) =>
        subscribeClient.unsubscribe(channel).catch(lost('UNSUBSCRIBE')),
    } as unknown as Redis,
  }) as LiveEventTarget
  return createLiveEvents({
    channelPrefix: options.channelPrefix,
    eventTarget,
    release: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()])
    },
  })
}
