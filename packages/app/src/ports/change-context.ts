/**
 * Who makes a change and why: recorded in the audit event written with every change.
 */
export interface ChangeContext {
  /** The acting user or system, e.g. `user:42`, `cli:import`, `system:seed`. */
  readonly actor: string
  /** The actor's organisation code, where known. */
  readonly actorOrganization?: string | null
  /** A request or correlation id, to find the change in the logs. */
  readonly requestId?: string | null
}
