import type { Directive, DirectiveId, DirectiveRelation } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  loadDirectiveRelations,
  loadDirectivesByIds,
  loadImplementationChain,
  loadImplementationNeighbourhood,
  loadImplementingDirectives,
} from '../../src/directive/load-directives.js'
import type { DirectiveChainStep } from '../../src/ports/directive-store.js'
import { successOf } from '../support/result-of.js'
import { readContext, recorder } from '../support/use-case-context.js'
import { DIRECTIVE, uuid } from '../task/task-fixture.js'

const PLAN = { ...DIRECTIVE, id: uuid(11) as DirectiveId } as Directive
const RELATION = {
  sourceId: PLAN.id,
  targetId: DIRECTIVE.id,
  kind: 'IMPLEMENTS',
} as never as DirectiveRelation
const STEP: DirectiveChainStep = { directive: PLAN, depth: 1, relation: RELATION }
const NO_DIRECTIVE = uuid(96) as DirectiveId

function directivesPort() {
  return {
    findByIds: recorder(async (ids: readonly DirectiveId[]) =>
      ids.map((id) => (id === DIRECTIVE.id ? DIRECTIVE : null)),
    ),
    relationsOf: recorder(
      async (ids: readonly DirectiveId[]) => new Map(ids.map((id) => [id, [RELATION]])),
    ),
    implementationChain: recorder(async (_id: DirectiveId) => [STEP]),
    implementedBy: recorder(async (_id: DirectiveId) => [STEP]),
    implementationNeighbourhood: recorder(async (_id: DirectiveId, _wanted: unknown) => ({
      chain: [STEP],
      implementedBy: [STEP],
      taskCounts: new Map([[PLAN.id, 3]]),
    })),
  }
}

describe('the document loaders', () => {
  it('read every document of a batch in one call, unseen ones as null', async () => {
    const directives = directivesPort()
    const ids = [DIRECTIVE.id, NO_DIRECTIVE]
    expect(successOf(await loadDirectivesByIds(readContext({ directives }), { ids }))).toEqual([
      DIRECTIVE,
      null,
    ])
    expect(directives.findByIds.calls).toEqual([[ids]])
  })

  it('read relations, chains and the documents implementing one, as the port gives them', async () => {
    const directives = directivesPort()
    const context = readContext({ directives })
    const relations = successOf(await loadDirectiveRelations(context, { ids: [PLAN.id] }))
    expect(relations.get(PLAN.id)).toEqual([RELATION])
    expect(successOf(await loadImplementationChain(context, { id: PLAN.id }))).toEqual([STEP])
    expect(successOf(await loadImplementingDirectives(context, { id: DIRECTIVE.id }))).toEqual([
      STEP,
    ])
    expect(directives.relationsOf.calls).toEqual([[[PLAN.id]]])
    expect(directives.implementationChain.calls).toEqual([[PLAN.id]])
    expect(directives.implementedBy.calls).toEqual([[DIRECTIVE.id]])
  })

  it('reads the walks both ways with their task counts in one call, as the port gives them', async () => {
    const directives = directivesPort()
    const wanted = { chain: true, implementedBy: false, taskCounts: true }
    const found = successOf(
      await loadImplementationNeighbourhood(readContext({ directives }), { id: PLAN.id, wanted }),
    )
    expect(found.chain).toEqual([STEP])
    expect(found.taskCounts.get(PLAN.id)).toBe(3)
    expect(directives.implementationNeighbourhood.calls).toEqual([[PLAN.id, wanted]])
  })
})
