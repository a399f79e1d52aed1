import type { DomainError } from '../domain-error.js'
import type { DirectiveId } from '../ids.js'
import { err, ok, type Result } from '../result.js'
import {
  DIRECTIVE_RELATION_TYPES,
  type DirectiveRelation,
  type DirectiveRelationType,
} from './directive-relation.js'
import {
  cycleInRelationsError,
  duplicateRelationError,
  selfRelationError,
} from './directive-relation-errors.js'

/**
 * Options for the operations that may report an error naming directives.
 *
 * @example
 * ```ts
 * addDirectiveRelation(graph, relation, { describe: (id) => symbolTextById.get(id) ?? id })
 * ```
 */
export interface DirectiveGraphOptions {
  /**
   * Names a directive in error messages, e.g. by its symbol (`93-KL/TW`). Defaults to the id.
   */
  readonly describe?: (id: DirectiveId) => string
}

type Adjacency = ReadonlyMap<DirectiveId, readonly DirectiveRelation[]>

const EMPTY: readonly DirectiveRelation[] = Object.freeze([])
const TYPE_RANK: Readonly<Record<DirectiveRelationType, number>> = Object.freeze(
  Object.fromEntries(DIRECTIVE_RELATION_TYPES.map((type, index) => [type, index])) as Record<
    DirectiveRelationType,
    number
  >,
)

// Adjacency lists are kept sorted by (type, effective date, other end) so every traversal is
// deterministic without sorting at query time; IMPLEMENTS and CONTINUES sort first.
function compareBy(end: 'sourceId' | 'targetId') {
  return (a: DirectiveRelation, b: DirectiveRelation): number =>
    TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
    (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0) ||
    (a[end] < b[end] ? -1 : a[end] > b[end] ? 1 : 0)
}
const compareOutgoing = compareBy('targetId')
const compareIncoming = compareBy('sourceId')

function insertSorted(
  list: readonly DirectiveRelation[],
  relation: DirectiveRelation,
  compare: (a: DirectiveRelation, b: DirectiveRelation) => number,
): readonly DirectiveRelation[] {
  let index = list.length
  while (index > 0 && compare(list[index - 1]!, relation) > 0) index--
  return Object.freeze([...list.slice(0, index), relation, ...list.slice(index)])
}

function isSameRelation(a: DirectiveRelation, b: DirectiveRelation): boolean {
  return a.sourceId === b.sourceId && a.targetId === b.targetId && a.type === b.type
}

const byId = (id: DirectiveId): string => id

/**
 * The relations between directives, as an immutable directed acyclic graph: every way of
 * building or changing it refuses self-relations, duplicates (same source, target and type)
 * and cycles, whatever the relation types involved.
 *
 * Build one with {@link DirectiveGraph.empty} or {@link buildDirectiveGraph}, grow it with
 * {@link addDirectiveRelation}; each change returns a new graph and leaves the old one intact.
 *
 * @example
 * ```ts
 * const built = buildDirectiveGraph([
 *   { sourceId: kl93, targetId: ct42, type: 'CONTINUES', effectiveOn: '2020-11-20' },
 *   { sourceId: ctr51, targetId: kl93, type: 'IMPLEMENTS', effectiveOn: '2021-03-01' },
 * ])
 * if (built.ok) implementationChain(built.value, ctr51).map((s) => s.id) // [kl93, ct42]
 * ```
 */
export class DirectiveGraph {
  readonly #outgoing: Adjacency
  readonly #incoming: Adjacency
  readonly #size: number

  private constructor(outgoing: Adjacency, incoming: Adjacency, size: number) {
    this.#outgoing = outgoing
    this.#incoming = incoming
    this.#size = size
    Object.freeze(this)
  }

  /**
   * A graph with no relations.
   *
   * @example
   * ```ts
   * DirectiveGraph.empty().size // 0
   * ```
   */
  static empty(): DirectiveGraph {
    return new DirectiveGraph(new Map(), new Map(), 0)
  }

