import type { IsoDate } from '@chidao/domain'

/**
 * What a caller says in a progress report, the same for a report (`reportProgress`) and
 * for a correction of one (`correctProgressReport`): its day, figure, narrative and
 * evidence, and the key that makes a retry safe. A field left out takes the default the use
 * case states.
 *
 * @example
 * ```ts
 * const draft: ProgressReportDraft = {
 *   percent: 60,
 *   narrative: 'Đã tổ chức 3/5 hội thảo',
 *   evidence: ['https://example.gov.vn/bc-12'],
 *   idempotencyKey: 'bc-2026-q1',
 * }
 * ```
 */
export interface ProgressReportDraft {
  /** At most one day after today (`REPORT_IN_FUTURE`). */
  readonly reportedOn?: IsoDate | null
  /** 0–100; `null` for a report that gives no figure. */
  readonly percent?: number | null
  readonly narrative?: string | null
  /** Links (http/https) or document references. */
  readonly evidence?: readonly string[] | null
  /**
   * The reporting period the report answers, when its title names one: `2026` (year),
   * `2026-H1` (half-year), `2026-Q3` (quarter), `2026-04` (month). Without it the period is
   * the one the report's date falls in.
   */
  readonly period?: string | null
  /**
   * Any string the caller chooses, at most 200 characters: a retry by the same caller with the
   * same key on the same task returns the first report and writes nothing more. The key is the
   * caller's own: another caller's, or another task's, is another request.
   */
  readonly idempotencyKey?: string | null
}
