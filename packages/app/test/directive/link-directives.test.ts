import type { DirectiveId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  type LinkDirectivesInput,
  type LinkDirectivesPorts,
  linkDirectives,
  type NewDirectiveRelation,
} from '../../src/index.js'
import { failureOf } from '../support/result-of.js'
import {
  ABSENT_DIRECTIVE as ABSENT,
  ANONYMOUS_CALLER,
  caller,
  contextOf,
  directive,
  directiveFinder,
  never,
  organizationReader,
  PROGRAMME,
  SECRET_NOTICE as SECRET,
  SKHCN,
} from '../support/use-case-fixtures.js'

const PLAN = directive(2, '12/KH-SKHCN', SKHCN)

/** The documents a PUBLIC caller sees: the secret one is hidden, as the store hides it. */
function ports(link: LinkDirectivesPorts['directives']['link']): LinkDirectivesPorts {
  return {
    organizations: organizationReader(),
    directives: { findById: directiveFinder(PROGRAMME, PLAN), link },
  }
}

const implementsOf = (sourceId: DirectiveId | null, targetId: DirectiveId | null) =>
  ({ sourceId, targetId, type: 'IMPLEMENTS', effectiveOn: '2025-09-15' }) as LinkDirectivesInput

describe('linkDirectives', () => {
  it('answers an end it cannot see as absent, source first, before the policy', async () => {
    const refusing = ports(never('directives.link'))
    const cases: [DirectiveId | null, DirectiveId | null, string][] = [
      [null, null, 'sourceId'],
      [ABSENT, null, 'sourceId'],
      [SECRET.id, PLAN.id, 'sourceId'],
      [PROGRAMME.id, SECRET.id, 'targetId'],
      [PROGRAMME.id, null, 'targetId'],
    ]
    for (const [source, target, field] of cases) {
      const result = await linkDirectives(
        contextOf(refusing, ANONYMOUS_CALLER),
        implementsOf(source, target),
      )
      expect(failureOf(result)).toEqual(['DIRECTIVE_NOT_FOUND', [field]])
    }
  })

  it('lets an EDITOR state relations only of sources its subtree issued', async () => {
    const result = await linkDirectives(
      contextOf(ports(never('directives.link')), caller('EDITOR', 'TU')),
      implementsOf(PLAN.id, PROGRAMME.id),
    )
    expect(failureOf(result)).toEqual(['FORBIDDEN', ['sourceId']])
  })

  it('checks the relation, then stores it', async () => {
    const stored: NewDirectiveRelation[] = []
    const writing = ports(async (relation) => {
      stored.push(relation)
      return { ok: true, value: relation }
    })
    const editor = contextOf(writing, caller('EDITOR', 'TU'))
    const self = await linkDirectives(editor, implementsOf(PROGRAMME.id, PROGRAMME.id))
    expect(failureOf(self)).toEqual(['SELF_RELATION', ['targetId']])
    const linked = await linkDirectives(editor, implementsOf(PROGRAMME.id, PLAN.id))
    expect(linked.ok && linked.value.relation.type).toBe('IMPLEMENTS')
    expect(stored).toEqual([
      { sourceId: PROGRAMME.id, targetId: PLAN.id, type: 'IMPLEMENTS', effectiveOn: '2025-09-15' },
    ])
  })
})
