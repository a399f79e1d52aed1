import type { ColumnType, Generated } from 'kysely'

/** A column the database fills on insert and that is never written by hand afterwards. */
type CreatedAt = ColumnType<Date, never, never>

/** The `tenant` table: one row per deploying province or body. */
export interface TenantTable {
  id: string
  name: string
  title: string | null
  description: string | null
  source: string | null
  created_at: CreatedAt
}

/** The `organization` table. */
export interface OrganizationTable {
  tenant_id: string
  id: Generated<string>
  code: string
  name: string
  short_name: string | null
  /** Accent-insensitive form of code, name and short name, for search. */
  search_key: string
  /** Key whose byte order is Vietnamese alphabetical order of the name. */
  name_sort_key: string
  kind: string
  level: string
  parent_id: string | null
  founded_on: string | null
  dissolved_on: string | null
  successor_id: string | null
  /** Every successor, the first being `successor_id`, when there are several; else empty. */
  successor_ids: ColumnType<string[], string[] | undefined, string[]>
  party_term: number | null
  version: Generated<number>
  created_at: CreatedAt
  updated_at: ColumnType<Date, never, Date>
}

/** The append-only `audit_event` table. */
export interface AuditEventTable {
  tenant_id: string
  id: Generated<number>
  at: ColumnType<Date, never, never>
  actor: string
  actor_organization: string | null
  request_id: string | null
  action: string
  entity_type: string
  entity_id: string
  before: ColumnType<unknown, string | null, never> | null
  after: ColumnType<unknown, string | null, never> | null
}

/** The `organization_membership` table: a member association of a union, with dates. */
export interface OrganizationMembershipTable {
  tenant_id: string
  member_id: string
  union_id: string
  from_on: string
  to_on: string | null
}

/** The `directive` table. The symbol is stored canonical and in parts. */
export interface DirectiveTable {
  tenant_id: string
  id: Generated<string>
  kind: string
  symbol_text: string
  symbol_system: string
  symbol_number: number
  symbol_year: number | null
  symbol_type_code: string | null
  symbol_issuer_code: string
  issuer_id: string
  issuer_term: number | null
  issued_on: string
  issued_year: number
  title: string
  search_key: string
  secrecy: Generated<string>
  urgency: Generated<string>
  sections: ColumnType<unknown, string | undefined, string>
  /** The reporting rule's words; `null` when the directive sets none (migration 0013). */
  reporting_rule_text: string | null
  reporting_cadences: string[] | null
  /** Due day per cadence: `{"QUARTERLY": {"month": 3, "day": 15}}`. */
  reporting_due_days: ColumnType<unknown, string | undefined, string>
  reporting_recipient_id: string | null
  version: Generated<number>
  created_at: CreatedAt
  updated_at: ColumnType<Date, never, Date>
}

/** The `directive_relation` table: typed, dated edges of an acyclic graph. */
export interface DirectiveRelationTable {
  tenant_id: string
  source_id: string
  target_id: string
  type: string
  effective_on: string
}

/** The `task` table. */
export interface TaskTable {
  tenant_id: string
  id: Generated<string>
  directive_id: string
  reference: string | null
  title: string
  description: Generated<string>
  search_key: string
  lead_id: string
  monitor_id: string | null
  /** The whole domain Deadline, text included. */
  deadline: ColumnType<unknown, string | null, string | null> | null
  deadline_kind: string | null
  deadline_due: string | null
  deadline_cadence: string | null
  deadline_due_month: number | null
  deadline_due_day: number | null
  deadline_start: string | null
  deadline_end: string | null
  reporting_cadence: string | null
  reporting_recipient_id: string | null
  parent_id: string | null
  status: Generated<string>
  completed_on: string | null
  /**
   * The task's effective secrecy: the higher of its directive's and its parent task's, kept
   * by triggers down the task tree; never written by hand.
   */
  secrecy: ColumnType<string, never, never>
  /**
   * The day the task's latest deadline extension took effect, `null` when never extended
   * (migration 0015): kept by a trigger on `task_event`, never written by hand.
   */
  last_extended_on: ColumnType<string | null, never, never>
  version: Generated<number>
  created_at: CreatedAt
  updated_at: ColumnType<Date, never, Date>
}

