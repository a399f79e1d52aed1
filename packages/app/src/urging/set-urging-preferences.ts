import type { UrgingPreferences } from '@chidao/domain'
import {
  enforceForOrganization,
  type OrganizationRulePorts,
} from '../organization/enforce-for-organization.js'
import { maySetUrgingPreferences } from '../policy/policy.js'
import type { StoredUrgingPreferences, UrgingStore } from '../ports/urging-store.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { changeOf, defineUseCase, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'
import { type UrgedOrganizationRef, urgedOrganization } from './urging-organization.js'

/** Whose preferences, what to change (an omitted one stays), and the version read (0: never set). */
export interface SetUrgingPreferencesInput
  extends UrgedOrganizationRef,
    Partial<UrgingPreferences> {
  readonly version: number
}

/** The ports {@link setUrgingPreferences} calls. */
export interface SetUrgingPreferencesPorts extends OrganizationRulePorts {
  readonly urging: Pick<UrgingStore, 'preferences' | 'setPreferences'>
}

/**
 * Sets how an organisation receives reminders: a daily digest instead of a message each, and
 * nothing on weekends and public holidays (EDITOR of a subtree holding it, ADMIN any:
 * `urging.preferences`). Someone who changed them since they were read wins (`CONFLICT`).
 *
 * @example
 * ```ts
 * await setUrgingPreferences(context, { organizationCode: 'SO-NV', digest: true, version: 0 })
 * ```
 */
export const setUrgingPreferences = defineUseCase({
  name: 'setUrgingPreferences',
  errors: [...REFUSAL_CODES, 'VALIDATION', 'ORGANIZATION_NOT_FOUND', 'CONFLICT'],
  async run(
    context: UseCaseContext<SetUrgingPreferencesPorts>,
    input: SetUrgingPreferencesInput,
  ): Promise<StoredUrgingPreferences> {
    const { organizations, urging } = context.ports
    const organization = await urgedOrganization(organizations, input)
    await enforceForOrganization(context, maySetUrgingPreferences, organization.code)
    const [current] = await urging.preferences([organization.id])
    const preferences: UrgingPreferences = {
      digest: input.digest ?? current!.preferences.digest,
      quietOnRestDays: input.quietOnRestDays ?? current!.preferences.quietOnRestDays,
    }
    return orAbort(
      await urging.setPreferences(organization.id, preferences, input.version, changeOf(context)),
    )
  },
})

/** What {@link setUrgingPreferences} may fail with. */
export const SET_URGING_PREFERENCES_ERRORS = setUrgingPreferences.errors

/** A code {@link setUrgingPreferences} may fail with. */
export type SetUrgingPreferencesError = UseCaseErrorOf<typeof setUrgingPreferences>
