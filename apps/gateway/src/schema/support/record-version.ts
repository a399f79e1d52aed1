import type { FieldRef, InputFieldBuilder, ObjectFieldBuilder } from '@pothos/core'
import type { GatewayTypes } from '../../builder.js'

/**
 * The version of a record that changes (an organisation, a task): it grows by one with each
 * change, and a change names the version it was read at, so that a stale one is refused with
 * CONFLICT instead of overwriting what someone else wrote since.
 *
 * @example
 * ```ts
 * fields: (t) => ({ code: t.exposeString('code'), version: versionField(t) })
 * ```
 */
export function versionField<Shape extends { readonly version: number }>(
  t: ObjectFieldBuilder<GatewayTypes, Shape>,
): FieldRef<GatewayTypes, number> {
  return t.int({
    description: 'Grows by one with each change; send it back with updates.',
    resolve: (record) => record.version,
  })
}

/**
 * The fields naming the record a change applies to and the version it was read at (see
 * {@link versionField}), shared by the inputs of the changes that refuse a stale version
 * (UpdateOrganizationInput, DissolveOrganizationInput, the task lifecycle's inputs): each
 * places them first among its own.
 *
 * @example
 * ```ts
 * fields: (t) => ({ ...versionedRecordFields(t), on: t.field({ type: 'Date' }) })
 * ```
 */
export function versionedRecordFields(t: InputFieldBuilder<GatewayTypes, 'InputObject'>) {
  return {
    id: t.id({ description: 'The global ID of the record to change.' }),
    version: t.int({ description: 'The version read; a stale one fails with CONFLICT.' }),
  }
}
