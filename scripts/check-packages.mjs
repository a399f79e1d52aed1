#!/usr/bin/env node
// Checks what each published package would ship, as a consumer resolves it:
//   - publint (--strict): package.json fields, exports, files that exist in the tarball;
//   - @arethetypeswrong/cli (--profile esm-only): ESM and types resolution under node16/nodenext
//     and bundlers. The packages are ESM only; CommonJS callers use import(), or require() of
//     ESM, which Node 20.19+, 22 and 24 allow.
// Needs a build first (npm run build). Exit code 1 when any check reports a problem.
//
//   npm run check:packages
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'node_modules', '.bin')

/** The published (non-private) workspace packages: { dir, name, pkg }. */
export function publishedPackages(root = ROOT) {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const found = []
  for (const pattern of rootPkg.workspaces ?? []) {
    const base = pattern.replace(/\/\*$/, '')
    const dirs = pattern.endsWith('/*')
      ? readdirSync(join(root, base), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => join(base, e.name))
      : [base]
    for (const dir of dirs.sort()) {
      const file = join(root, dir, 'package.json')
      if (!existsSync(file)) continue
      const pkg = JSON.parse(readFileSync(file, 'utf8'))
      if (!pkg.private) found.push({ dir, name: pkg.name, pkg })
    }
  }
  return found
}

function run(command, args, cwd) {
  const result = spawnSync(join(BIN, command), args, { cwd, encoding: 'utf8' })
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() }
}

function main() {
  const failures = []
  for (const { dir, name, pkg } of publishedPackages()) {
    const abs = join(ROOT, dir)
    const entry = pkg.exports?.['.']?.default ?? pkg.main
    if (entry && !existsSync(join(abs, entry))) {
      console.error(`${name}: ${entry} is missing — run npm run build first`)
      failures.push(`${name}: not built`)
      continue
    }
    const lint = run('publint', ['run', '.', '--strict'], abs)
    console.log(`== ${name}: publint ${lint.ok ? 'ok' : 'FAILED'}`)
    if (!lint.ok || /warning|error|suggestion/i.test(lint.output)) console.log(lint.output)
    if (!lint.ok) failures.push(`${name}: publint`)

    const types = run(
      'attw',
      ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'],
      abs,
    )
    console.log(`== ${name}: arethetypeswrong ${types.ok ? 'ok' : 'FAILED'}`)
    if (!types.ok) {
      console.log(types.output)
      failures.push(`${name}: attw`)
    }
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} problem(s): ${failures.join(', ')}`)
    return 1
  }
  console.log('\nEvery package passes publint and arethetypeswrong.')
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main()
}
