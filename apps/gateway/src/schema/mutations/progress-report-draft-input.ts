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
    narrative: t.string({ required: false }),
    evidence: t.stringList({
      required: false,
      description: 'Links (http/https) or document references.',
    }),
    idempotencyKey: t.string({ required: false, description: described.idempotencyKey }),
  }
}
