import type { Directive, DirectiveId, DirectiveRelation } from '@chidao/domain'
import type {
  DirectiveChainStep,
  DirectiveNeighbourhood,
  DirectiveReader,
  NeighbourhoodRequest,
} from '../ports/directive-store.js'
import { defineBatchedRead } from '../use-case/use-case.js'

/**
 * Batched reads of documents for the API's loaders, at the caller's clearance: a document above
 * it is answered as absent. Each is one statement. None fails.
 */

/** The ports the document loaders call. */
export interface LoadDirectivesPorts {
  readonly directives: Pick<
    DirectiveReader,
    | 'findByIds'
    | 'relationsOf'
    | 'implementationChain'
    | 'implementedBy'
    | 'implementationNeighbourhood'
  >
}

/**
 * Documents by id, in the order asked, `null` where the caller sees none.
 *
 * @example
 * ```ts
 * const result = await loadDirectivesByIds(context, { ids })
 * ```
 */
export const loadDirectivesByIds = defineBatchedRead(
  'loadDirectivesByIds',
  (
    ports: LoadDirectivesPorts,
    input: { readonly ids: readonly DirectiveId[] },
  ): Promise<readonly (Directive | null)[]> => ports.directives.findByIds(input.ids),
)

/**
 * The relations leaving and entering each document, `[]` (absent) where none.
 *
 * @example
 * ```ts
 * const result = await loadDirectiveRelations(context, { ids: [id] })
 * if (result.ok) result.value.get(id) ?? []
 * ```
 */
export const loadDirectiveRelations = defineBatchedRead(
  'loadDirectiveRelations',
  (
    ports: LoadDirectivesPorts,
    input: { readonly ids: readonly DirectiveId[] },
  ): Promise<ReadonlyMap<DirectiveId, readonly DirectiveRelation[]>> =>
    ports.directives.relationsOf(input.ids),
)

/**
 * What a document implements or continues, up to the root, nearest first.
 *
 * @example
 * ```ts
 * const result = await loadImplementationChain(context, { id })
 * ```
 */
export const loadImplementationChain = defineBatchedRead(
  'loadImplementationChain',
  (
    ports: LoadDirectivesPorts,
    input: { readonly id: DirectiveId },
  ): Promise<readonly DirectiveChainStep[]> => ports.directives.implementationChain(input.id),
)

/**
 * Every document implementing or continuing one, directly or not, nearest first, each with its
 * depth and the relation followed to reach it.
 *
 * @example
 * ```ts
 * const result = await loadImplementingDirectives(context, { id })
 * ```
 */
export const loadImplementingDirectives = defineBatchedRead(
  'loadImplementingDirectives',
  (
    ports: LoadDirectivesPorts,
    input: { readonly id: DirectiveId },
  ): Promise<readonly DirectiveChainStep[]> => ports.directives.implementedBy(input.id),
)

/**
 * A document's implementation chain, the documents implementing it and the number of tasks of
 * each (and of the document), as much as asked, in one statement: what a question asking for
 * the chain both ways with task totals (the benchmarks' q3) reads.
 *
 * @example
 * ```ts
 * const result = await loadImplementationNeighbourhood(context, {
 *   id,
 *   wanted: { chain: true, implementedBy: true, taskCounts: true },
 * })
 * ```
 */
export const loadImplementationNeighbourhood = defineBatchedRead(
  'loadImplementationNeighbourhood',
  (
    ports: LoadDirectivesPorts,
    input: { readonly id: DirectiveId; readonly wanted: NeighbourhoodRequest },
  ): Promise<DirectiveNeighbourhood> =>
    ports.directives.implementationNeighbourhood(input.id, input.wanted),
)
