import type { ShapeFromTypeParam, TypeParam } from '@pothos/core'
import type { GatewayTypes } from '../../builder.js'
import type { PayloadOptions } from './write-mutation.js'

/**
 * The payload of a write whose use case answers the record it wrote (a channel, a delivery, the
 * rules as set): one field, `field`, of type `type`, answering that record as it is.
 *
 * @example
 * ```ts
 * payload: recordPayload('The channel as removed.', 'urgingChannel', UrgingChannelRef),
 * // … on RemoveUrgingChannelPayload { urgingChannel { id } }
 * ```
 */
export function recordPayload<Type extends TypeParam<GatewayTypes>>(
  description: string,
  field: string,
  type: Type,
): PayloadOptions<ShapeFromTypeParam<GatewayTypes, Type, false>> {
  return {
    description,
    // The record is the payload: Pothos cannot see that a shape of `Type` is one of `Type`.
    fields: (t) => ({ [field]: t.field({ type, resolve: (record) => record as never }) }),
  }
}
