import type { Directive, DirectiveId, DirectiveRelation } from '@chidao/domain'
import type { DirectiveChainStep, DirectiveReader } from '../ports/directive-store.js'
import { defineUseCase, type UseCaseContext } from '../use-case/use-case.js'

/**
 * Batched reads of documents for the API's loaders, at the caller's clearance: a document above
 * it is answered as absent. Each is one statement. None fails.
 */

/** The ports the document loaders call. */
export interface LoadDirectivesPorts {
  readonly directives: Pick<
    DirectiveReader,
    'findByIds' | 'relationsOf' | 'implementationChain' | 'implementedBy'
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
export const loadDirectivesByIds = defineUseCase({
  name: 'loadDirectivesByIds',
  errors: [],
  run: (
    context: UseCaseContext<LoadDirectivesPorts>,
    input: { readonly ids: readonly DirectiveId[] },
  ): Promise<readonly (Directive | null)[]> => context.ports.directives.findByIds(input.ids),
})

/**
 * The relations leaving and entering each document, `[]` (absent) where none.
 *
 * @example
 * ```ts
 * const result = await loadDirectiveRelations(context, { ids: [id] })
 * if (result.ok) result.value.get(id) ?? []
 * ```
 */
export const loadDirectiveRelations = defineUseCase({
  name: 'loadDirectiveRelations',
  errors: [],
  run: (
    context: UseCaseContext<LoadDirectivesPorts>,
    input: { readonly ids: readonly DirectiveId[] },
  ): Promise<ReadonlyMap<DirectiveId, readonly DirectiveRelation[]>> =>
    context.ports.directives.relationsOf(input.ids),
})

/**
 * What a document implements or continues, up to the root, nearest first.
 *
 * @example
 * ```ts
 * const result = await loadImplementationChain(context, { id })
 * ```
 */
export const loadImplementationChain = defineUseCase({
  name: 'loadImplementationChain',
  errors: [],
  run: (
    context: UseCaseContext<LoadDirectivesPorts>,
    input: { readonly id: DirectiveId },
  ): Promise<readonly DirectiveChainStep[]> =>
    context.ports.directives.implementationChain(input.id),
})

/**
 * Every document implementing or continuing one, directly or not, nearest first, each with its
 * depth and the relation followed to reach it.
 *
 * @example
 * ```ts
 * const result = await loadImplementingDirectives(context, { id })
 * ```
 */
export const loadImplementingDirectives = defineUseCase({
  name: 'loadImplementingDirectives',
  errors: [],
  run: (
    context: UseCaseContext<LoadDirectivesPorts>,
    input: { readonly id: DirectiveId },
  ): Promise<readonly DirectiveChainStep[]> => context.ports.directives.implementedBy(input.id),
})
