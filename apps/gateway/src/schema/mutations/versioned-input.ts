import type { InputFieldBuilder } from '@pothos/core'
import type { GatewayTypes } from '../../builder.js'

/**
 * The fields naming the record a change applies to and the version it was read at, shared by
 * the inputs of the changes that refuse a stale version (UpdateOrganizationInput,
 * DissolveOrganizationInput, the task lifecycle's inputs): each places them first among its own.
 *
 * @example
 * ```ts
 * fields: (t) => ({ ...versionedRecordFields(t), on: t.field({ type: 'Date' }) })
 * ```
 */
export function versionedRecordFields(t: InputFieldBuilder<GatewayTypes, 'InputObject'>) {
  return {
    id: t.id(),
    version: t.int({ description: 'The version read; a stale one fails with CONFLICT.' }),
  }
}
