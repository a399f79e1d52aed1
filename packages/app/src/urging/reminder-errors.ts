import { type RecordNotFound, recordNotFound } from '@chidao/domain'

/**
 * No such channel, or none the caller may see: `URGING_CHANNEL_NOT_FOUND`.
 *
 * @example
 * ```ts
 * urgingChannelNotFound(['id'], input.id).code // 'URGING_CHANNEL_NOT_FOUND'
 * ```
 */
export const urgingChannelNotFound: RecordNotFound = recordNotFound('URGING_CHANNEL_NOT_FOUND', {
  en: 'No such channel',
  vi: 'Không tìm thấy kênh nhận nhắc việc',
})

/**
 * No such reminder, or none the caller may see (another organisation's, or above the
 * caller's clearance): `REMINDER_NOT_FOUND`.
 *
 * @example
 * ```ts
 * reminderNotFound(['keys', 0], key).code // 'REMINDER_NOT_FOUND'
 * ```
 */
export const reminderNotFound: RecordNotFound = recordNotFound('REMINDER_NOT_FOUND', {
  en: 'No such reminder',
  vi: 'Không tìm thấy nhắc việc',
})

/**
 * No such delivery, or none the caller may see: `REMINDER_DELIVERY_NOT_FOUND`.
 *
 * @example
 * ```ts
 * reminderDeliveryNotFound(['id'], id).code // 'REMINDER_DELIVERY_NOT_FOUND'
 * ```
 */
export const reminderDeliveryNotFound: RecordNotFound = recordNotFound(
  'REMINDER_DELIVERY_NOT_FOUND',
  {
    en: 'No such delivery',
    vi: 'Không tìm thấy lượt gửi nhắc việc',
  },
)
