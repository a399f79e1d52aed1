/**
 * The codes of the checks of a progress report's input alone, made before anything is read:
 * an idempotency key too long, a day in the future.
 */
export const PROGRESS_REPORT_INPUT_ERRORS = [
  'IDEMPOTENCY_KEY_TOO_LONG',
  'REPORT_IN_FUTURE',
] as const

/**
 * The codes `validateProgressReport` fails a report with (a correction's missing reason
 * aside: `REASON_REQUIRED`).
 */
export const PROGRESS_REPORT_VALIDATION_ERRORS = [
  'INVALID_ID',
  'INVALID_DATE',
  'INVALID_PERCENT',
  'TOO_LONG',
  'INVALID_EVIDENCE',
  'INVALID_REPORT_PERIOD',
  'EMPTY_PROGRESS_REPORT',
] as const

/**
 * The codes the task store fails an appended report with, besides a task or an organisation
 * gone: its id taken, or a day before the organisation's last report on the task.
 */
export const PROGRESS_REPORT_STORE_ERRORS = ['DUPLICATE_REPORT', 'REPORT_BEFORE_PREVIOUS'] as const
