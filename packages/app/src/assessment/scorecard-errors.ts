/**
 * The codes a scorecard fails with, those of the progress roll-up over the tasks' tree: a task
 * listed twice, a figure outside 0–100, a cycle of subtasks. Stored tasks never show them; a
 * use case that computes a scorecard declares them all the same.
 */
export const SCORECARD_ERRORS = ['DUPLICATE_TASK', 'INVALID_PERCENT', 'CYCLE_IN_HIERARCHY'] as const
