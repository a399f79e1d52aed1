import type { ColumnType, Generated } from 'kysely'

/** A column the database fills on insert and that is never written by hand afterwards. */
type CreatedAt = ColumnType<Date, never, never>

/** The `tenant` table: one row per deploying province or body. */
export interface TenantTable {
  id: string
  name: string
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

/** Every table of the chidao schema, for Kysely. */
export interface ChidaoSchema {
  tenant: TenantTable
  organization: OrganizationTable
  audit_event: AuditEventTable
}
