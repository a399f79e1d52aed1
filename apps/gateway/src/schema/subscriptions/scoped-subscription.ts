import type { ObjectRef } from '@pothos/core'
import { builder, type GatewayTypes } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import type { LiveTopic, LiveTopics } from '../../live/live-event.js'
import type { LiveScope } from '../loaders/live-loaders.js'
import { liveScopeArgs, liveScopeOf, liveStream } from './live-stream.js'

/** What a subscription scoped by {@link liveScopeArgs} says of its own. */
export interface ScopedSubscription<Topic extends LiveTopic, Shape> {
  /** The record each event is told as. */
  readonly type: ObjectRef<GatewayTypes, Shape>
  readonly description: string
  /** How the subscription reads `organizationId` and `directiveId`. */
  readonly scope: Parameters<typeof liveScopeArgs>[1]
  /** The topic it listens to. */
  readonly topic: Topic
  /** The record an event tells the subscriber of, or null when it tells them nothing. */
  readonly read: (
    context: GatewayContext,
    event: LiveTopics[Topic],
    scope: LiveScope,
  ) => Promise<Shape | null>
}

/**
 * Defines a subscription that listens to one topic within the scope its arguments
 * `organizationId` and `directiveId` give ({@link liveScopeArgs}): each event read as the
 * subscriber may see it, and told as the record `read` finds.
 *
 * @example
 * ```ts
 * scopedSubscription('taskChanged', {
 *   type: TaskNode,
 *   description: 'Each task, as it stands after the change…',
 *   scope: { organizationId: 'Only tasks led by this organisation…', directiveId: '…' },
 *   topic: 'task-changed',
 *   read: taskForSubscriber,
 * })
 * ```
 */
export function scopedSubscription<Topic extends LiveTopic, Shape>(
  name: string,
  subscription: ScopedSubscription<Topic, Shape>,
): void {
  builder.subscriptionField(name, (t) =>
    t.field({
      type: subscription.type,
      description: subscription.description,
      args: liveScopeArgs(t.arg, subscription.scope),
      subscribe: (_root, args, context) => {
        const scope = liveScopeOf(args)
        return liveStream(context, subscription.topic, (event) =>
          subscription.read(context, event, scope),
        )
      },
      // Each event is told as the record read: Pothos cannot see that a `Shape` is one.
      resolve: (record) => record as never,
    }),
  )
}
