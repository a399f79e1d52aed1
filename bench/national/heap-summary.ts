/**
 * A summary of a V8 heap snapshot (`.heapsnapshot`), for issue 20's memory probe
 * (memory-probe.ts): self size by node type, the largest groups by constructor (type and
 * name), the largest strings, and the source text of loaded scripts by package (which modules
 * a process loaded, and what their code costs in the heap).
 *
 * `node --import tsx bench/national/heap-summary.ts FILE.heapsnapshot [--top 25]`
 */
import { readFileSync } from 'node:fs'
import { argValue } from '../lib/command-line.js'

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[]
      node_types: [string[], ...unknown[]]
      edge_fields: string[]
      edge_types: [string[], ...unknown[]]
    }
  }
  nodes: number[]
  edges: number[]
  strings: string[]
}

const argv = process.argv.slice(2)
const file = argv.find((a) => !a.startsWith('--'))
if (!file) throw new Error('usage: heap-summary.ts FILE.heapsnapshot [--top 25]')
const top = Number(argValue(argv, 'top') ?? 25)
const s = JSON.parse(readFileSync(file, 'utf8')) as Snapshot
const { node_fields: nf, node_types: nt, edge_fields: ef, edge_types: et } = s.snapshot.meta
const N = nf.length
const E = ef.length
const [TYPE, NAME, SELF, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
  nf.indexOf(f),
) as [number, number, number, number]
const [ETYPE, ENAME, ETO] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f)) as [
  number,
  number,
  number,
]
const types = nt[0]
const edgeTypes = et[0]
const mib = (n: number) => (n / 1024 / 1024).toFixed(2)

const byType = new Map<string, number>()
const byName = new Map<string, { size: number; count: number }>()
const strings: { size: number; text: string }[] = []
const scripts = new Map<string, { size: number; count: number }>()
let total = 0
let edge = 0
for (let i = 0; i < s.nodes.length; i += N) {
  const type = types[s.nodes[i + TYPE]!]!
  const name = s.strings[s.nodes[i + NAME]!]!
  const self = s.nodes[i + SELF]!
  const edges = s.nodes[i + EDGES]!
  total += self
  byType.set(type, (byType.get(type) ?? 0) + self)
  const key =
    type === 'string' || type === 'concatenated string' || type === 'sliced string'
      ? `(${type})`
      : `${type}: ${name.slice(0, 60)}`
  const g = byName.get(key) ?? { size: 0, count: 0 }
  g.size += self
  g.count++
  byName.set(key, g)
  if (type === 'string' && self > 64 * 1024) strings.push({ size: self, text: name.slice(0, 90) })
  // A Script's source and its URL: the code a module brought, grouped by package.
  if (type === 'code' && /^(file:|node:|\/)/.test(name)) {
    let source = 0
    const url = name
    for (let k = 0; k < edges; k++) {
      const e = edge + k * E
      const ename =
        edgeTypes[s.edges[e + ETYPE]!] === 'element' ? '' : s.strings[s.edges[e + ENAME]!]
      const to = s.edges[e + ETO]!
      if (ename === 'source') source = s.nodes[to + SELF]!
    }
    const pkg = packageOf(url)
    const p = scripts.get(pkg) ?? { size: 0, count: 0 }
    p.size += source
    p.count++
    scripts.set(pkg, p)
  }
  edge += edges * E
}

function packageOf(url: string) {
  const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)
  if (m) return m[1]!
  const w = /\/(packages|apps)\/([^/]+)\//.exec(url)
  if (w) return `chidao ${w[1]}/${w[2]}`
  if (url.startsWith('node:') || !url.includes('/')) return '(node internals)'
  return url.replace(/^.*\/(bench\/[^/]+).*$/, '$1')
}

console.log(`${file}: ${mib(total)} MiB in ${s.nodes.length / N} nodes`)
console.log('\nby node type (self size, MiB):')
for (const [t, size] of [...byType].sort((a, b) => b[1] - a[1]))
  console.log(`  ${mib(size).padStart(8)}  ${t}`)
console.log(`\ntop ${top} by type and constructor (self size, MiB, count):`)
for (const [k, g] of [...byName].sort((a, b) => b[1].size - a[1].size).slice(0, top))
  console.log(`  ${mib(g.size).padStart(8)}  ${String(g.count).padStart(8)}  ${k}`)
console.log('\nstrings over 64 KiB:')
for (const x of strings.sort((a, b) => b.size - a.size).slice(0, 15))
  console.log(`  ${mib(x.size).padStart(8)}  ${JSON.stringify(x.text)}`)
console.log('\nscript source by package (MiB, scripts):')
const scriptTotal = [...scripts.values()].reduce((a, b) => a + b.size, 0)
console.log(
  `  ${mib(scriptTotal).padStart(8)}  (all ${[...scripts.values()].reduce((a, b) => a + b.count, 0)} scripts)`,
)
for (const [p, g] of [...scripts].sort((a, b) => b[1].size - a[1].size).slice(0, top))
  console.log(`  ${mib(g.size).padStart(8)}  ${String(g.count).padStart(5)}  ${p}`)
