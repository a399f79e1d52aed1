import { buildDirectiveGraph } from '../../directive/directive-graph.js'
import {
  type DirectiveRelation,
  type DirectiveRelationInput,
  type DirectiveRelationType,
  validateDirectiveRelation,
} from '../../directive/directive-relation.js'
import { withPathPrefix } from '../../domain-error.js'
import type { DirectiveId } from '../../ids.js'
import type { BundleRelation, BundleRelationInput } from '../bundle.js'
import type { BundleReader } from '../bundle-reader.js'
import { type FieldRenames, fieldsOf } from './bundle-fields.js'
import type { BundleReferences } from './bundle-references.js'
import type { SectionContext } from './section-context.js'
import { renameError, sectionRecords } from './section-support.js'

/** The fields of a relation between two directives ("06-CTr/TU IMPLEMENTS 93-KL/TW"). */
export const RELATION_FIELDS = fieldsOf<BundleRelationInput>({
  from: 'required',
  to: 'required',
  type: 'required',
  effectiveOn: 'required',
})

const INPUT_RENAMES = {
  sourceId: ['from'],
  targetId: ['to'],
} as const satisfies FieldRenames<DirectiveRelationInput, BundleRelationInput>

interface GraphEntry {
  readonly relation: DirectiveRelation
  /** The relation's place in the bundle. */
  readonly index: number
}

/**
 * Reads the relations of a bundle: each one ({@link validateDirectiveRelation}), then the graph
 * of the sound ones, reporting every duplicate and cycle (`DUPLICATE_RELATION`,
 * `CYCLE_IN_RELATIONS`). Gives each relation normalised, or `undefined` for one with errors.
 *
 * @example
 * ```ts
 * const relations = parseRelations(context, readSection(reader, root, 'relations'))
 * ```
 */
export function parseRelations(
  { reader, standIns, references }: SectionContext,
  inputs: readonly unknown[],
): readonly (BundleRelation | undefined)[] {
  const relations: (BundleRelation | undefined)[] = []
  const graphInput: GraphEntry[] = []
  for (const { index, path, record } of sectionRecords(
    reader,
    'relations',
    inputs,
    RELATION_FIELDS,
  )) {
    if (record === undefined) {
      relations.push(undefined)
      continue
    }
    const from = references.directive(record.from, [...path, 'from'])
    const to = references.directive(record.to, [...path, 'to'])
    const type = reader.field(record, 'type', path, 'string')
    const effectiveOn = reader.field(record, 'effectiveOn', path, 'date')
    const checked = validateDirectiveRelation({
      sourceId: from ?? standIns.fresh(),
      targetId: to ?? standIns.fresh(),
      type: type ?? 'CITES',
      effectiveOn: effectiveOn ?? '2000-01-01',
    })
    if (!checked.ok) {
      reader.addUnlessCovered(withPathPrefix(renameError(checked.error, INPUT_RENAMES), path))
    }
    if (checked.ok && from !== undefined && to !== undefined && type !== undefined && effectiveOn) {
      relations.push(
        Object.freeze({
          from: references.directiveRef(from),
          to: references.directiveRef(to),
          type: type as DirectiveRelationType,
          effectiveOn,
        }),
      )
      graphInput.push({ relation: checked.value, index })
    } else relations.push(undefined)
  }
  checkGraph(reader, references, graphInput)
  return relations
}

// The graph reports one duplicate or cycle at a time: take the blamed relation out and look
// again, so every one is reported.
function checkGraph(
  reader: BundleReader,
  references: BundleReferences,
  graphInput: GraphEntry[],
): void {
  const describe = (id: DirectiveId) => references.directiveRef(id)
  for (let round = 0; round <= graphInput.length; round++) {
    const built = buildDirectiveGraph(
      graphInput.map((g) => g.relation),
      { describe },
    )
    if (built.ok) break
    const [at, ...rest] = built.error.path
    const entry = graphInput[at as number]
    if (entry === undefined) break
    reader.addUnlessCovered(
      withPathPrefix(renameError({ ...built.error, path: rest }, INPUT_RENAMES), [
        'relations',
        entry.index,
      ]),
    )
    graphInput.splice(at as number, 1)
  }
}
