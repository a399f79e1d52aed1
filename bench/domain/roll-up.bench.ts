import { type RollUpNode, rollUp, rollUpProgress, type TaskStatus } from '@chidao/domain'
import { type Benchmark, comparison, type Measurement } from '../lib/benchmark.js'
import { measure } from '../lib/measure.js'
import { seededRandom } from '../lib/random.js'

const SEED = 93_2020
const FULL = 100_000
const LIKE_FOR_LIKE = 10_000
const ROOTS_PER_100K = 300

/**
 * A task tree shaped like a province's follow-up of a Conclusion: a few hundred top-level
 * tasks, each cascaded 3 to 5 levels down (province → department → commune → unit), most
 * tasks at the bottom; a quarter report no figure, 3 % are cancelled, a fifth are completed.
 * The list is shuffled, as rows come from a database in no particular order.
 */
function buildTree(size: number): { nodes: RollUpNode[]; roots: string[] } {
  const r = seededRandom(SEED + size)
  const rootCount = Math.max(1, Math.round((ROOTS_PER_100K * size) / FULL))
  const nodes: RollUpNode[] = []
  const depth: number[] = []
  const rootOf: number[] = []
  const maxDepth: number[] = []
  const open: number[] = [] // tasks that may still receive subtasks
  // Random v4-shaped ids, as a database gives: ids that share a long prefix would make every
  // string comparison of the baseline slower than it is on real data.
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => r.int(0, 15).toString(16)).join('')
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[r.int(0, 3)]}${hex(3)}-${hex(12)}`
  const status = (): TaskStatus => {
    const x = r.next()
    if (x < 0.03) return 'CANCELLED'
    if (x < 0.23) return 'COMPLETED'
    if (x < 0.33) return 'NOT_STARTED'
    if (x < 0.36) return 'PAUSED'
    return 'IN_PROGRESS'
  }
  const add = (parent: number | null) => {
    const i = nodes.length
    const s = status()
    nodes.push({
      id: uuid(),
      parentId: parent === null ? null : nodes[parent]!.id,
      status: s,
      percent: s === 'COMPLETED' ? 100 : r.chance(0.25) ? null : r.int(0, 100),
    })
    depth.push(parent === null ? 0 : depth[parent]! + 1)
    rootOf.push(parent === null ? i : rootOf[parent]!)
    maxDepth.push(parent === null ? r.int(2, 4) : maxDepth[parent]!)
    if (depth[i]! < maxDepth[i]!) open.push(i)
  }
  for (let i = 0; i < rootCount; i++) add(null)
  while (nodes.length < size) {
    // Picking a parent uniformly among open tasks makes wide lower levels, as in practice.
    const k = r.int(0, open.length - 1)
    const parent = open[k]!
    add(parent)
    // A task stops taking subtasks at random, so families vary in size.
    if (r.chance(0.08)) {
      open[k] = open[open.length - 1]!
      open.pop()
    }
    if (open.length === 0) add(null)
  }
  const roots = nodes.filter((n) => n.parentId === null).map((n) => n.id)
  for (let i = nodes.length - 1; i > 0; i--) {
    const j = r.int(0, i)
    ;[nodes[i], nodes[j]] = [nodes[j]!, nodes[i]!]
  }
  return { nodes, roots }
}

/**
 * The baseline, as it is often written: recursion from each root, the children of a task
 * found with `Array.filter` over the whole list (O(n) per task, O(n²) in all). Same rules as
 * `rollUpProgress` in MEAN mode, so the results can be checked against each other.
 */
function naiveRollUp(
  nodes: readonly RollUpNode[],
  node: RollUpNode,
  out: Map<string, number | null>,
): number | null {
  const children = nodes.filter((n) => n.parentId === node.id)
  const figures: number[] = []
  for (const child of children) {
    const p = naiveRollUp(nodes, child, out)
    if (child.status !== 'CANCELLED' && p !== null) figures.push(p)
  }
  let percent: number | null
  if (node.status === 'CANCELLED') percent = null
  else if (node.status === 'COMPLETED') percent = 100
  else if (figures.length > 0) percent = figures.reduce((a, b) => a + b, 0) / figures.length
  else percent = node.percent
  out.set(node.id, percent)
  return percent
}

function naiveAll(nodes: readonly RollUpNode[]): Map<string, number | null> {
  const out = new Map<string, number | null>()
  for (const root of nodes.filter((n) => n.parentId === null)) naiveRollUp(nodes, root, out)
  return out
}

/** Whether both give every task the same figure (to 1e-9). */
function agree(nodes: readonly RollUpNode[]): boolean {
  const fast = rollUpProgress(nodes, { mode: 'MEAN' })
  if (!fast.ok) throw new Error(fast.error.message)
  const slow = naiveAll(nodes)
  if (slow.size !== fast.value.size) return false
  for (const [id, p] of slow) {
    const q = fast.value.get(id)?.percent
    if (q === undefined || (p === null) !== (q === null) || (p !== null && Math.abs(p - q!) > 1e-9))
      return false
  }
  return true
}

/** How many tasks each task heads, itself included. */
function subtreeSizes(nodes: readonly RollUpNode[]): Map<string, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const sizes = new Map<string, number>()
  for (const node of nodes) {
    for (let at: RollUpNode | undefined = node; at !== undefined; ) {
      sizes.set(at.id, (sizes.get(at.id) ?? 0) + 1)
      at = at.parentId === null ? undefined : byId.get(at.parentId)
    }
  }
  return sizes
}

const tasks = (n: number) => `${n.toLocaleString('en')} tasks`

const benchmark: Benchmark = {
  name: 'roll-up',
  title: 'rollUpProgress / rollUp on a deep task tree',
  run({ quick }) {
    const fullSize = quick ? 20_000 : FULL
    const smallSize = quick ? 2_000 : LIKE_FOR_LIKE
    const fast = quick ? { warmup: 1, runs: 3 } : { warmup: 3, runs: 15 }
    const slow = quick ? { warmup: 0, runs: 2 } : { warmup: 1, runs: 5 }
    const full = buildTree(fullSize)
    const small = buildTree(smallSize)
    // The top-level task with the median family size, so one-task figures are typical.
    const sizes = subtreeSizes(full.nodes)
    const byFamily = [...full.roots].sort((a, b) => sizes.get(a)! - sizes.get(b)!)
    const firstRoot = byFamily[Math.floor(byFamily.length / 2)]!
    const subtreeSize = sizes.get(firstRoot)!

    const m = (
      label: string,
      variant: Measurement['variant'],
      input: string,
      work: () => unknown,
      options: { warmup: number; runs: number },
      figures: Measurement['figures'] = {},
    ): Measurement => ({ label, variant, input, timing: measure(work, options), figures })

    // The same measurement at both sizes: the roll-up of every task of a tree.
    const everyTask = (tree: typeof full, size: number) =>
      m(
        'rollUpProgress (MEAN, every task)',
        'chidao',
        tasks(size),
        () => rollUpProgress(tree.nodes, { mode: 'MEAN' }),
        fast,
        { roots: tree.roots.length },
      )
    const allFull = everyTask(full, fullSize)
    const allFullByStatus = m(
      'rollUpProgress (BY_STATUS, every task)',
      'chidao',
      tasks(fullSize),
      () => rollUpProgress(full.nodes, { mode: 'BY_STATUS' }),
      fast,
    )
    const oneFull = m(
      'rollUp (one top-level task)',
      'chidao',
      tasks(fullSize),
      () => rollUp(full.nodes, firstRoot, { mode: 'MEAN' }),
      fast,
      { subtreeTasks: subtreeSize },
    )
    const naiveOneFull = m(
      'naive recursion + filter (one top-level task)',
      'naive',
      tasks(fullSize),
      () => {
        const out = new Map<string, number | null>()
        return naiveRollUp(full.nodes, full.nodes.find((n) => n.id === firstRoot)!, out)
      },
      slow,
      { subtreeTasks: subtreeSize },
    )
    const allSmall = everyTask(small, smallSize)
    const naiveAllSmall = m(
      'naive recursion + filter (every task)',
      'naive',
      tasks(smallSize),
      () => naiveAll(small.nodes),
      slow,
      { sameResults: agree(small.nodes) },
    )

    return {
      measurements: [allFull, allFullByStatus, oneFull, naiveOneFull, allSmall, naiveAllSmall],
      comparisons: [
        comparison(`every task, ${tasks(smallSize)} (like for like)`, allSmall, naiveAllSmall),
        comparison(
          `one top-level task (${subtreeSize} tasks below it) in ${tasks(fullSize)}`,
          oneFull,
          naiveOneFull,
        ),
      ],
      notes: [
        `Trees from seed ${SEED}: ${full.roots.length} top-level tasks for ${tasks(fullSize)}, ${small.roots.length} for ${tasks(smallSize)}; 3–5 levels; 25 % of open tasks without a figure, 3 % cancelled, 20 % completed; rows shuffled.`,
        `The naive roll-up of every task is O(n²) and is run at ${tasks(smallSize)} only: at ${tasks(fullSize)} it would scan the list ${fullSize.toLocaleString('en')} times.`,
        'rollUp computes the whole forest and picks one task, so it costs the same as rollUpProgress; the naive one-task version only walks that subtree, but scans the whole list at each task.',
        'sameResults: the naive roll-up gives every task the same figure as rollUpProgress (MEAN), checked before timing.',
      ],
    }
  },
}

export default benchmark
