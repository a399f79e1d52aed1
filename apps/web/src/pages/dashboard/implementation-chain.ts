import { compareVietnamese } from '@chidao/domain'

/** A document of the chain as the dashboard shows it. */
export interface ChainDocument {
  readonly id: string
  readonly symbol: string
  readonly title: string
  readonly issuer: string
  /** Tasks it assigns itself. */
  readonly ownTasks: number
  /** Tasks it assigns with those of the documents implementing it. */
  readonly allTasks: number
}

/** A document implementing another, with its place in the tree below the one shown. */
export interface ChainChild extends ChainDocument {
  /** 1 for a document implementing the one shown directly, 2 below that, … */
  readonly depth: number
  readonly parentId: string | null
}

/** What the document shown implements (root first) and what implements it (as a tree). */
export interface ImplementationChain {
  /** From the root (42-CT/TW) down to the document the shown one implements directly. */
  readonly ancestors: readonly ChainDocument[]
  readonly current: ChainDocument
  /** Depth first: each document followed by those implementing it, siblings in Vietnamese order. */
  readonly descendants: readonly ChainChild[]
}

/**
 * Builds the chain from the gateway's answers: `implementationChain` (nearest first) is turned
 * root first, so that it reads 42-CT/TW → 93-KL/TW → the programme; `implementationTree` (nearest
 * first, parents before children) is laid depth first, so that each plan sits under the
 * document it implements. A child whose parent the caller may not see hangs at its own depth.
 */
export function buildImplementationChain(
  current: ChainDocument,
  chainNearestFirst: readonly ChainDocument[],
  tree: readonly ChainChild[],
): ImplementationChain {
  const byParent = new Map<string | null, ChainChild[]>()
  const known = new Set([current.id, ...tree.map((child) => child.id)])
  for (const child of tree) {
    const parent = child.depth === 1 ? current.id : child.parentId
    const key = parent !== null && known.has(parent) ? parent : null
    const siblings = byParent.get(key) ?? []
    siblings.push(child)
    byParent.set(key, siblings)
  }
  const bySymbol = (a: ChainChild, b: ChainChild) =>
    compareVietnamese(a.symbol, b.symbol) || compareVietnamese(a.issuer, b.issuer)
  const descendants: ChainChild[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null) => {
    for (const child of [...(byParent.get(parent) ?? [])].sort(bySymbol)) {
      if (seen.has(child.id)) continue
      seen.add(child.id)
      descendants.push(child)
      walk(child.id)
    }
  }
  walk(current.id)
  walk(null)
  return { ancestors: [...chainNearestFirst].reverse(), current, descendants }
}
