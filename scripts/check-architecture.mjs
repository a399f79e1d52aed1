#!/usr/bin/env node
// Checks chidao's layout: the import rules and reach rules of scripts/architecture-rules.mjs,
// over the sources of every package and app (tests, benchmarks and generated files aside).
// Prints each violation with its file and rule; exits 1 when there is any.
//
//   npm run check:architecture            # this checkout
//   node scripts/check-architecture.mjs --root <dir>
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { cruise } from 'dependency-cruiser'
import { IMPORT_RULES, REACH_RULES } from './architecture-rules.mjs'
import { readOptions } from './read-options.mjs'

const SOURCE_ROOTS = ['packages', 'apps']
const SOURCE = /\/src\/.*\.(ts|tsx|mts)$/
const SKIPPED = /(^|\/)(node_modules|dist|test|coverage)\//

/** Every violation of the import rules under `root`, as `{ rule, from, to }`. */
export async function importViolations(root) {
  const previous = process.cwd()
  process.chdir(root)
  try {
    const roots = []
    for (const top of SOURCE_ROOTS) {
      for (const entry of await readdir(top, { withFileTypes: true }).catch(() => [])) {
        if (entry.isDirectory()) roots.push(`${top}/${entry.name}/src`)
      }
    }
    const result = await cruise(
      roots,
      {
        ruleSet: { forbidden: IMPORT_RULES },
        validate: true,
        exclude: { path: SKIPPED.source },
        doNotFollow: { path: 'node_modules' },
        tsPreCompilationDeps: true,
        // Workspace packages resolve to their sources, as the compiler sees them.
        enhancedResolveOptions: {
          conditionNames: ['@chidao/source', 'import', 'node', 'default'],
          exportsFields: ['exports'],
          extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'],
        },
      },
      { extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
    )
    return result.output.summary.violations.map((v) => ({
      rule: v.rule.name,
      from: v.from,
      to: v.to,
    }))
  } finally {
    process.chdir(previous)
  }
}

async function* sourceFiles(root, dir) {
  for (const entry of await readdir(join(root, dir), { withFileTypes: true }).catch(() => [])) {
    const path = `${dir}/${entry.name}`
    if (SKIPPED.test(`${path}/`)) continue
    if (entry.isDirectory()) yield* sourceFiles(root, path)
    else if (SOURCE.test(path)) yield path
  }
}

/** Every violation of the reach rules under `root`, as `{ rule, from, line }`. */
export async function reachViolations(root) {
  const found = []
  for (const top of SOURCE_ROOTS) {
    for await (const path of sourceFiles(root, top)) {
      const rules = REACH_RULES.filter((rule) => new RegExp(rule.files).test(path))
      if (rules.length === 0) continue
      const lines = (await readFile(join(root, path), 'utf8')).split('\n')
      lines.forEach((text, i) => {
        for (const rule of rules) {
          if (rule.forbidden.test(text)) found.push({ rule: rule.name, from: path, line: i + 1 })
        }
      })
    }
  }
  return found
}

async function main() {
  const { values } = readOptions(
    'check:architecture',
    'Usage: npm run check:architecture -- [--root <dir>]   (checks that dependencies point one way)',
    { options: { root: { type: 'string', default: '.' } } },
  )
  const root = values.root
  const imports = await importViolations(root)
  const reaches = await reachViolations(root)
  const rules = new Map([...IMPORT_RULES, ...REACH_RULES].map((rule) => [rule.name, rule]))
  for (const v of imports)
    console.error(`${v.from} → ${v.to}\n  ${v.rule}: ${rules.get(v.rule)?.comment}`)
  for (const v of reaches)
    console.error(`${v.from}:${v.line}\n  ${v.rule}: ${rules.get(v.rule)?.comment}`)
  const total = imports.length + reaches.length
  if (total > 0) {
    console.error(`\n${total} architecture violation(s) in ${relative(process.cwd(), root) || '.'}`)
    process.exit(1)
  }
  console.log('architecture: every dependency points the way docs/architecture.md draws it')
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
