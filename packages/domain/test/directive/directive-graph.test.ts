import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDirectiveRelation,
  buildDirectiveGraph,
  DirectiveGraph,
  implementationChain,
  implementedBy,
} from '../../src/directive/directive-graph.js'
import {
  DIRECTIVE_RELATION_INVERSE_LABELS,
  DIRECTIVE_RELATION_TYPE_LABELS,
  DIRECTIVE_RELATION_TYPES,
  type DirectiveRelation,
  type DirectiveRelationType,
  validateDirectiveRelation,
} from '../../src/directive/directive-relation.js'
import type { DirectiveId } from '../../src/ids.js'

const id = (s: string | number) => String(s) as DirectiveId
const ct42 = id('ct42')
const kl93 = id('kl93')
const ctr = id('ctr-tu')
const kh = id('kh-hu')
const symbols = new Map([
  [ct42, '42-CT/TW'],
  [kl93, '93-KL/TW'],
  [ctr, '51-CTr/TU'],
  [kh, '128-KH/HU'],
])
const describeId = (d: DirectiveId) => symbols.get(d) ?? d

function rel(
  sourceId: DirectiveId,
  targetId: DirectiveId,
  type: DirectiveRelationType = 'IMPLEMENTS',
  effectiveOn = '2021-01-01',
): DirectiveRelation {
  return { sourceId, targetId, type, effectiveOn }
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`unexpected error ${JSON.stringify(r.error)}`)
  return r.value
}

const seedChain = [
  rel(kl93, ct42, 'CONTINUES', '2020-11-20'),
  rel(ctr, kl93, 'IMPLEMENTS', '2021-03-01'),
  rel(kh, ctr, 'IMPLEMENTS', '2021-05-14'),
  rel(kh, ct42, 'CITES', '2021-05-14'),
]

describe('directive relations', () => {
  it('labels every type both ways', () => {
    expect(DIRECTIVE_RELATION_TYPE_LABELS.CONTINUES.vi).toBe('tiếp tục thực hiện')
    expect(DIRECTIVE_RELATION_TYPE_LABELS.REPEALS.vi).toBe('bãi bỏ')
    expect(DIRECTIVE_RELATION_INVERSE_LABELS.IMPLEMENTS.en).toBe('implemented by')
    expect(Object.keys(DIRECTIVE_RELATION_TYPE_LABELS)).toEqual([...DIRECTIVE_RELATION_TYPES])
  })

  it('validates one relation with field paths', () => {
    const valid = { sourceId: 'a', targetId: 'b', type: 'AMENDS', effectiveOn: '2021-01-01' }
    const good = validateDirectiveRelation(valid)
    expect(good.ok && Object.isFrozen(good.value)).toBe(true)
    // Each case changes one field of the valid relation.
    const cases = [
      [{ targetId: 'a' }, 'SELF_RELATION', 'targetId'],
      [{ type: 'LIKES' }, 'INVALID_DIRECTIVE_RELATION_TYPE', 'type'],
      [{ effectiveOn: '2021-02-30' }, 'INVALID_DATE', 'effectiveOn'],
      [{ sourceId: ' ' }, 'REQUIRED', 'sourceId'],
    ] as const
    for (const [change, code, field] of cases) {
      const r = validateDirectiveRelation({ ...valid, ...change })
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe(code)
        expect(r.error.path).toEqual([field])
        expect(r.error.messageVi.length).toBeGreaterThan(0)
      }
    }
  })
})

