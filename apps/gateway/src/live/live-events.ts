import type { LiveTopic, LiveTopics } from './live-event.js'

/**
 * How many events a subscriber may fall behind before the oldest it has not read are dropped:
 * a slow client loses events, never the process its memory.
 */
export const SUBSCRIBER_BUFFER = 1024

/** What events travel over: an `EventTarget` of this process, or Redis's (one per process). */
export interface LiveEventTarget {
  addEventListener(type: string, listener: (event: CustomEvent) => void): void
  removeEventListener(type: string, listener: (event: CustomEvent) => void): void
  dispatchEvent(event: CustomEvent): boolean
}

/** The events of one topic for one subscriber; `return()` stops listening. */
export interface LiveSubscription<E> extends AsyncIterableIterator<E> {
  return(): Promise<IteratorResult<E>>
}

/** Where the events of a gateway go and come from; one per process. */
export interface LiveEvents {
  /** Tells every subscriber of the topic, in this process or (through Redis) in any other. */
  publish<T extends LiveTopic>(topic: T, event: LiveTopics[T]): void
  /**
   * The events of the topic from this call on (it listens before it returns), until the
   * iterator is returned or {@link close} runs.
   */
  subscribe<T extends LiveTopic>(topic: T): LiveSubscription<LiveTopics[T]>
  /** Ends every subscription (their streams complete), then releases the event target. */
  close(): Promise<void>
}

/** What {@link createLiveEvents} is built over. */
export interface LiveEventsOptions {
  /** Put before each topic to make its channel: one deployment never hears another's events. */
  readonly channelPrefix: string
  /** Where events travel: default, an `EventTarget` of this process (in memory). */
  readonly eventTarget?: LiveEventTarget
  /** Releases the event target once every subscription has ended (Redis: its connections). */
  readonly release?: () => Promise<void>
}

/**
 * The live events of a gateway, over an event target as graphql-yoga's pub/sub uses one: in
 * memory by default, or Redis's (`openRedisLiveEvents`). A subscription listens from the moment
 * it is made, so a subscriber whose stream has started misses nothing published after; each
 * keeps its own buffer of {@link SUBSCRIBER_BUFFER} events.
 *
 * @example
 * ```ts
 * const live = createLiveEvents({ channelPrefix: 'chidao:demo:' })
 * const changes = live.subscribe('task-changed')
 * live.publish('task-changed', { tenantId, taskId })
 * await changes.next() // { value: { tenantId, taskId }, done: false }
 * await live.close()
 * ```
 */
export function createLiveEvents(options: LiveEventsOptions): LiveEvents {
  const target: LiveEventTarget = options.eventTarget ?? (new EventTarget() as LiveEventTarget)
  const channel = (topic: LiveTopic) => `${options.channelPrefix}${topic}`
  const open = new Set<{ return(): Promise<unknown> }>()
  let closing: Promise<void> | null = null
  return {
    publish(topic, event) {
      if (closing) return
      target.dispatchEvent(new CustomEvent(channel(topic), { detail: event }))
    },
    subscribe<T extends LiveTopic>(topic: T) {
      const subscription = listen<LiveTopics[T]>(target, channel(topic), () =>
        open.delete(subscription),
      )
      if (closing) subscription.return()
      else open.add(subscription)
      return subscription
    },
    close() {
      closing ??= (async () => {
        await Promise.all([...open].map((subscription) => subscription.return()))
        await options.release?.()
      })()
      return closing
    },
  }
}

/** The events of one channel, queued from now until `return()`; `ended` runs once then. */
function listen<E>(
  target: LiveEventTarget,
  channel: string,
  ended: () => void,
): LiveSubscription<E> {
  const queued: E[] = []
  let waiting: ((result: IteratorResult<E>) => void) | null = null
  let done = false
  const listener = (event: CustomEvent) => {
    if (done) return
    const value = event.detail as E
    if (waiting) {
      const resolve = waiting
      waiting = null
      resolve({ value, done: false })
      return
    }
    queued.push(value)
    if (queued.length > SUBSCRIBER_BUFFER) queued.shift()
  }
  target.addEventListener(channel, listener)
  const finished: IteratorResult<E> = { value: undefined, done: true }
  return {
    [Symbol.asyncIterator]() {
      return this
    },
    next() {
      if (queued.length > 0) return Promise.resolve({ value: queued.shift() as E, done: false })
      if (done) return Promise.resolve(finished)
      return new Promise((resolve) => {
        waiting = resolve
      })
    },
    return() {
      if (!done) {
        done = true
        queued.length = 0
        target.removeEventListener(channel, listener)
        waiting?.(finished)
        waiting = null
        ended()
      }
      return Promise.resolve(finished)
    },
  }
}
