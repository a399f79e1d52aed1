#!/usr/bin/env node
// Checks what each published package would ship, as a consumer resolves it:
//   - publint (--strict): package.json fields, exports, files that exist in the tarball;
//   - @arethetypeswrong/cli (--profile esm-only): ESM and types resolution under node16/nodenext
//     and bundlers. The packages are ESM only; CommonJS callers use import(), or require() of
//     ESM, which Node 20.19+, 22 and 24 allow;
//   - the tarball (`npm pack --dry-run --json`): every file an export names is in it, and the
//     exports consumers rely on beyond code are declared (REQUIRED_EXPORTS:
//     `@chidao/gateway/schema.graphql`, which GraphQL Code Generator reads).
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

/** Exports a package must declare, with the file each must point to, for consumers' tools. */
export const REQUIRED_EXPORTS = {
  '@chidao/gateway': { './schema.graphql': 'schema.graphql' },
}

/** The files a package's `exports` point to (every condition), without `./`; patterns skipped. */
export function exportedFiles(pkg) {
  const files = new Set()
  const visit = (target) => {
    if (typeof target === 'string') {
      if (!target.includes('*')) files.add(target.replace(/^\.\//, ''))
    } else if (target && typeof target === 'object') {
      for (const value of Object.values(target)) visit(value)
    }
  }
  visit(pkg.exports)
  return [...files].sort()
}

/** Exports that are files, not modules (`./schema.graphql`): arethetypeswrong cannot resolve those. */
export function fileExports(pkg) {
  return Object.entries(pkg.exports ?? {})
    .filter(([, target]) => typeof target === 'string' && !/\.(m?js|cjs|json|d\.ts)$/.test(target))
    .map(([subpath]) => subpath)
}

/** The paths `npm pack` would put in the tarball of the package in `dir`. */
export function packedFiles(dir) {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed in ${dir}: ${result.stderr}`)
  return JSON.parse(result.stdout)[0].files.map((f) => f.path)
}

/** What is wrong with the tarball of a package: exported files it lacks, required exports absent. */
export function tarballProblems({ dir, name, pkg }, root = ROOT) {
  const problems = []
  const packed = new Set(packedFiles(join(root, dir)))
  for (const file of exportedFiles(pkg)) {
    if (!packed.has(file)) problems.push(`exports name ${file}, which the tarball lacks`)
  }
  for (const [subpath, file] of Object.entries(REQUIRED_EXPORTS[name] ?? {})) {
    const target = pkg.exports?.[subpath]
    const points = typeof target === 'string' ? target : target?.default
    if (points !== `./${file}`) problems.push(`exports has no "${subpath}": "./${file}"`)
    else if (!packed.has(file)) problems.push(`${file} is not in the tarball`)
  }
  return problems
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

    const files = fileExports(pkg)
    const types = run(
      'attw',
      [
        '--pack',
        '.',
        '--profile',
        'esm-only',
        '--format',
        'table-flipped',
        ...(files.length > 0 ? ['--exclude-entrypoints', ...files] : []),
      ],
      abs,
    )
    console.log(`== ${name}: arethetypeswrong ${types.ok ? 'ok' : 'FAILED'}`)
    if (!types.ok) {
      console.log(types.output)
      failures.push(`${name}: attw`)
    }

    const tarball = tarballProblems({ dir, name, pkg })
    console.log(`== ${name}: tarball ${tarball.length === 0 ? 'ok' : 'FAILED'}`)
    for (const problem of tarball) console.log(`  ${problem}`)
    if (tarball.length > 0) failures.push(`${name}: tarball`)
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} problem(s): ${failures.join(', ')}`)
    return 1
  }
  console.log('\nEvery package passes publint, arethetypeswrong and the tarball check.')
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main()
}