  /**
   * Builds a graph from many relations at once, in O(V + E log E): see
   * {@link buildDirectiveGraph}.
   *
   * @example
   * ```ts
   * DirectiveGraph.from([]).ok // true
   * ```
   */
  static from(
    relations: Iterable<DirectiveRelation>,
    options: DirectiveGraphOptions = {},
  ): Result<DirectiveGraph, DomainError> {
    const describe = options.describe ?? byId
    const list = [...relations]
    const outgoing = new Map<DirectiveId, DirectiveRelation[]>()
    const incoming = new Map<DirectiveId, DirectiveRelation[]>()
    const seen = new Set<string>()
    const indexOf = new Map<DirectiveRelation, number>()
    for (const [index, relation] of list.entries()) {
      if (relation.sourceId === relation.targetId) {
        return err(selfRelationError(relation.sourceId, [index, 'targetId']))
      }
      // A key no id can forge: ids never contain a NUL character.
      const key = `${relation.sourceId}\u0000${relation.targetId}\u0000${relation.type}`
      if (seen.has(key)) return err(duplicateRelationError(relation, describe, [index]))
      seen.add(key)
      const frozen = Object.isFrozen(relation) ? relation : Object.freeze({ ...relation })
      indexOf.set(frozen, index)
      push(outgoing, relation.sourceId, frozen)
      push(incoming, relation.targetId, frozen)
    }
    for (const edges of outgoing.values()) Object.freeze(edges.sort(compareOutgoing))
    for (const edges of incoming.values()) Object.freeze(edges.sort(compareIncoming))
    const cycle = findCycle(outgoing, incoming)
    if (cycle !== null) {
      // Blame the relation of the cycle that comes last in the input: it is the one that
      // closed the loop, as if the relations had been added one by one.
      let closing: DirectiveRelation | undefined
      let at = 0
      for (let i = 0; i + 1 < cycle.length; i++) {
        for (const r of outgoing.get(cycle[i]!)!) {
          if (r.targetId !== cycle[i + 1]) continue
          if (closing === undefined || indexOf.get(r)! > indexOf.get(closing)!) {
            closing = r
            at = i
          }
        }
      }
      const loop = cycle.slice(0, -1)
      const rotated = [...loop.slice(at), ...loop.slice(0, at), loop[at]!]
      return err(cycleInRelationsError(closing!, rotated, describe, [indexOf.get(closing!)!]))
    }
    return ok(new DirectiveGraph(outgoing, incoming, list.length))
  }

  /** Number of relations in the graph. */
  get size(): number {
    return this.#size
  }

