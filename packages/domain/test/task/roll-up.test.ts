import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type RollUpNode,
  type RollUpOptions,
  rollUp,
  rollUpForest,
  rollUpProgress,
} from '../../src/task/roll-up.js'
import { TASK_STATUSES } from '../../src/task/task-status.js'

const node = (
  id: string,
  parentId: string | null,
  percent: number | null,
  status: RollUpNode['status'] = 'IN_PROGRESS',
): RollUpNode => ({ id, parentId, percent, status })

/**
 * Random forests for property tests: for each of n nodes a parent index (or none), a figure,
 * a status and a weight, and a mode. What a parent index means is the test's to say.
 */
function randomForest(size: { nodes: [number, number]; maxWeight: number }) {
  return fc.integer({ min: size.nodes[0], max: size.nodes[1] }).chain((n) => {
    const each = <T>(item: fc.Arbitrary<T>) => fc.array(item, { minLength: n, maxLength: n })
    return fc.tuple(
      each(fc.option(fc.nat(Math.max(0, n - 1)), { nil: null })),
      each(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null })),
      each(fc.constantFrom(...TASK_STATUSES)),
      each(fc.double({ min: 0, max: size.maxWeight, noNaN: true })),
      fc.constantFrom('MEAN', 'WEIGHTED', 'BY_STATUS'),
    )
  })
}

/** The roll-up options of a mode, weights by node id `n<i>` in WEIGHTED mode. */
function optionsOf(mode: RollUpOptions['mode'], weights: readonly number[]): RollUpOptions {
  return mode === 'WEIGHTED'
    ? { mode, weights: Object.fromEntries(weights.map((w, i) => [`n${i}`, w])) }
    : { mode }
}

