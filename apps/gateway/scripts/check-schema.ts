// The schema check CI runs (`npm run schema:check -w @chidao/gateway`):
//  1. schema.graphql must be what the code prints (else: run `npm run schema -w @chidao/gateway`);
//  2. the schema is compared with the one of the last release — the most recent git tag
//     `@chidao/gateway@*`, or without one `origin/main` (else HEAD) — and every breaking and
//     dangerous change is listed. Breaking changes fail unless a pending changeset
//     (`.changeset/*.md`) declares a `major` bump of @chidao/gateway.
// Options: `--base <git ref>` compares with that ref instead.
import { execFileSync } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core'
import { buildSchema } from 'graphql'

/** The package whose public schema this is, as changesets name it. */
export const PACKAGE_NAME = '@chidao/gateway'
/** The first line of schema.graphql, written by `scripts/print-schema.ts`. */
export const SCHEMA_HEADER =
  '# Generated from the Pothos schema by `npm run schema -w @chidao/gateway`. Do not edit.\n\n'

/** What changed between two schemas, by graphql-inspector's criticality. */
export interface SchemaComparison {
  readonly breaking: readonly Change[]
  readonly dangerous: readonly Change[]
  readonly safe: readonly Change[]
}

/** Compares two schemas given as SDL. */
export async function compareSdl(oldSdl: string, newSdl: string): Promise<SchemaComparison> {
  const changes = await diff(buildSchema(oldSdl), buildSchema(newSdl))
  const at = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level)
  return {
    breaking: at(CriticalityLevel.Breaking),
    dangerous: at(CriticalityLevel.Dangerous),
    safe: at(CriticalityLevel.NonBreaking),
  }
}

/** A changeset file: its name and its text. */
export interface ChangesetFile {
  readonly file: string
  readonly text: string
}

/**
 * The first changeset whose front matter declares a `major` bump of `packageName`, or null.
 *
 * @example
 * ```ts
 * declaresMajor([{ file: 'x.md', text: '---\n"@chidao/gateway": major\n---\nRemoved …' }])
 * // → 'x.md'
 * ```
 */
export function declaresMajor(
  changesets: readonly ChangesetFile[],
  packageName: string = PACKAGE_NAME,
): string | null {
  for (const { file, text } of changesets) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text.trimStart())?.[1] ?? ''
    for (const line of front.split(/\r?\n/)) {
      const m = /^\s*(["']?)([^"':]+)\1\s*:\s*(\w+)\s*$/.exec(line)
      if (m && m[2]?.trim() === packageName && m[3] === 'major') return file
    }
  }
  return null
}

/** Where the schema to compare with comes from. */
export interface Baseline {
  /** The git ref whose schema.graphql is the baseline. */
  readonly ref: string
  /** Said in the report: why this ref. */
  readonly description: string
}

/** Runs git with these arguments: its trimmed output, or null when git fails. */
export type Git = (args: readonly string[]) => string | null

/**
 * The baseline: `base` when given; otherwise the most recent release tag `@chidao/gateway@*`
 * reachable from HEAD (or, failing that, the highest such tag); otherwise `origin/main`;
 * otherwise HEAD.
 */
export function findBaseline(git: Git, base?: string | null): Baseline {
  if (base) return { ref: base, description: `${base} (given with --base)` }
  const pattern = `${PACKAGE_NAME}@*`
  const reachable = git(['describe', '--tags', '--abbrev=0', '--match', pattern, 'HEAD'])
  if (reachable) return { ref: reachable, description: `the last release, tag ${reachable}` }
  const tags = git(['tag', '--list', pattern, '--sort=-v:refname'])?.split('\n').filter(Boolean)
  if (tags?.[0]) return { ref: tags[0], description: `the highest release tag, ${tags[0]}` }
  if (git(['rev-parse', '--verify', '--quiet', 'origin/main^{commit}'])) {
    return { ref: 'origin/main', description: 'origin/main (no release tag yet)' }
  }
  return { ref: 'HEAD', description: 'HEAD, the last commit (no release tag, no origin/main)' }
}

