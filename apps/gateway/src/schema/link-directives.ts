import {
  type DirectiveId,
  type DirectiveRelation,
  domainError,
  validateDirectiveRelation,
} from '@chidao/domain'
import { typedRefusal } from '../auth/typed-refusal.js'
import { builder } from '../builder.js'
import { DirectiveRelationRef, DirectiveRelationTypeEnum } from './directive.js'
import { NotFoundFailure, unwrap } from './error.js'
import { localIdOf } from './global-id.js'
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
      'Relates two documents. The relation graph stays acyclic: a link that would close a cycle ' +
      'fails with CYCLE_IN_RELATIONS.',
    type: LinkDirectivesPayload,
    authScopes: { editor: true },
    unauthorizedResolver: typedRefusal,
    errors: {
      types: [...WRITE_ERRORS],
      directResult: true,
      union: { name: 'LinkDirectivesResult' },
    },
    args: { input: t.arg({ type: LinkDirectivesInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const sourceId = localIdOf(String(input.sourceId), 'Directive')
      const targetId = localIdOf(String(input.targetId), 'Directive')
      for (const [field, id] of [
        ['sourceId', sourceId],
        ['targetId', targetId],
      ] as const) {
        if (id === null) {
          throw new NotFoundFailure(
            domainError(
              'DIRECTIVE_NOT_FOUND',
              { en: 'No such directive', vi: 'Không tìm thấy văn bản' },
              [field],
            ),
          )
        }
      }
      const relation = unwrap(
        validateDirectiveRelation({
          sourceId: sourceId!,
          targetId: targetId!,
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
