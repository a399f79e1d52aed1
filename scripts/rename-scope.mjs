#!/usr/bin/env node
// Renames the npm scope of every package of the repository, in one command, for a fork:
//
//   npm run rename-scope -- @tinh-abc
//
// Rewrites every occurrence of the scope in the repository's text files (package names, import
// specifiers, dependencies, package-lock.json, docs, the custom export condition
// `@chidao/source` in package.json, tsconfig and vitest files), then prints the next steps.
// Touches nothing when the new scope is invalid. The command name `chidao` and the `CHIDAO_*`
// environment variables stay as they are (they are not the scope).
//
// Then, unless --skip-checks, it reinstalls, builds and runs every test, so the fork is known to
// work under its new name before anything is committed.
//
// Options: --from <scope> (default @chidao), --root <dir> (default the repository holding this
// script), --skip-checks (rename only, and print the steps instead of running them). Files are those git tracks, or, outside a git work tree, every file except
// node_modules, dist, coverage and .git.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readOptions } from './read-options.mjs'

/** An npm scope: "@", then lower-case URL-safe characters, not starting with "." or "_". */
const SCOPE = /^@[a-z0-9][a-z0-9._~-]{0,200}$/

/**
 * Tells why a scope cannot be used, or null when it can.
 * @param {string} scope
 * @returns {string | null}
 */
export function scopeProblem(scope) {
  if (!scope.startsWith('@')) return `a scope starts with "@": "@${scope}"?`
  if (scope !== scope.toLowerCase()) return 'a scope is lower case'
  if (!SCOPE.test(scope)) {
    return 'a scope has letters, digits, "-", ".", "_" or "~" after "@", and starts with a letter or digit'
  }
  return null
}

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', '.git', '.turbo', '.chidao'])

/** @param {string} root @returns {string[]} paths relative to root */
function listFiles(root) {
  if (existsSync(join(root, '.git'))) {
    const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    return out.split('\0').filter((f) => f && existsSync(join(root, f)))
  }
  /** @type {string[]} */
  const files = []
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name))
      } else if (entry.isFile()) files.push(relative(root, join(dir, entry.name)))
    }
  }
  walk(root)
  return files
}

/** @param {string} s */
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Renames the scope in every text file under root.
 * @param {{ root: string, from: string, to: string }} options
 * @returns {{ file: string, count: number }[]} the files changed and how many occurrences
 */
export function renameScope({ root, from, to }) {
  for (const scope of [from, to]) {
    const problem = scopeProblem(scope)
    if (problem) throw new Error(`invalid scope "${scope}": ${problem}`)
  }
  if (from === to) throw new Error(`the scope is already ${to}`)
  // "@chidao/…" and a bare "@chidao" (also right after an escape such as \\n), never
  // "x@chidao.org" nor "@chidaox".
  const pattern = new RegExp(`${escapeRegExp(from)}(?![\\w.~-])`, 'g')
  const changed = []
  for (const file of listFiles(root)) {
    const path = join(root, file)
    const buffer = readFileSync(path)
    if (buffer.includes(0)) continue // binary
    const text = buffer.toString('utf8')
    let count = 0
    const next = text.replace(pattern, () => {
      count++
      return to
    })
    if (count > 0) {
      writeFileSync(path, next)
      changed.push({ file, count })
    }
  }
  return changed
}

function main() {
  const usage = 'Usage: npm run rename-scope -- @your-scope [--skip-checks]   (e.g. @tinh-abc)'
  const { values, positionals } = readOptions('rename-scope', usage, {
    options: {
      from: { type: 'string', default: '@chidao' },
      root: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
      'skip-checks': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  const [to] = positionals
  if (!to || positionals.length > 1) {
    console.error(usage)
    return 2
  }
  const problem = scopeProblem(to)
  if (problem) {
    console.error(`rename-scope: invalid scope "${to}": ${problem}\n${usage}`)
    return 2
  }
  let changed
  try {
    changed = renameScope({ root: values.root, from: values.from, to })
  } catch (error) {
    console.error(`rename-scope: ${error instanceof Error ? error.message : error}`)
    return 2
  }
  const total = changed.reduce((n, c) => n + c.count, 0)
  console.log(`Renamed ${values.from} to ${to}: ${total} occurrences in ${changed.length} files.`)
  if (!values['skip-checks']) {
    // The workspaces are linked under their old names until npm installs again.
    const installed = [
      values.root,
      ...listChildren(values.root, 'packages'),
      ...listChildren(values.root, 'apps'),
    ]
    for (const dir of installed) rmSync(join(dir, 'node_modules'), { recursive: true, force: true })
    for (const [command, ...args] of [
      ['npm', 'install', '--no-audit', '--no-fund'],
      ['npm', 'run', 'build'],
      ['npm', 'test'],
    ]) {
      console.log(`\n$ ${command} ${args.join(' ')}`)
      const run = spawnSync(command, args, { cwd: values.root, stdio: 'inherit' })
      if (run.status !== 0) {
        console.error(
          `rename-scope: "${command} ${args.join(' ')}" failed after renaming; fix it before committing.`,
        )
        return 1
      }
    }
    console.log(`\nThe fork builds and passes its tests as ${to}. Next:
  npx chidao bundle init --tenant <your-tenant> --name "Tỉnh …" --out my-province.yaml
Then review the diff (git diff --stat), set "repository" in each package.json to your fork,
and commit. See docs/forking.md.`)
    return 0
  }
  console.log(`
Next steps:
  rm -rf node_modules packages/*/node_modules apps/*/node_modules
  npm install                 # links the workspaces under their new names
  npm run build
  npm test
  npx chidao bundle init --tenant <your-tenant> --name "Tỉnh …" --out my-province.yaml
Then review the diff (git diff --stat), set "repository" in each package.json to your fork,
and commit. See docs/forking.md.`)
  return 0
}

/** The folders directly inside `root/dir` (the workspace packages). */
function listChildren(root, dir) {
  const parent = join(root, dir)
  if (!existsSync(parent)) return []
  return readdirSync(parent, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(parent, e.name))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main()
}