  /**
   * Number of directives that take part in at least one relation.
   *
   * @example
   * ```ts
   * DirectiveGraph.empty().directiveCount // 0
   * ```
   */
  get directiveCount(): number {
    let count = this.#outgoing.size
    for (const id of this.#incoming.keys()) if (!this.#outgoing.has(id)) count++
    return count
  }

  /**
   * The relations whose source is `id` (what it implements, amends, cites…), sorted by type
   * (in the order of `DIRECTIVE_RELATION_TYPES`), then effective date, then target id.
   *
   * @example
   * ```ts
   * graph.relationsFrom(kl93) // [{ sourceId: kl93, targetId: ct42, type: 'CONTINUES', … }]
   * ```
   */
  relationsFrom(id: DirectiveId): readonly DirectiveRelation[] {
    return this.#outgoing.get(id) ?? EMPTY
  }

  /**
   * The relations whose target is `id` (what implements, amends, cites it…), sorted by type,
   * then effective date, then source id.
   *
   * @example
   * ```ts
   * graph.relationsTo(ct42) // [{ sourceId: kl93, targetId: ct42, type: 'CONTINUES', … }]
   * ```
   */
  relationsTo(id: DirectiveId): readonly DirectiveRelation[] {
    return this.#incoming.get(id) ?? EMPTY
  }

  /**
   * Every relation, grouped by source.
   *
   * @example
   * ```ts
   * [...graph.relations()].length === graph.size // true
   * ```
   */
  *relations(): IterableIterator<DirectiveRelation> {
    for (const edges of this.#outgoing.values()) yield* edges
  }

  /**
   * Adds one relation, or explains why it cannot be added: see {@link addDirectiveRelation}.
   *
   * @example
   * ```ts
   * DirectiveGraph.empty().with(relation).ok // true
   * ```
   */
  with(
    relation: DirectiveRelation,
    options: DirectiveGraphOptions = {},
  ): Result<DirectiveGraph, DomainError> {
    const describe = options.describe ?? byId
    const { sourceId, targetId } = relation
    if (sourceId === targetId) return err(selfRelationError(sourceId, ['targetId']))
    const from = this.relationsFrom(sourceId)
    if (from.some((r) => isSameRelation(r, relation))) {
      return err(duplicateRelationError(relation, describe, []))
    }
    const back = this.#pathBetween(targetId, sourceId)
    if (back !== null) {
      return err(cycleInRelationsError(relation, [sourceId, ...back], describe, ['targetId']))
    }
    const frozen = Object.isFrozen(relation) ? relation : Object.freeze({ ...relation })
    const outgoing = new Map(this.#outgoing)
    outgoing.set(sourceId, insertSorted(from, frozen, compareOutgoing))
    const incoming = new Map(this.#incoming)
    incoming.set(targetId, insertSorted(this.relationsTo(targetId), frozen, compareIncoming))
    return ok(new DirectiveGraph(outgoing, incoming, this.#size + 1))
  }

  /**
   * Removes the relation with the same source, target and type, if there is one. Removing an
   * edge never creates a cycle, so this cannot fail.
   *
   * @example
   * ```ts
   * graph.without(relation).size === graph.size - 1 // when the relation was there
   * ```
   */
  without(relation: Pick<DirectiveRelation, 'sourceId' | 'targetId' | 'type'>): DirectiveGraph {
    const from = this.relationsFrom(relation.sourceId)
    const index = from.findIndex(
      (r) => r.targetId === relation.targetId && r.type === relation.type,
    )
    if (index < 0) return this
    const outgoing = new Map(this.#outgoing)
    const incoming = new Map(this.#incoming)
    const nextFrom = Object.freeze(from.filter((_, i) => i !== index))
    const nextTo = Object.freeze(
      this.relationsTo(relation.targetId).filter(
        (r) => !(r.sourceId === relation.sourceId && r.type === relation.type),
      ),
    )
    if (nextFrom.length === 0) outgoing.delete(relation.sourceId)
    else outgoing.set(relation.sourceId, nextFrom)
    if (nextTo.length === 0) incoming.delete(relation.targetId)
    else incoming.set(relation.targetId, nextTo)
    return new DirectiveGraph(outgoing, incoming, this.#size - 1)
  }

  // A path of ids from `start` to `goal` along relations (both ends included), found breadth
  // first so the reported cycle is a shortest one; null when `goal` is unreachable.
  #pathBetween(start: DirectiveId, goal: DirectiveId): DirectiveId[] | null {
    const parent = new Map<DirectiveId, DirectiveId | null>([[start, null]])
    const queue: DirectiveId[] = [start]
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head]!
      if (id === goal) {
        const path: DirectiveId[] = []
        for (let at: DirectiveId | null = id; at !== null; at = parent.get(at) ?? null) {
          path.push(at)
        }
        return path.reverse()
      }
      for (const r of this.relationsFrom(id)) {
        if (!parent.has(r.targetId)) {
          parent.set(r.targetId, id)
          queue.push(r.targetId)
        }
      }
    }
    return null
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

// Kahn's algorithm; when nodes remain, every one of them has a remaining predecessor, so
// walking predecessors from any of them must revisit a node: that loop is a cycle.
function findCycle(outgoing: Adjacency, incoming: Adjacency): DirectiveId[] | null {
  const inDegree = new Map<DirectiveId, number>()
  for (const [id, edges] of incoming) inDegree.set(id, edges.length)
  const queue: DirectiveId[] = []
  for (const id of outgoing.keys()) if (!inDegree.has(id)) queue.push(id)
  for (let head = 0; head < queue.length; head++) {
    for (const r of outgoing.get(queue[head]!) ?? EMPTY) {
      const left = inDegree.get(r.targetId)! - 1
      inDegree.set(r.targetId, left)
      if (left === 0) queue.push(r.targetId)
    }
  }
  let start: DirectiveId | undefined
  for (const [id, degree] of inDegree) {
    if (degree > 0) {
      start = id
      break
    }
  }
  if (start === undefined) return null
  const position = new Map<DirectiveId, number>()
  const walk: DirectiveId[] = []
  let at = start
  while (!position.has(at)) {
    position.set(at, walk.length)
    walk.push(at)
    // Nodes left over by Kahn's algorithm are exactly those with a positive in-degree.
    at = incoming.get(at)!.find((r) => (inDegree.get(r.sourceId) ?? 0) > 0)!.sourceId
  }
  // `walk` follows edges backwards; the loop is the part after the first visit of `at`.
  const loop = walk.slice(position.get(at)!).reverse()
  return [...loop, loop[0]!]
}

/**
 * Builds a graph from many relations at once (loading a tenant, importing a bundle) in
 * O(V + E log E). Fails on the first self-relation (`SELF_RELATION`), repeated relation
 * (`DUPLICATE_RELATION`) or cycle (`CYCLE_IN_RELATIONS`, whose `value` is the cycle as ids,
 * first id repeated at the end); the error path is the index of the offending relation.
 *
 * @example
 * ```ts
 * const r = buildDirectiveGraph([
 *   { sourceId: a, targetId: b, type: 'IMPLEMENTS', effectiveOn: '2021-01-01' },
 *   { sourceId: b, targetId: a, type: 'CITES', effectiveOn: '2021-02-01' },
 * ])
 * r.ok // false
 * !r.ok && r.error.code // 'CYCLE_IN_RELATIONS'
 * ```
 */
export function buildDirectiveGraph(
  relations: Iterable<DirectiveRelation>,
  options: DirectiveGraphOptions = {},
): Result<DirectiveGraph, DomainError> {
  return DirectiveGraph.from(relations, options)
}

/**
 * Returns a new graph with one more relation, or a typed error: `SELF_RELATION` (source and
 * target are the same directive), `DUPLICATE_RELATION` (same source, target and type already
 * there) or `CYCLE_IN_RELATIONS` (the target already leads back to the source through relations
 * of any type; the message names the cycle and `value` holds it as ids, source first and last).
 *
 * Costs O(V + E) in the worst case: a search from the target for the source, and copying the
 * graph's indexes. To load many relations, use {@link buildDirectiveGraph}.
 *
 * @example
 * ```ts
 * const g1 = addDirectiveRelation(DirectiveGraph.empty(), {
 *   sourceId: kl93, targetId: ct42, type: 'CONTINUES', effectiveOn: '2020-11-20',
 * })
 * const g2 = g1.ok && addDirectiveRelation(g1.value, {
 *   sourceId: ct42, targetId: kl93, type: 'CITES', effectiveOn: '2020-12-01',
 * }, { describe: (id) => symbols.get(id) ?? id })
 * g2 && !g2.ok && g2.error.message
 * // '"42-CT/TW cites 93-KL/TW" would close a cycle of relations: 42-CT/TW → 93-KL/TW → 42-CT/TW'
 * ```
 */
export function addDirectiveRelation(
  graph: DirectiveGraph,
  relation: DirectiveRelation,
  options: DirectiveGraphOptions = {},
): Result<DirectiveGraph, DomainError> {
  return graph.with(relation, options)
}

/**
 * One step of a walk through the graph: the directive reached, how many relations away from
 * the start it is, and the relation that led there.
 *
 * @example
 * ```ts
 * implementationChain(graph, ctr)[0] // { id: kl93, depth: 1, relation: { sourceId: ctr, targetId: kl93, type: 'IMPLEMENTS', … } }
 * ```
 */
export interface DirectiveRelationStep {
  readonly id: DirectiveId
  readonly depth: number
  readonly relation: DirectiveRelation
}

function isImplementation(relation: DirectiveRelation): boolean {
  return relation.type === 'IMPLEMENTS' || relation.type === 'CONTINUES'
}

/**
 * The implementation chain of a directive: what it implements or continues, what that in turn
 * implements or continues, and so on up to the root. The result is ordered from the directive
 * (excluded) to the root: depth 1 is the directive it directly implements.
 *
 * A chain is one path. Where a directive implements or continues several, the step taken is the
 * first by: IMPLEMENTS before CONTINUES, then the earlier effective date, then the smaller id —
 * so the answer never depends on the order relations were loaded in. Iterative, O(V + E).
 *
 * @example
 * ```ts
 * // KH/HU implements CTr/TU, which implements 93-KL/TW, which continues 42-CT/TW
 * implementationChain(graph, kh).map((s) => [s.depth, s.id, s.relation.type])
 * // [[1, ctr, 'IMPLEMENTS'], [2, kl93, 'IMPLEMENTS'], [3, ct42, 'CONTINUES']]
 * ```
 */
export function implementationChain(
  graph: DirectiveGraph,
  id: DirectiveId,
): readonly DirectiveRelationStep[] {
  const chain: DirectiveRelationStep[] = []
  const visited = new Set<DirectiveId>([id])
  let current = id
  for (;;) {
    // Lists are sorted with IMPLEMENTS then CONTINUES first, so the first match is the choice.
    const next = graph.relationsFrom(current).find(isImplementation)
    if (next === undefined || visited.has(next.targetId)) break
    visited.add(next.targetId)
    chain.push(Object.freeze({ id: next.targetId, depth: chain.length + 1, relation: next }))
    current = next.targetId
  }
  return Object.freeze(chain)
}

/**
 * Every directive that carries out `id`, directly or down the levels: those that implement or
 * continue it (depth 1), those that implement or continue them (depth 2), and so on. Each
 * directive appears once, at its smallest depth, with the relation through which it was first
 * reached; the list is breadth first (by depth), and within a depth in a stable order
 * (parents' order, then IMPLEMENTS before CONTINUES, effective date, id). Iterative, O(V + E).
 *
 * @example
 * ```ts
 * implementedBy(graph, ct42).map((s) => [s.depth, s.id])
 * // [[1, kl93], [2, ctr], [3, kh]]
 * ```
 */
export function implementedBy(
  graph: DirectiveGraph,
  id: DirectiveId,
): readonly DirectiveRelationStep[] {
  const steps: DirectiveRelationStep[] = []
  const visited = new Set<DirectiveId>([id])
  const depthOf = new Map<DirectiveId, number>([[id, 0]])
  const queue: DirectiveId[] = [id]
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head]!
    const depth = depthOf.get(current)! + 1
    for (const relation of graph.relationsTo(current)) {
      if (!isImplementation(relation) || visited.has(relation.sourceId)) continue
      visited.add(relation.sourceId)
      depthOf.set(relation.sourceId, depth)
      queue.push(relation.sourceId)
      steps.push(Object.freeze({ id: relation.sourceId, depth, relation }))
    }
  }
  return Object.freeze(steps)
}
