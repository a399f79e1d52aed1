import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { sql } from 'kysely'
import type { ChidaoDatabase } from '../chidao-database.js'
import { MIGRATIONS } from '../migrations/index.js'

/** The file of a start snapshot's dump (a gzipped tar of a PGlite data directory). */
export const START_SNAPSHOT_DUMP = 'start-snapshot.tar.gz'
/** The file saying what a start snapshot holds (JSON). */
export const START_SNAPSHOT_MANIFEST = 'start-snapshot.json'

/**
 * What a start snapshot was made from. A snapshot is used only when every field matches the
 * running code: the migrations (names and code), PGlite's version (the format of its data
 * directory), what the caller put in it, and the dump's own hash.
 */
export interface StartSnapshotManifest {
  readonly format: 1
  /** The migrations applied in the snapshot, by name, in order. */
  readonly migrations: readonly string[]
  /** sha256 of every migration's name and code: a migration edited in place changes it. */
  readonly migrationsHash: string
  readonly pglite: string
  /** What the maker put in beyond the migrated schema (tenant, seed, bundle hash…), as text. */
  readonly contents: Readonly<Record<string, string>>
  /** sha256 of the dump file. */
  readonly dumpSha256: string
}

/** A start snapshot that matches, or why none is used. */
export type StartSnapshot =
  | { readonly ok: true; readonly dump: Blob; readonly manifest: StartSnapshotManifest }
  | { readonly ok: false; readonly reason: string }

/** The migrations this code would apply, by name, and one hash of their names and code. */
export function migrationsFingerprint(): { readonly names: string[]; readonly hash: string } {
  const names = Object.keys(MIGRATIONS).sort()
  const hash = createHash('sha256')
  for (const name of names) {
    const migration = MIGRATIONS[name]!
    hash.update(`${name}\u0000${String(migration.up)}\u0000${String(migration.down ?? '')}\u0000`)
  }
  return { names, hash: hash.digest('hex') }
}

let pgliteVersionCache: string | null = null

/** The installed PGlite's version: its data directory is only read by a matching engine. */
export function pgliteVersion(): string {
  if (pgliteVersionCache === null) {
    // The package exports no package.json: it is two levels above its entry (dist/index.cjs).
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite')
    const file = join(dirname(dirname(entry)), 'package.json')
    pgliteVersionCache = String(
      (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version,
    )
  }
  return pgliteVersionCache
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * Writes a start snapshot of the embedded `db` into `directory`: the dump of its data directory
 * ({@link START_SNAPSHOT_DUMP}) and its manifest ({@link START_SNAPSHOT_MANIFEST}), naming the
 * migrations recorded in it and `contents`. Refuses a database that is not embedded or whose
 * recorded migrations are not exactly this code's.
 */
export async function writeStartSnapshot(
  db: ChidaoDatabase,
  directory: string,
  contents: Readonly<Record<string, string>>,
): Promise<StartSnapshotManifest> {
  const { names, hash } = migrationsFingerprint()
  // No migration table at all: not migrated.
  const recorded = await sql<{ name: string }>`select name from chidao_migration order by name`
    .execute(db.kysely)
    .then(
      (result) => result.rows.map((row) => row.name),
      () => [],
    )
  if (recorded.join('\n') !== names.join('\n')) {
    throw new Error(
      `The start snapshot must be fully migrated: recorded ${recorded.join(', ') || 'none'}, expected ${names.join(', ')}`,
    )
  }
  // A checkpoint first: the copy then starts with nothing to replay from its write-ahead log.
  if (db.backend === 'pglite') await sql`checkpoint`.execute(db.kysely)
  const blob = await db.snapshot('gzip')
  if (!blob) throw new Error(`A start snapshot is made of an embedded database, not ${db.location}`)
  const bytes = new Uint8Array(await blob.arrayBuffer())
  const manifest: StartSnapshotManifest = {
    format: 1,
    migrations: names,
    migrationsHash: hash,
    pglite: pgliteVersion(),
    contents: { ...contents },
    dumpSha256: sha256(bytes),
  }
  await mkdir(directory, { recursive: true })
  // The dump first, the manifest last: a half-written snapshot has no manifest and is not used.
  const partial = join(directory, `${START_SNAPSHOT_MANIFEST}.partial`)
  await writeFile(join(directory, START_SNAPSHOT_DUMP), bytes)
  await writeFile(partial, `${JSON.stringify(manifest, null, 2)}\n`)
  await rename(partial, join(directory, START_SNAPSHOT_MANIFEST))
  return manifest
}

/**
 * Reads the start snapshot in `directory` when it matches this code and `contents`: same
 * migrations (names and code), same PGlite, same contents, an intact dump. Otherwise says why
 * not, and the caller starts the slow way (initdb, migrations, seed).
 */
export async function readStartSnapshot(
  directory: string,
  contents: Readonly<Record<string, string>>,
): Promise<StartSnapshot> {
  let manifest: StartSnapshotManifest
  try {
    manifest = JSON.parse(
      await readFile(join(directory, START_SNAPSHOT_MANIFEST), 'utf8'),
    ) as StartSnapshotManifest
  } catch {
    return { ok: false, reason: `no start snapshot in ${directory}` }
  }
  const stale = staleness(manifest, contents)
  if (stale) return { ok: false, reason: `the start snapshot in ${directory} ${stale}` }
  const bytes = await readFile(join(directory, START_SNAPSHOT_DUMP)).catch(() => null)
  if (bytes === null) return { ok: false, reason: `the start snapshot in ${directory} has no dump` }
  if (sha256(bytes) !== manifest.dumpSha256) {
    return { ok: false, reason: `the start snapshot's dump in ${directory} is not the one made` }
  }
  return { ok: true, dump: new Blob([bytes]), manifest }
}

/** Why `manifest` does not fit this code and `contents`; null when it does. */
function staleness(
  manifest: StartSnapshotManifest,
  contents: Readonly<Record<string, string>>,
): string | null {
  if (manifest.format !== 1) return `has format ${String(manifest.format)}, not 1`
  const { names, hash } = migrationsFingerprint()
  if ((manifest.migrations ?? []).join('\n') !== names.join('\n')) {
    return `was migrated to ${manifest.migrations?.at(-1) ?? 'nothing'}, the code to ${names.at(-1)}`
  }
  if (manifest.migrationsHash !== hash) return 'was made by migrations whose code has changed'
  if (manifest.pglite !== pgliteVersion()) {
    return `was made by PGlite ${manifest.pglite}, this is ${pgliteVersion()}`
  }
  const wanted = Object.entries(contents).sort(([a], [b]) => a.localeCompare(b))
  const held = Object.entries(manifest.contents ?? {}).sort(([a], [b]) => a.localeCompare(b))
  if (JSON.stringify(wanted) !== JSON.stringify(held)) {
    return `holds ${JSON.stringify(Object.fromEntries(held))}, not ${JSON.stringify(Object.fromEntries(wanted))}`
  }
  return null
}
