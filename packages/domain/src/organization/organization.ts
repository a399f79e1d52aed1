import type { IsoDate } from '../calendar/iso-date.js'
import type { OrganizationId, TenantId } from '../ids.js'
import type { OrganizationKind } from './organization-kind.js'
import type { OrganizationLevel } from './organization-level.js'

/**
 * A body that issues or carries out directives: a party committee, a people's committee, a
 * department, a union of associations, a member association…
 */
export interface Organization {
  readonly id: OrganizationId
  readonly tenantId: TenantId
  /** Natural key within the tenant, upper case (e.g. `BTV-TU`, `LHH-KHKT`). */
  readonly code: string
  /** Full name, NFC (e.g. `Ban Thường vụ Tỉnh ủy`). */
  readonly name: string
  /** Short name, if the body is commonly called by one (e.g. `LHH`). */
  readonly shortName: string | null
  readonly kind: OrganizationKind
  readonly level: OrganizationLevel
  /** The body above it in the administrative tree; `null` at a root. */
  readonly parentId: OrganizationId | null
  /** The day the body was founded, where known. */
  readonly foundedOn: IsoDate | null
  /** The day the body was dissolved or merged away; `null` while it exists. */
  readonly dissolvedOn: IsoDate | null
  /** The body that took over its work on dissolution (the first, when several did). */
  readonly successorId: OrganizationId | null
  /**
   * Every body that took over part of its work, `successorId` first: a district's work split
   * among communes. Absent, or `[successorId]`, when one body (or none) took over.
   */
  readonly successorIds?: readonly OrganizationId[]
  /** For elected bodies, the party term (khóa) as a number: 13 for khóa XIII. */
  readonly partyTerm: number | null
  /** Optimistic-concurrency version: starts at 1, grows by one with each change. */
  readonly version: number
}

/** The fields a caller gives to create an organisation, before validation. */
export interface OrganizationInput {
  readonly code: string
  readonly name: string
  readonly shortName?: string | null
  readonly kind: string
  readonly level: string
  /** Code of the parent organisation, if any. */
  readonly parentCode?: string | null
  readonly foundedOn?: string | null
  readonly partyTerm?: number | null
}

/** A validated organisation, ready to be stored. Its parent is named by code. */
export interface NewOrganization {
  readonly code: string
  readonly name: string
  readonly shortName: string | null
  readonly kind: OrganizationKind
  readonly level: OrganizationLevel
  readonly parentCode: string | null
  readonly foundedOn: IsoDate | null
  readonly partyTerm: number | null
}
