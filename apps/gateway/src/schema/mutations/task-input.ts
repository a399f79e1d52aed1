import type { RecurrenceCadence, ReportingDuty } from '@chidao/domain'
import { builder } from '../../builder.js'
import { requireLocalId } from '../support/input-id.js'
import { RecurrenceCadenceEnum } from '../types/deadline.js'

/** The reporting duty of a task, as given in an input. */
export const ReportingDutyInput = builder.inputType('ReportingDutyInput', {
  fields: (t) => ({
    cadence: t.field({ type: RecurrenceCadenceEnum, description: 'How often a report is due.' }),
    recipientId: t.id({ description: 'The organisation reported to.' }),
  }),
})

/**
 * The reporting duty a task's input gives (`input.reportingDuty`), its recipient read as an
 * organisation's local id; `null` when the input gives none.
 *
 * @example
 * ```ts
 * reportingDutyOf({ cadence: 'QUARTERLY', recipientId: globalIdOfTheRecipient })
 * ```
 */
export function reportingDutyOf(
  duty: { readonly cadence: RecurrenceCadence; readonly recipientId: unknown } | null | undefined,
): ReportingDuty | null {
  if (!duty) return null
  return {
    cadence: duty.cadence,
    recipientId: requireLocalId(duty.recipientId, 'Organization', [
      'input',
      'reportingDuty',
      'recipientId',
    ]),
  }
}