describe('directive graph', () => {
  const graph = unwrap(buildDirectiveGraph(seedChain))

  it('walks the implementation chain from the directive to the root', () => {
    expect(implementationChain(graph, kh).map((s) => [s.depth, s.id, s.relation.type])).toEqual([
      [1, ctr, 'IMPLEMENTS'],
      [2, kl93, 'IMPLEMENTS'],
      [3, ct42, 'CONTINUES'],
    ])
    expect(implementationChain(graph, ct42)).toEqual([])
    expect(implementationChain(graph, id('unknown'))).toEqual([])
  })

  it('lists what implements a directive, with depth, ignoring citations', () => {
    expect(implementedBy(graph, ct42).map((s) => [s.depth, s.id])).toEqual([
      [1, kl93],
      [2, ctr],
      [3, kh],
    ])
    expect(implementedBy(graph, kh)).toEqual([])
  })

  it('chooses deterministically when a directive implements two', () => {
    const a = id('a')
    const b = id('b')
    const c = id('c')
    const relations = [
      rel(a, c, 'CONTINUES', '2020-01-01'),
      rel(a, b, 'IMPLEMENTS', '2021-01-01'),
      rel(a, id('d'), 'IMPLEMENTS', '2021-01-01'),
    ]
    const forward = unwrap(buildDirectiveGraph(relations))
    const backward = unwrap(buildDirectiveGraph([...relations].reverse()))
    let incremental = DirectiveGraph.empty()
    for (const r of relations) incremental = unwrap(addDirectiveRelation(incremental, r))
    for (const g of [forward, backward, incremental]) {
      expect(implementationChain(g, a).map((s) => s.id)).toEqual([b])
    }
  })

  it('refuses self relations, duplicates and cycles with typed errors', () => {
    const self = addDirectiveRelation(graph, rel(kh, kh, 'CITES'))
    expect(!self.ok && self.error.code).toBe('SELF_RELATION')

    const dup = addDirectiveRelation(graph, rel(kh, ctr, 'IMPLEMENTS', '2022-01-01'))
    expect(!dup.ok && dup.error.code).toBe('DUPLICATE_RELATION')
    // Same pair, another type, is a different relation.
    expect(addDirectiveRelation(graph, rel(kh, ctr, 'CITES')).ok).toBe(true)

    const cycle = addDirectiveRelation(graph, rel(ct42, kh, 'CITES'), { describe: describeId })
    expect(cycle.ok).toBe(false)
    if (!cycle.ok) {
      expect(cycle.error.code).toBe('CYCLE_IN_RELATIONS')
      expect(cycle.error.path).toEqual(['targetId'])
      expect(cycle.error.value).toEqual([ct42, kh, ct42])
      expect(cycle.error.message).toContain('42-CT/TW → 128-KH/HU → 42-CT/TW')
      expect(cycle.error.messageVi).toContain('vòng lặp')
    }
    const longCycle = addDirectiveRelation(graph, rel(ct42, ctr, 'AMENDS'), {
      describe: describeId,
    })
    expect(!longCycle.ok && longCycle.error.value).toEqual([ct42, ctr, kl93, ct42])
  })

  it('leaves the original graph unchanged and can remove a relation', () => {
    const bigger = unwrap(addDirectiveRelation(graph, rel(id('x'), kh)))
    expect(graph.size).toBe(4)
    expect(bigger.size).toBe(5)
    expect(graph.relationsTo(kh)).toEqual([])
    expect(Object.isFrozen(graph)).toBe(true)
    const smaller = bigger.without(rel(kh, ctr))
    expect(smaller.size).toBe(4)
    expect(implementationChain(smaller, kh)).toEqual([])
    expect(bigger.without(rel(kh, id('nothing')))).toBe(bigger)
    expect(graph.directiveCount).toBe(4)
  })

  it('reports bulk errors with the index of the offending relation', () => {
    const r = buildDirectiveGraph([...seedChain, rel(ct42, kh, 'CITES')], { describe: describeId })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('CYCLE_IN_RELATIONS')
      // The last relation of the input closes the loop, and the cycle starts at its source.
      expect(r.error.path).toEqual([4])
      const cycle = r.error.value as DirectiveId[]
      expect(cycle[0]).toBe(ct42)
      expect(cycle[1]).toBe(kh)
      expect(cycle.at(-1)).toBe(ct42)
      expect(r.error.message).toContain('"42-CT/TW cites 128-KH/HU" would close a cycle')
    }
    const dup = buildDirectiveGraph([seedChain[0]!, { ...seedChain[0]! }])
    expect(!dup.ok && [dup.error.code, dup.error.path]).toEqual(['DUPLICATE_RELATION', [1]])
    const self = buildDirectiveGraph([rel(kh, kh)])
    expect(!self.ok && [self.error.code, self.error.path]).toEqual([
      'SELF_RELATION',
      [0, 'targetId'],
    ])
  })
})

const types = fc.constantFrom(...DIRECTIVE_RELATION_TYPES)
const edges = (n: number) =>
  fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), types), { maxLength: n * 3 })

function reachable(relations: DirectiveRelation[], from: DirectiveId, to: DirectiveId): boolean {
  const seen = new Set([from])
  const stack = [from]
  while (stack.length > 0) {
    const at = stack.pop()!
    if (at === to) return true
    for (const r of relations) {
      if (r.sourceId === at && !seen.has(r.targetId)) {
        seen.add(r.targetId)
        stack.push(r.targetId)
      }
    }
  }
  return false
}

