import type { OrganizationId } from '@chidao/domain'
import type { StoredUrgingPreferences, UrgingReader } from '../ports/urging-store.js'
import type { UseCaseErrorOf } from '../use-case/use-case.js'
import { defineBatchedRead } from '../use-case/use-case.js'

/** The organisations whose preferences are read, in the order wanted. */
export interface UrgingPreferencesInput {
  readonly organizationIds: readonly OrganizationId[]
}

/** The ports {@link urgingPreferences} calls. */
export interface UrgingPreferencesPorts {
  readonly urging: Pick<UrgingReader, 'preferences'>
}

/**
 * How each organisation asked for receives reminders, in the order asked; the defaults at
 * version 0 for one that has said nothing. Anyone of the tenant may read them.
 *
 * @example
 * ```ts
 * const result = await urgingPreferences(context, { organizationIds: [id] })
 * if (result.ok) result.value[0]?.preferences.digest // false
 * ```
 */
export const urgingPreferences = defineBatchedRead(
  'urgingPreferences',
  (
    ports: UrgingPreferencesPorts,
    input: UrgingPreferencesInput,
  ): Promise<StoredUrgingPreferences[]> => ports.urging.preferences(input.organizationIds),
)

/** What {@link urgingPreferences} may fail with: nothing. */
export const URGING_PREFERENCES_ERRORS = urgingPreferences.errors

/** A code {@link urgingPreferences} may fail with. */
export type UrgingPreferencesError = UseCaseErrorOf<typeof urgingPreferences>
