import type { Label } from '@chidao/domain'
import type { FieldRef, ObjectFieldBuilder } from '@pothos/core'
import type { GatewayTypes } from '../../builder.js'
import { LabelRef } from './scalars.js'

/**
 * A field answering a label in Vietnamese and English (`Label`): most often an enum value's,
 * beside the field that gives the value itself.
 *
 * @example
 * ```ts
 * kindLabel: labelField(t, (d) => DIRECTIVE_KIND_LABELS[d.kind]),
 * ```
 */
export function labelField<Parent>(
  t: ObjectFieldBuilder<GatewayTypes, Parent>,
  labelOf: (parent: Parent) => Label,
  description?: string,
): FieldRef<GatewayTypes, Label, 'Object'> {
  return t.field({ type: LabelRef, description, resolve: (parent) => labelOf(parent) })
}
