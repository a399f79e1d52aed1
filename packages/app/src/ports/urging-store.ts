import type {
  DomainError,
  OrganizationId,
  PublicHoliday,
  Result,
  UrgingPreferences,
  UrgingRules,
} from '@chidao/domain'
import type { ChangeContext } from './change-context.js'

/**
 * A tenant's urging rules at a version: version 0 means the tenant has set none and the
 * defaults apply.
 */
export interface StoredUrgingRules {
  readonly rules: UrgingRules
  readonly version: number
}

/**
 * An organisation's urging preferences at a version: version 0 means it has said nothing and
 * the defaults apply.
 */
export interface StoredUrgingPreferences {
  readonly organizationId: OrganizationId
  readonly preferences: UrgingPreferences
  readonly version: number
}

/**
 * The public holidays of one year as a tenant keeps them: its own list (`own`, at `version`),
 * or else the shipped one (`own` false, version 0).
 */
export interface StoredPublicHolidays {
  readonly year: number
  readonly holidays: readonly PublicHoliday[]
  readonly own: boolean
  readonly version: number
}

/** Reads how a tenant urges (đôn đốc). */
export interface UrgingReader {
  /** The tenant's rules, or the defaults at version 0. */
  rules(): Promise<StoredUrgingRules>
  /** The preferences of each organisation asked for, the defaults at version 0 where none are set. */
  preferences(organizationIds: readonly OrganizationId[]): Promise<StoredUrgingPreferences[]>
  /** The public holidays of a year: the tenant's, or the shipped list. */
  publicHolidays(year: number): Promise<StoredPublicHolidays>
}

/**
 * Changes how a tenant urges. Each write is at the version read (0: never set), fails with
 * `CONFLICT` when someone changed it since, and is audited.
 */
export interface UrgingWriter {
  setRules(
    rules: UrgingRules,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<StoredUrgingRules, DomainError>>
  /** `ORGANIZATION_NOT_FOUND` when the organisation is not the tenant's. */
  setPreferences(
    organizationId: OrganizationId,
    preferences: UrgingPreferences,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<StoredUrgingPreferences, DomainError>>
  /** Replaces a year's list; an empty list goes back to the shipped one. */
  setPublicHolidays(
    year: number,
    holidays: readonly PublicHoliday[],
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<StoredPublicHolidays, DomainError>>
}

/** How a tenant urges, read and changed. */
export interface UrgingStore extends UrgingReader, UrgingWriter {}
