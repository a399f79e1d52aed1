/**
 * A task as a person reading the document writes it down: its reference, title, lead and
 * coordinators (a tenant's organisation by code, or `new:` and the name as written for a body
 * the tenant does not hold) and its deadline as written (`null` when none is set).
 */
export interface ExpectedTask {
  readonly reference: string
  readonly title: string
  readonly lead: string
  readonly coordinators: readonly string[]
  readonly deadline: string | null
}

/** One corpus document: its text, what is expected of it, and whether the rules were tuned on it. */
export interface CorpusDocument {
  readonly name: string
  readonly text: string
  readonly tasks: readonly ExpectedTask[]
  /** True for the document written last and never looked at while the rules were tuned. */
  readonly untuned?: boolean
}

/** Shorthand for the expected task tables: reference, title, lead, coordinators, deadline. */
export function task(
  reference: string,
  title: string,
  lead: string,
  coordinators: readonly string[] = [],
  deadline: string | null = null,
): ExpectedTask {
  return { reference, title, lead, coordinators, deadline }
}