describe('directive graph properties', () => {
  it('never accepts a cycle, and refuses exactly the edges that would close one', () => {
    fc.assert(
      fc.property(edges(12), (pairs) => {
        let graph = DirectiveGraph.empty()
        const accepted: DirectiveRelation[] = []
        for (const [s, t, type] of pairs) {
          const relation = rel(id(s), id(t), type)
          const r = addDirectiveRelation(graph, relation)
          const wouldCycle = s === t || reachable(accepted, id(t), id(s))
          const duplicate = accepted.some(
            (a) =>
              a.sourceId === relation.sourceId &&
              a.targetId === relation.targetId &&
              a.type === type,
          )
          expect(r.ok).toBe(!wouldCycle && !duplicate)
          if (r.ok) {
            graph = r.value
            accepted.push(relation)
          }
        }
        // What was accepted incrementally is accepted in bulk too.
        expect(buildDirectiveGraph(accepted).ok).toBe(true)
        for (const a of accepted) expect(reachable(accepted, a.targetId, a.sourceId)).toBe(false)
      }),
    )
  })

  it('bulk building refuses a graph exactly when it has a cycle', () => {
    fc.assert(
      fc.property(edges(8), (pairs) => {
        const relations = pairs
          .filter(([s, t]) => s !== t)
          .map(([s, t, type]) => rel(id(s), id(t), type))
        const unique = [
          ...new Map(relations.map((r) => [`${r.sourceId}|${r.targetId}|${r.type}`, r])).values(),
        ]
        const hasCycle = unique.some((r) => reachable(unique, r.targetId, r.sourceId))
        const built = buildDirectiveGraph(unique)
        expect(built.ok).toBe(!hasCycle)
        if (!built.ok) {
          const cycle = built.error.value as DirectiveId[]
          expect(cycle[0]).toBe(cycle.at(-1))
          const blamed = unique[built.error.path[0] as number]!
          expect([cycle[0], cycle[1]]).toEqual([blamed.sourceId, blamed.targetId])
          for (let i = 0; i + 1 < cycle.length; i++) {
            expect(unique.some((r) => r.sourceId === cycle[i] && r.targetId === cycle[i + 1])).toBe(
              true,
            )
          }
        }
      }),
    )
  })

  it('implementation chains and implementedBy are inverse', () => {
    fc.assert(
      fc.property(edges(15), (pairs) => {
        let graph = DirectiveGraph.empty()
        for (const [s, t, type] of pairs) {
          const r = addDirectiveRelation(graph, rel(id(s), id(t), type))
          if (r.ok) graph = r.value
        }
        for (let n = 0; n < 15; n++) {
          for (const step of implementationChain(graph, id(n))) {
            const below = implementedBy(graph, step.id)
            const found = below.find((b) => b.id === id(n))
            expect(found).toBeDefined()
            expect(found!.depth).toBeLessThanOrEqual(step.depth)
          }
          // implementedBy(n) is exactly what reaches n through IMPLEMENTS/CONTINUES relations.
          const below = new Set(implementedBy(graph, id(n)).map((s) => s.id))
          const carrying = [...graph.relations()].filter(
            (r) => r.type === 'IMPLEMENTS' || r.type === 'CONTINUES',
          )
          for (let m = 0; m < 15; m++) {
            expect(below.has(id(m))).toBe(m !== n && reachable(carrying, id(m), id(n)))
          }
        }
      }),
    )
  })

  it('handles a 100,000-directive chain without recursion', () => {
    const n = 100_000
    const relations: DirectiveRelation[] = []
    for (let i = 1; i < n; i++)
      relations.push(rel(id(i), id(i - 1), i % 2 ? 'IMPLEMENTS' : 'CONTINUES'))
    const graph = unwrap(buildDirectiveGraph(relations))
    const chain = implementationChain(graph, id(n - 1))
    expect(chain.length).toBe(n - 1)
    expect(chain.at(-1)!.id).toBe(id(0))
    const below = implementedBy(graph, id(0))
    expect(below.length).toBe(n - 1)
    expect(below.at(-1)!.depth).toBe(n - 1)
    const cycle = addDirectiveRelation(graph, rel(id(0), id(n - 1), 'CITES'))
    expect(!cycle.ok && (cycle.error.value as unknown[]).length).toBe(n + 1)
    const closing = buildDirectiveGraph([...relations, rel(id(0), id(n - 1), 'CITES')])
    expect(!closing.ok && closing.error.code).toBe('CYCLE_IN_RELATIONS')
  })
})