/** The `task_coordinator` table: the organisations that support a task (phối hợp), in order. */
export interface TaskCoordinatorTable {
  tenant_id: string
  task_id: string
  organization_id: string
  position: number
}

/** The append-only `task_event` table: every lifecycle transition of a task. */
export interface TaskEventTable {
  tenant_id: string
  id: Generated<number>
  task_id: string
  at: ColumnType<Date, never, never>
  occurred_on: string
  type: string
  from_status: string | null
  to_status: string
  reason: string | null
  actor: string
  /** DEADLINE_EXTENDED: the deadline in force before, the whole domain value (JSON). */
  previous_deadline: ColumnType<unknown, string | null | undefined, never>
  /**
   * DEADLINE_EXTENDED: the deadline in force after; EXTENSION_REQUESTED: the deadline asked
   * for; the whole domain value (JSON).
   */
  deadline: ColumnType<unknown, string | null | undefined, never>
  /** The approving or deciding document's symbol, canonical; `null` when none. */
  document_symbol: ColumnType<string | null, string | null | undefined, never>
  /** LEAD_REASSIGNED: the lead before. */
  from_organization_id: ColumnType<string | null, string | null | undefined, never>
  /** LEAD_REASSIGNED: the lead after. */
  to_organization_id: ColumnType<string | null, string | null | undefined, never>
  /** EXTENSION_REQUESTED, EXTENSION_DECLINED: the organisation that asked or answered. */
  by_organization_id: ColumnType<string | null, string | null | undefined, never>
}

/** The append-only `progress_report` table. */
export interface ProgressReportTable {
  tenant_id: string
  id: Generated<string>
  task_id: string
  reported_on: string
  organization_id: string
  percent: ColumnType<string | null, number | null, never>
  narrative: Generated<string>
  evidence: ColumnType<unknown, string, never>
  idempotency_key: string | null
  /** Whose key it is: `user:<sub>` (the actor), or `bundle` for imports and bulk loads. */
  idempotency_key_owner: string | null
  /** The report this one corrects (supersedes), for a correcting report. */
  corrects_id: string | null
  /** Why the corrected report was wrong, for a correcting report. */
  reason: string | null
  /** The period the report answers (`2026-H1`…), when it names one. */
  period: string | null
  created_at: CreatedAt
}

/** The `assessment` table. */
export interface AssessmentTable {
  tenant_id: string
  id: Generated<string>
  natural_key: string
  kind: string
  subject_kind: string
  subject_directive_id: string | null
  subject_organization_id: string | null
  subject_task_id: string | null
  subject_year: number | null
  period_from: string
  period_to: string
  title: string
  assessor_id: string
  assessed_on: string
  findings: ColumnType<unknown, string, string>
  social_critique: ColumnType<unknown, string | null, string | null> | null
  score: ColumnType<string | null, number | null, number | null>
  rating: string | null
  rating_rules_id: string | null
  /** Its subject's secrecy (document or task), kept by triggers; never written by hand. */
  secrecy: ColumnType<string, never, never>
  version: Generated<number>
  created_at: CreatedAt
  updated_at: ColumnType<Date, never, Date>
}

/** The `assessment_indicator` table. */
export interface AssessmentIndicatorTable {
  tenant_id: string
  assessment_id: string
  position: number
  name: string
  unit: string
  baseline_value: ColumnType<string | null, number | null, number | null>
  baseline_on: string | null
  evidence: ColumnType<unknown, string, string>
}

/** The `assessment_indicator_period` table: target and actual of an indicator per period. */
export interface AssessmentIndicatorPeriodTable {
  tenant_id: string
  assessment_id: string
  indicator_position: number
  period_from: string
  period_to: string
  target: ColumnType<string | null, number | null, number | null>
  actual: ColumnType<string | null, number | null, number | null>
}