describe('rollUpProgress', () => {
  const tree = [
    node('p', null, null),
    node('a', 'p', 40),
    node('b', 'p', null),
    node('c', 'p', 80),
    node('d', 'p', 10, 'CANCELLED'),
    node('e', 'p', null, 'COMPLETED'),
  ]
  it('treats no figure as no data, not 0, and leaves cancelled tasks out', () => {
    const r = rollUp(tree, 'p', { mode: 'MEAN' })
    expect(r.ok && r.value).toEqual({
      percent: (40 + 80 + 100) / 3,
      childrenWithData: 3,
      childrenTotal: 4,
    })
  })
  it('weights tasks', () => {
    const r = rollUp(tree, 'p', { mode: 'WEIGHTED', weights: { a: 3, c: 1, e: 0 } })
    expect(r.ok && r.value.percent).toBe((3 * 40 + 80) / 4)
    const zero = rollUp([node('p', null, null), node('a', 'p', 50)], 'p', {
      mode: 'WEIGHTED',
      weights: { a: 0 },
    })
    expect(zero.ok && zero.value).toEqual({ percent: null, childrenWithData: 1, childrenTotal: 1 })
  })
  it('counts by status, level by level', () => {
    const r = rollUp(tree, 'p', { mode: 'BY_STATUS' })
    expect(r.ok && r.value).toEqual({ percent: 25, childrenWithData: 4, childrenTotal: 4 })
    const nested = rollUp(
      [
        node('r', null, null),
        node('x', 'r', null),
        node('x1', 'x', null, 'COMPLETED'),
        node('x2', 'x', null),
        node('y', 'r', null, 'COMPLETED'),
      ],
      'r',
      { mode: 'BY_STATUS' },
    )
    expect(nested.ok && nested.value.percent).toBe(75)
  })
  it('falls back to the task’s own figure when no subtask has data', () => {
    const r = rollUp([node('p', null, 30), node('a', 'p', null)], 'p', { mode: 'MEAN' })
    expect(r.ok && r.value).toEqual({ percent: 30, childrenWithData: 0, childrenTotal: 1 })
    const leaf = rollUp([node('p', null, null)], 'p', { mode: 'MEAN' })
    expect(leaf.ok && leaf.value).toEqual({ percent: null, childrenWithData: 0, childrenTotal: 0 })
  })
  it('refuses cycles, duplicates and bad figures', () => {
    const cycle = rollUpProgress([node('a', 'b', 1), node('b', 'a', 1)], { mode: 'MEAN' })
    expect(!cycle.ok && cycle.error.code).toBe('CYCLE_IN_HIERARCHY')
    const dup = rollUpProgress([node('a', null, 1), node('a', null, 1)], { mode: 'MEAN' })
    expect(!dup.ok && dup.error).toMatchObject({ code: 'DUPLICATE_TASK', path: [1, 'id'] })
    const pct = rollUpProgress([node('a', null, 101)], { mode: 'MEAN' })
    expect(!pct.ok && pct.error.code).toBe('INVALID_PERCENT')
    const w = rollUpProgress([node('a', null, 1)], { mode: 'WEIGHTED', weights: { a: -1 } })
    expect(!w.ok && w.error.code).toBe('INVALID_WEIGHT')
    const missing = rollUp([node('a', null, 1)], 'z', { mode: 'MEAN' })
    expect(!missing.ok && missing.error.code).toBe('TASK_NOT_FOUND')
  })
  it('handles a chain 100,000 deep without overflowing the stack', () => {
    const n = 100_000
    const chain: RollUpNode[] = [node('t0', null, null)]
    for (let i = 1; i < n; i++) chain.push(node(`t${i}`, `t${i - 1}`, i === n - 1 ? 42 : null))
    const r = rollUp(chain, 't0', { mode: 'MEAN' })
    expect(r.ok && r.value).toEqual({ percent: 42, childrenWithData: 1, childrenTotal: 1 })
  })
  it('stays within bounds on random forests', () => {
    const forest = randomForest({ nodes: [1, 60], maxWeight: 1e6 })
    fc.assert(
      fc.property(forest, ([parents, percents, statuses, weights, mode]) => {
        // Parents point to lower indices only, so the forest is acyclic.
        const nodes = parents.map((p, i) =>
          node(`n${i}`, p === null || p >= i ? null : `n${p}`, percents[i]!, statuses[i]!),
        )
        const options = optionsOf(mode, weights)
        const r = rollUpProgress(nodes, options)
        expect(r.ok).toBe(true)
        if (!r.ok) return
        expect(r.value.size).toBe(nodes.length)
        for (const res of r.value.values()) {
          if (res.percent !== null) {
            expect(res.percent).toBeGreaterThanOrEqual(0)
            expect(res.percent).toBeLessThanOrEqual(100)
          }
          expect(res.childrenWithData).toBeLessThanOrEqual(res.childrenTotal)
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('rollUpForest', () => {
  it('rolls the roots up as the subtasks of one open task without a figure', () => {
    const forest = [
      node('a', null, null, 'COMPLETED'),
      node('b', null, 50),
      node('b1', 'b', 20),
      node('c', 'elsewhere', null),
      node('d', null, 90, 'CANCELLED'),
    ]
    // a 100, b from b1 20, c no data, d left out.
    expect(rollUpForest(forest, { mode: 'MEAN' })).toEqual({
      ok: true,
      value: { percent: 60, childrenWithData: 2, childrenTotal: 3 },
    })
    expect(rollUpForest([], { mode: 'MEAN' })).toEqual({
      ok: true,
      value: { percent: null, childrenWithData: 0, childrenTotal: 0 },
    })
    expect(rollUpForest([], { mode: 'BY_STATUS' })).toEqual({
      ok: true,
      value: { percent: 0, childrenWithData: 0, childrenTotal: 0 },
    })
  })

  it('reports errors with the index into the nodes given', () => {
    const r = rollUpForest([node('a', null, 10), node('b', null, 120)], { mode: 'MEAN' })
    expect(!r.ok && r.error.code).toBe('INVALID_PERCENT')
    expect(!r.ok && r.error.path).toEqual([1, 'percent'])
  })

  it('equals rollUp under an added root, on random forests and every mode', () => {
    const forest = randomForest({ nodes: [0, 40], maxWeight: 10 })
    fc.assert(
      fc.property(forest, ([parents, percents, statuses, weights, mode]) => {
        // Some parents are outside the list (index ≥ i points to no earlier node): roots too.
        const nodes = parents.map((p, i) =>
          node(
            `n${i}`,
            p === null ? null : `n${p >= i ? p + 1000 : p}`,
            percents[i]!,
            statuses[i]!,
          ),
        )
        const options = optionsOf(mode, weights)
        const ids = new Set(nodes.map((n) => n.id))
        const rooted = [
          node('root', null, null),
          ...nodes.map((n) =>
            n.parentId !== null && ids.has(n.parentId) ? n : { ...n, parentId: 'root' },
          ),
        ]
        expect(rollUpForest(nodes, options)).toEqual(rollUp(rooted, 'root', options))
      }),
      { numRuns: 500 },
    )
  })
})
