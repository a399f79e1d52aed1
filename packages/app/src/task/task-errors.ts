import { DEADLINE_ERROR_CODES } from '@chidao/domain'
import { REFUSAL_CODES } from '../use-case/use-case.js'

/** The codes `validateNewTask` fails with, the deadline's among them. */
export const TASK_VALIDATION_ERRORS = [
  'REQUIRED',
  'TOO_LONG',
  'INVALID_ID',
  'INVALID_REFERENCE',
  'LEAD_ALSO_COORDINATOR',
  'DUPLICATE_COORDINATOR',
  'INVALID_CADENCE',
  ...DEADLINE_ERROR_CODES,
] as const

/** The codes the task store fails a new task with: what it names is gone, or its key taken. */
export const TASK_STORE_ERRORS = [
  'DIRECTIVE_NOT_FOUND',
  'LEAD_NOT_FOUND',
  'COORDINATOR_NOT_FOUND',
  'MONITOR_NOT_FOUND',
  'RECIPIENT_NOT_FOUND',
  'PARENT_NOT_FOUND',
  'TASK_REFERENCE_TAKEN',
] as const

/** The codes every write on a task may fail with before it is judged: absent, or refused. */
export const TASK_ACCESS_ERRORS = [
  'TASK_NOT_FOUND',
  'ORGANIZATION_NOT_FOUND',
  ...REFUSAL_CODES,
] as const

/**
 * What a write of a task's record (creating, changing, cascading it) may fail with: the task
 * or an organisation absent or hidden, the caller refused, the task invalid, or a record it
 * names missing or its reference taken.
 */
export const TASK_WRITE_ERRORS = [
  ...TASK_ACCESS_ERRORS,
  ...TASK_VALIDATION_ERRORS,
  ...TASK_STORE_ERRORS,
] as const
