import { type DirectiveId, type DirectiveRelation, validateDirectiveRelation } from '@chidao/domain'
import { enforceInTree } from '../organization/enforce-for-organization.js'
import { mayLinkDirectives } from '../policy/policy.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { changeOf, defineUseCase, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'
import { DIRECTIVE_RELATION_VALIDATION_ERRORS } from './directive-errors.js'
import { namedDirectiveOf } from './directive-facts.js'
import type { DirectiveWritePorts } from './directive-write-ports.js'

/**
 * A relation to state: `source TYPE target`, e.g. a provincial programme IMPLEMENTS 93-KL/TW.
 * An end given as `null` named no directive at all (an id that is malformed or of another kind
 * of record): it is answered as an absent one, in its turn.
 */
export interface LinkDirectivesInput {
  readonly sourceId: DirectiveId | null
  readonly targetId: DirectiveId | null
  /** A `DirectiveRelationType`. */
  readonly type: string
  readonly effectiveOn: string
}

/** The relation as stored. */
export interface LinkDirectivesOutput {
  readonly relation: DirectiveRelation
}

/** The ports {@link linkDirectives} calls. */
export type LinkDirectivesPorts = DirectiveWritePorts<'link'>

/**
 * Relates two documents. Both ends are looked up at the caller's clearance first, the source
 * then the target: a hidden document is answered exactly as an absent one, before the policy
 * or the relation is considered. The relation is a statement of its source, so the policy
 * (`directive.link`) lets an EDITOR link sources its subtree issued, an ADMIN any. The graph
 * stays acyclic: a link that would close a cycle fails with `CYCLE_IN_RELATIONS`.
 *
 * @example
 * ```ts
 * const result = await linkDirectives(context, {
 *   sourceId: programme, targetId: kl93, type: 'IMPLEMENTS', effectiveOn: '2025-09-15',
 * })
 * ```
 */
export const linkDirectives = defineUseCase({
  name: 'linkDirectives',
  errors: [
    ...REFUSAL_CODES,
    'DIRECTIVE_NOT_FOUND',
    ...DIRECTIVE_RELATION_VALIDATION_ERRORS,
    'DUPLICATE_RELATION',
    'CYCLE_IN_RELATIONS',
  ],
  async run(
    context: UseCaseContext<LinkDirectivesPorts>,
    input: LinkDirectivesInput,
  ): Promise<LinkDirectivesOutput> {
    const { ports } = context
    const source = await namedDirectiveOf(ports, input.sourceId, 'sourceId')
    const target = await namedDirectiveOf(ports, input.targetId, 'targetId')
    await enforceInTree(context, mayLinkDirectives, source.facts)
    const relation = orAbort(
      validateDirectiveRelation({
        sourceId: source.id,
        targetId: target.id,
        type: input.type,
        effectiveOn: input.effectiveOn,
      }),
    )
    const created = orAbort(
      await ports.directives.link(
        {
          sourceId: relation.sourceId,
          targetId: relation.targetId,
          type: relation.type,
          effectiveOn: relation.effectiveOn,
        },
        changeOf(context),
      ),
    )
    return { relation: created }
  },
})

/** What {@link linkDirectives} may fail with. */
export const LINK_DIRECTIVES_ERRORS = linkDirectives.errors

/** A code {@link linkDirectives} may fail with. */
export type LinkDirectivesError = UseCaseErrorOf<typeof linkDirectives>
