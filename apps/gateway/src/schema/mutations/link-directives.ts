import { linkDirectives } from '@chidao/app'
import type { DirectiveId } from '@chidao/domain'
import { localIdOf } from '../support/global-id.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import { DirectiveRelationRef, DirectiveRelationTypeEnum } from '../types/directive.js'
import { changedDirectiveField } from './changed-records.js'

writeMutation('linkDirectives', {
  description:
    'Relates two documents; the relation is a statement of the source, so EDITOR links sources ' +
    'its subtree issued (ADMIN any). The relation graph stays acyclic: a link that would close a cycle ' +
    'fails with CYCLE_IN_RELATIONS.',
  action: 'directive.link',
  input: {
    description: 'source TYPE target: e.g. a provincial programme IMPLEMENTS 93-KL/TW.',
    fields: (t) => ({
      sourceId: t.id({ description: 'The document making the statement (e.g. the plan).' }),
      targetId: t.id({ description: 'The document it is about (e.g. 93-KL/TW).' }),
      type: t.field({
        type: DirectiveRelationTypeEnum,
        description: 'How the source relates to the target.',
      }),
      effectiveOn: t.field({ type: 'Date', description: 'The day the relation takes effect.' }),
    }),
  },
  run: (input, context) =>
    linkDirectives(useCaseContext(context), {
      // An id naming no directive is passed as null: the use case answers it as an absent
      // one, in the order it looks the ends up.
      sourceId: localIdOf(String(input.sourceId), 'Directive') as DirectiveId | null,
      targetId: localIdOf(String(input.targetId), 'Directive') as DirectiveId | null,
      type: input.type,
      effectiveOn: input.effectiveOn,
    }),
  payload: {
    fields: (t) => ({
      relation: t.expose('relation', { type: DirectiveRelationRef }),
      source: changedDirectiveField(
        t,
        (p) => p.relation.sourceId,
        'The source document, its `relations` now holding the link.',
      ),
      target: changedDirectiveField(
        t,
        (p) => p.relation.targetId,
        'The target document, its `relations` and `implementedBy` now holding the link.',
      ),
    }),
  },
})
