import type { InputFieldBuilder } from '@pothos/core'
import type { GatewayTypes } from '../../builder.js'

/** What each input says of its own in a description of the fields they share. */
export interface ProgressReportDraftDescriptions {
  readonly reportedOn: string
  readonly percent: string
  readonly idempotencyKey: string
}

/**
 * The fields of a progress report as a caller drafts it (`ProgressReportDraft` of
 * `@chidao/app`), shared by ReportProgressInput and CorrectProgressReportInput: each input
 * places them among its own fields and describes its own defaults.
 */
export function progressReportDraftFields(
  t: InputFieldBuilder<GatewayTypes, 'InputObject'>,
  described: ProgressReportDraftDescriptions,
) {
  return {
    reportedOn: t.field({ type: 'Date', required: false, description: described.reportedOn }),
    percent: t.float({ required: false, description: described.percent }),
    narrative: t.string({
      required: false,
      description: 'What was done, in words; a report needs it or a percent.',
    }),
    evidence: t.stringList({
      required: false,
      description: 'Links (http/https) or document references.',
    }),
    period: t.string({
      required: false,
      description:
        'The reporting period the report answers, when its title names one: `2026` (year), ' +
        '`2026-H1` (half-year), `2026-Q3` (quarter), `2026-04` (month). Without it, the period ' +
        'is the one the report date falls in (after the previous due day, up to its own); in a ' +
        "correction, left out keeps the corrected report's period and null names none.",
    }),
    idempotencyKey: t.string({ required: false, description: described.idempotencyKey }),
  }
}
