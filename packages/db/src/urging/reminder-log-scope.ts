import type { TenantRunner } from '../tenant/tenant-runner.js'

/**
 * The tenant the parts of the reminder log work for, and how they run their statements fenced
 * to it and to the reader's clearance: one for all the parts of a tenant's log.
 */
export interface ReminderLogScope {
  readonly tenantId: string
  readonly runner: TenantRunner
}
