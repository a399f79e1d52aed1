/**
 * What `parseDeadline` may know beyond the text: the year of the plan it sits in.
 *
 * @example
 * ```ts
 * parseDeadline('trước ngày 31/8', { year: 2025 }) // due '2025-08-31'
 * ```
 */
export interface DeadlineContext {
  /** The year that deadlines written without one (`trước ngày 31/8`, `tháng 6`) fall in. */
  readonly year?: number
}
