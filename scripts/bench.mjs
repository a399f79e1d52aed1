#!/usr/bin/env node
// npm run bench -- <arguments of bench/run.ts>
// npm run bench -- scale-out <arguments of bench/national/scale-out.ts>
//
// The benchmarks compare chidao with PostGraphile 5 and load it with autocannon: what only they
// need is in bench/package.json, installed into bench/node_modules here, when missing or stale,
// not by `npm install` at the root (PostGraphile declares Node >= 22 and would warn on every
// install of chidao on Node 20). Then runs bench/run.ts from the TypeScript sources (the
// gateway it measures runs from its build, which the harness makes first: bench-children.ts).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BENCH = join(ROOT, 'bench')
const STAMP = join(BENCH, 'node_modules', '.chidao-bench-lock')

const lock = createHash('sha256')
  .update(readFileSync(join(BENCH, 'package.json')))
  .update(readFileSync(join(BENCH, 'package-lock.json')))
  .digest('hex')
if (!existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== lock) {
  console.error(
    "bench: installing the benchmarks' own dependencies (PostGraphile 5, autocannon) into bench/node_modules;\n" +
      '       PostGraphile declares Node >= 22: on Node 20 its launcher imports a polyfill first.',
  )
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: BENCH,
    stdio: 'inherit',
  })
  if (install.status !== 0) process.exit(install.status ?? 1)
  writeFileSync(STAMP, lock)
}
// `npm run bench -- scale-out …`: one gateway against several, with and without a read replica
// (bench/national/scale-out.ts, issue 21); a script of its own, not a `*.bench.ts`.
const args = process.argv.slice(2)
const script =
  args[0] === 'scale-out' ? join(BENCH, 'national', 'scale-out.ts') : join(BENCH, 'run.ts')
const run = spawnSync(
  process.execPath,
  [
    '--conditions=@chidao/source',
    '--import',
    'tsx',
    script,
    ...(args[0] === 'scale-out' ? args.slice(1) : args),
  ],
  { cwd: ROOT, stdio: 'inherit' },
)
process.exit(run.status ?? 1)
