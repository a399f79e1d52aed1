import { readEvidenceLinks } from '../../forms/evidence-links.js'
import type { MessageKey } from '../../i18n/messages.js'

/** A progress report as typed in the form. */
export interface ReportDraft {
  readonly percent: string
  readonly narrative: string
  /** Evidence links, one a line. */
  readonly evidence: string
  readonly period: string
}

/** An empty report. */
export const EMPTY_REPORT: ReportDraft = { percent: '', narrative: '', evidence: '', period: '' }

/** A problem of a field of the draft: a message, and the text it is about where one helps. */
export interface DraftProblem {
  readonly key: MessageKey
  readonly detail?: string
}

/** The input `reportProgress` takes, less the task. */
export interface ReportInput {
  readonly percent?: number
  readonly narrative?: string
  readonly evidence?: string[]
  readonly period?: string
}

const PERIOD = /^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/

/**
 * Checks a draft report before it is sent, as the gateway will: a percent from 0 to 100 or
 * none, a narrative or a percent, each evidence line an http(s) link, a period written as the
 * gateway reads it. Answers the input, or the problems by field.
 *
 * @example
 * ```ts
 * readReportDraft({ percent: '40', narrative: '', evidence: 'https://a.vn/1', period: '' })
 * // { ok: true, input: { percent: 40, evidence: ['https://a.vn/1'] } }
 * ```
 */
export function readReportDraft(
  draft: ReportDraft,
):
  | { readonly ok: true; readonly input: ReportInput }
  | { readonly ok: false; readonly problems: Partial<Record<keyof ReportDraft, DraftProblem>> } {
  const problems: Partial<Record<keyof ReportDraft, DraftProblem>> = {}
  const percentText = draft.percent.trim().replace(',', '.')
  const percent = percentText === '' ? undefined : Number(percentText)
  if (percent !== undefined && !(Number.isFinite(percent) && percent >= 0 && percent <= 100)) {
    problems.percent = { key: 'taskPercentInvalid' }
  }
  const narrative = draft.narrative.trim()
  if (narrative === '' && percent === undefined)
    problems.narrative = { key: 'taskNarrativeOrPercent' }
  const evidence = readEvidenceLinks(draft.evidence)
  if (evidence.invalid.length > 0) {
    problems.evidence = { key: 'taskEvidenceInvalid', detail: evidence.invalid.join(', ') }
  }
  const period = draft.period.trim().toUpperCase()
  if (period !== '' && !PERIOD.test(period)) problems.period = { key: 'taskPeriodInvalid' }
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  return {
    ok: true,
    input: {
      ...(percent !== undefined ? { percent } : {}),
      ...(narrative ? { narrative } : {}),
      ...(evidence.links.length > 0 ? { evidence: [...evidence.links] } : {}),
      ...(period ? { period } : {}),
    },
  }
}
