import type { Secrecy, TenantId } from '@chidao/domain'
import type { AssessmentStore } from './assessment-store.js'
import type { DirectiveStore } from './directive-store.js'
import type { OrganizationStore } from './organization-store.js'
import type { ReminderLog } from './reminder-log.js'
import type { ReportingCalendarReader } from './reporting-calendar-reader.js'
import type { TaskStore } from './task-store.js'
import type { UrgedDutyReader } from './urged-duty-reader.js'
import type { UrgingStore } from './urging-store.js'

/**
 * One tenant's records at one secrecy clearance, as the use cases reach them: whatever lies
 * above the clearance, or in another tenant, is answered as absent by every method.
 * `@chidao/db` provides it (`database.forTenant(tenantId, { clearance })`); a use case asks
 * only for the narrow part it calls (see each use case's `…Ports` type).
 *
 * @example
 * ```ts
 * const ports: TenantStore = database.forTenant('demo', { clearance: caller.clearance })
 * await cascadeTask({ ports, caller, clock }, input)
 * ```
 */
export interface TenantStore {
  readonly tenantId: TenantId
  /** The most secret level these stores show. */
  readonly clearance: Secrecy
  readonly organizations: OrganizationStore
  readonly directives: DirectiveStore
  readonly tasks: TaskStore
  readonly assessments: AssessmentStore
  /** The reporting calendar (lịch báo cáo) of the tenant's records the caller may see. */
  readonly reporting: ReportingCalendarReader
  /** How the tenant urges (đôn đốc): rules, preferences, public holidays. */
  readonly urging: UrgingStore
  /** What the tenant's organisations must do by a day, as the urging rules see it. */
  readonly urgedDuties: UrgedDutyReader
  /** The reminder log: channels, reminders, messages, deliveries and the inbox. */
  readonly reminders: ReminderLog
}