/** The `urging_rules` table: how a tenant urges (đôn đốc); absent, the defaults apply. */
export interface UrgingRulesTable {
  tenant_id: string
  due_soon_days: number[]
  overdue_repeat_days: number
  escalate_after_days: number
  digest_time: string
  time_zone: string
  version: Generated<number>
  updated_at: ColumnType<Date, never, Date>
}

/** The `urging_preference` table: how one organisation wants its reminders. */
export interface UrgingPreferenceTable {
  tenant_id: string
  organization_id: string
  digest: boolean
  quiet_on_rest_days: boolean
  version: Generated<number>
  updated_at: ColumnType<Date, never, Date>
}

/** The `public_holidays` table: a tenant's public holidays of one year (a year without a row: the shipped list). */
export interface PublicHolidaysTable {
  tenant_id: string
  year: number
  days: ColumnType<{ date: string; vi: string; en: string }[], string, string>
  version: Generated<number>
  updated_at: ColumnType<Date, never, Date>
}

/** The `urging_channel` table: where an organisation's reminders go besides its inbox. */
export interface UrgingChannelTable {
  tenant_id: string
  id: Generated<string>
  organization_id: string
  kind: string
  address: string
  /** The webhook signing secret (`whsec_…`); `null` for e-mail. */
  secret: string | null
  /** The most secret message the channel may carry. */
  clearance: string
  active: Generated<boolean>
  version: Generated<number>
  created_at: CreatedAt
  updated_at: ColumnType<Date, never, Date>
}

/** The `reminder_message` table: what is sent at once (one reminder, or a day's digest). */
export interface ReminderMessageTable {
  tenant_id: string
  key: string
  /** The message id receivers see (`webhook-id`, `Message-ID`). */
  id: Generated<string>
  recipient_id: string
  deliver_on: string
  digest: boolean
  secrecy: string
  created_at: CreatedAt
}

/** The `reminder` table: every reminder planned, once, which is also its recipient's inbox. */
export interface ReminderTable {
  tenant_id: string
  key: string
  kind: string
  subject_kind: string
  task_id: string | null
  directive_id: string | null
  period: string | null
  recipient_id: string
  owner_id: string
  due_on: string
  fires_on: string
  deliver_on: string
  days_from_due: number
  secrecy: string
  message_key: string
  created_at: CreatedAt
  read_at: ColumnType<Date | null, never, Date | null>
}

/** The `reminder_delivery` table: one message on one channel, and how its attempts went. */
export interface ReminderDeliveryTable {
  tenant_id: string
  id: Generated<string>
  message_key: string
  channel_id: string
  secrecy: string
  state: Generated<string>
  attempts: Generated<number>
  next_attempt_at: Date | null
  lease_until: Date | null
  last_error: string | null
  sent_at: Date | null
  version: Generated<number>
  created_at: CreatedAt
}

/** The `urging_run` table: the last day a tenant's reminders were planned through. */
export interface UrgingRunTable {
  tenant_id: string
  last_planned_day: string
  updated_at: ColumnType<Date, never, Date>
}

/** Every table of the chidao schema, for Kysely. */
export interface ChidaoSchema {
  tenant: TenantTable
  organization: OrganizationTable
  organization_membership: OrganizationMembershipTable
  directive: DirectiveTable
  directive_relation: DirectiveRelationTable
  task: TaskTable
  task_coordinator: TaskCoordinatorTable
  task_event: TaskEventTable
  progress_report: ProgressReportTable
  assessment: AssessmentTable
  assessment_indicator: AssessmentIndicatorTable
  assessment_indicator_period: AssessmentIndicatorPeriodTable
  audit_event: AuditEventTable
  urging_rules: UrgingRulesTable
  urging_preference: UrgingPreferenceTable
  public_holidays: PublicHolidaysTable
  urging_channel: UrgingChannelTable
  reminder_message: ReminderMessageTable
  reminder: ReminderTable
  reminder_delivery: ReminderDeliveryTable
  urging_run: UrgingRunTable
}
