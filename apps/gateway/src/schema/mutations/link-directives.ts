import { linkDirectives } from '@chidao/app'
import type { DirectiveId, DirectiveRelation } from '@chidao/domain'
import { scopeFor } from '../../auth/policy-gate.js'
import { typedRefusal } from '../../auth/typed-refusal.js'
import { builder } from '../../builder.js'
import { localIdOf } from '../support/global-id.js'
import { resultOf, useCaseContext } from '../support/use-case-call.js'
import { DirectiveRelationRef, DirectiveRelationTypeEnum } from '../types/directive.js'
import { WRITE_ERRORS } from './mutation-support.js'

const LinkDirectivesInput = builder.inputType('LinkDirectivesInput', {
  description: 'source TYPE target: e.g. a provincial programme IMPLEMENTS 93-KL/TW.',
  fields: (t) => ({
    sourceId: t.id(),
    targetId: t.id(),
    type: t.field({ type: DirectiveRelationTypeEnum }),
    effectiveOn: t.field({ type: 'Date' }),
  }),
})

const LinkDirectivesPayload = builder
  .objectRef<{ relation: DirectiveRelation }>('LinkDirectivesPayload')
  .implement({
    fields: (t) => ({ relation: t.expose('relation', { type: DirectiveRelationRef }) }),
  })

builder.mutationFields((t) => ({
  linkDirectives: t.field({
    description:
      'Relates two documents; the relation is a statement of the source, so EDITOR links sources ' +
      'its subtree issued (ADMIN any). The relation graph stays acyclic: a link that would close a cycle ' +
      'fails with CYCLE_IN_RELATIONS.',
    type: LinkDirectivesPayload,
    authScopes: scopeFor('directive.link'),
    unauthorizedResolver: typedRefusal,
    errors: {
      types: [...WRITE_ERRORS],
      directResult: true,
      union: { name: 'LinkDirectivesResult' },
    },
    args: { input: t.arg({ type: LinkDirectivesInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      resultOf(
        await linkDirectives(useCaseContext(context), {
          // An id naming no directive is passed as null: the use case answers it as an absent
          // one, in the order it looks the ends up.
          sourceId: localIdOf(String(input.sourceId), 'Directive') as DirectiveId | null,
          targetId: localIdOf(String(input.targetId), 'Directive') as DirectiveId | null,
          type: input.type,
          effectiveOn: input.effectiveOn,
        }),
      ),
  }),
}))