/** The verdict of the compatibility check and the report lines that explain it. */
export interface CompatibilityVerdict {
  readonly ok: boolean
  readonly lines: readonly string[]
}

/** Judges the changes from `baselineSdl` to `currentSdl` given the pending changesets. */
export async function judgeCompatibility(
  baselineSdl: string,
  currentSdl: string,
  changesets: readonly ChangesetFile[],
): Promise<CompatibilityVerdict> {
  const { breaking, dangerous, safe } = await compareSdl(baselineSdl, currentSdl)
  const lines: string[] = []
  const list = (title: string, mark: string, changes: readonly Change[]) => {
    if (changes.length === 0) return
    lines.push(`${title} (${changes.length}):`)
    for (const c of changes) {
      lines.push(`  ${mark} ${c.path ? `${c.path}: ` : ''}${c.message}`)
      if (c.criticality.reason) lines.push(`      ${c.criticality.reason}`)
    }
  }
  list('Breaking changes', '✖', breaking)
  list('Dangerous changes', '⚠', dangerous)
  lines.push(`Safe changes: ${safe.length}.`)
  if (breaking.length === 0) return { ok: true, lines }
  const major = declaresMajor(changesets)
  if (major) {
    lines.push(`Breaking changes allowed: ${major} declares a major bump of ${PACKAGE_NAME}.`)
    return { ok: true, lines }
  }
  lines.push(
    `Breaking changes need a changeset declaring "${PACKAGE_NAME}": major (npx changeset), ` +
      'or keep the old fields and deprecate them (@deprecated(reason: …)).',
  )
  return { ok: false, lines }
}

async function readChangesets(directory: URL): Promise<ChangesetFile[]> {
  const names = await readdir(directory).catch(() => [] as string[])
  const files = names.filter((n) => n.endsWith('.md') && n.toLowerCase() !== 'readme.md').sort()
  return Promise.all(
    files.map(async (file) => ({ file, text: await readFile(new URL(file, directory), 'utf8') })),
  )
}

async function main(argv: readonly string[]): Promise<number> {
  const packageDir = fileURLToPath(new URL('..', import.meta.url))
  const git: Git = (args) => {
    try {
      return execFileSync('git', args, {
        cwd: packageDir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      }).trim()
    } catch {
      return null
    }
  }
  const baseIndex = argv.indexOf('--base')
  const base = baseIndex >= 0 ? argv[baseIndex + 1] : null
  if (baseIndex >= 0 && !base) {
    process.stderr.write('--base needs a git ref, e.g. --base origin/main\n')
    return 2
  }

  // 1. Drift: the same comparison as test/schema.test.ts and `print-schema.ts --check`.
  const { printSchema } = await import('graphql')
  const { schema } = await import('../src/schema/index.js')
  const printed = `${SCHEMA_HEADER}${printSchema(schema)}\n`
  const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8').catch(
    () => '',
  )
  const drifted = committed !== printed
  if (drifted) {
    process.stderr.write(
      '✖ schema.graphql is not what the code prints: run `npm run schema -w @chidao/gateway` and commit it.\n',
    )
  } else {
    process.stdout.write('✔ schema.graphql is up to date with the code.\n')
  }

  // 2. Compatibility with the baseline, for the schema the code prints.
  const baseline = findBaseline(git, base)
  process.stdout.write(`Baseline: ${baseline.description}.\n`)
  const baselineSdl = git(['show', `${baseline.ref}:./schema.graphql`])
  if (baselineSdl === null) {
    process.stdout.write(`No schema.graphql at ${baseline.ref}: nothing to compare with.\n`)
    return drifted ? 1 : 0
  }
  const changesets = await readChangesets(new URL('../../../.changeset/', import.meta.url))
  const verdict = await judgeCompatibility(baselineSdl, printed, changesets)
  const out = verdict.ok ? process.stdout : process.stderr
  out.write(`${verdict.lines.join('\n')}\n`)
  return drifted || !verdict.ok ? 1 : 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2))
}
