import { type DirectiveFacts, mayLinkDirectives } from '@chidao/app'
import { type DirectiveId, type DirectiveRelation, validateDirectiveRelation } from '@chidao/domain'
import { enforce, organizationTree, scopeFor } from '../../auth/policy-gate.js'
import { typedRefusal } from '../../auth/typed-refusal.js'
import { builder } from '../../builder.js'
import { unwrap } from '../support/error.js'
import { localIdOf } from '../support/global-id.js'
import { DirectiveRelationRef, DirectiveRelationTypeEnum } from '../types/directive.js'
import { WRITE_ERRORS } from './mutation-support.js'
import { directiveFactsOf, directiveNotFound } from './task-access.js'

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
    resolve: async (_root, { input }, context) => {
      // Both ends are looked up under the caller's clearance: a hidden document is answered
      // exactly as an absent one, before the policy or the relation is considered.
      const ends: { id: DirectiveId; facts: DirectiveFacts }[] = []
      for (const field of ['sourceId', 'targetId'] as const) {
        const id = localIdOf(String(input[field]), 'Directive')
        const facts = id === null ? null : await directiveFactsOf(context, id)
        if (id === null || facts === null) throw directiveNotFound([field])
        ends.push({ id: id as DirectiveId, facts })
      }
      const [source, target] = ends
      enforce(await mayLinkDirectives(context.viewer, source!.facts, organizationTree(context)))
      const relation = unwrap(
        validateDirectiveRelation({
          sourceId: source!.id,
          targetId: target!.id,
          type: input.type,
          effectiveOn: input.effectiveOn,
        }),
      )
      const created = unwrap(
        await context.tenant.directives.link(
          {
            sourceId: relation.sourceId as DirectiveId,
            targetId: relation.targetId as DirectiveId,
            type: relation.type,
            effectiveOn: relation.effectiveOn,
          },
          {
            actor: context.viewer.actor,
            actorOrganization: context.viewer.organizationCode,
            requestId: context.requestId,
          },
        ),
      )
      return { relation: created }
    },
  }),
}))
