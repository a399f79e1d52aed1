import type { ArgBuilder } from '@pothos/core'
import type { GatewayTypes } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import type { LiveTopic, LiveTopics } from '../../live/live-event.js'
import type { LiveScope } from '../loaders/live-loaders.js'
import { lookUpIdOf } from '../support/global-id.js'

/** The arguments every subscription takes: where to listen. */
export interface LiveScopeArgs {
  readonly organizationId?: string | null | undefined
  readonly directiveId?: string | null | undefined
}

/**
 * The arguments `organizationId` and `directiveId` of a subscription that listens to the tasks
 * (and what is said of them) of a subtree or of a directive, each described as the subscription
 * reads it; {@link liveScopeOf} reads them back.
 *
 * @example
 * ```ts
 * args: liveScopeArgs(t.arg, {
 *   organizationId: 'Only tasks led by this organisation or a body below it.',
 *   directiveId: 'Only tasks of this directive.',
 * }),
 * ```
 */
export function liveScopeArgs(
  arg: ArgBuilder<GatewayTypes>,
  descriptions: { readonly organizationId: string; readonly directiveId: string },
) {
  return {
    organizationId: arg.id({ required: false, description: descriptions.organizationId }),
    directiveId: arg.id({ required: false, description: descriptions.directiveId }),
  }
}

/**
 * The scope of a subscription from its arguments. An id that names nothing, or nothing the
 * subscriber may see, is kept as such: it matches no event, so the stream stays silent, exactly
 * as for an organisation or a directive that does not exist.
 *
 * @example
 * ```ts
 * liveScopeOf({ organizationId: 'T3JnYW5pemF0aW9uOjE=' }) // { organizationId: '1', directiveId: null }
 * ```
 */
export function liveScopeOf(args: LiveScopeArgs): LiveScope {
  return {
    organizationId: lookUpIdOf(args.organizationId, 'Organization'),
    directiveId: lookUpIdOf(args.directiveId, 'Directive'),
  }
}

/**
 * The records a subscriber hears of, one per event of the topic: each event read by `read`, as
 * the subscriber reads it, and left out when `read` finds nothing for them. It listens from the
 * moment it is called (before the response starts); events are read one after the other, in
 * the order they came; it ends when the client goes or the gateway stops.
 *
 * @example
 * ```ts
 * subscribe: (_root, args, context) =>
 *   liveStream(context, 'task-changed', (event) => taskForSubscriber(context, event, liveScopeOf(args)))
 * ```
 */
export function liveStream<T extends LiveTopic, R>(
  context: GatewayContext,
  topic: T,
  read: (event: LiveTopics[T]) => Promise<R | null>,
): AsyncIterableIterator<R> {
  const events = context.live.subscribe(topic)
  return {
    [Symbol.asyncIterator]() {
      return this
    },
    async next() {
      for (;;) {
        const event = await events.next()
        if (event.done) return { value: undefined, done: true }
        const record = await read(event.value)
        if (record !== null) return { value: record, done: false }
      }
    },
    async return() {
      await events.return()
      return { value: undefined, done: true }
    },
  }
}
