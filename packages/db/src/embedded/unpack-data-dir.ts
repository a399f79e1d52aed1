import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, normalize, sep } from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'

const gunzipAsync = promisify(gunzip)

const BLOCK = 512
/** Files written at once: enough to keep the thread pool busy. */
const PARALLEL_WRITES = 8
/** PostgreSQL's mark of a data directory: written last, so a half-unpacked one lacks it. */
export const MARK = 'PG_VERSION'

/** One entry of a tar archive: a directory, or a file and its bytes. */
export interface TarEntry {
  readonly path: string
  readonly directory: boolean
  readonly bytes: Uint8Array
}

function field(header: Uint8Array, offset: number, length: number): string {
  const bytes = header.subarray(offset, offset + length)
  const end = bytes.indexOf(0)
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8')
}

/** The entries of a ustar archive, as PGlite's `dumpDataDir` writes them (files, directories). */
export function* tarEntries(tar: Uint8Array): Generator<TarEntry> {
  let offset = 0
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every((byte) => byte === 0)) return
    const prefix = field(header, 345, 155)
    const name = field(header, 0, 100)
    const path = prefix ? `${prefix}/${name}` : name
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8)
    const type = String.fromCharCode(header[156] ?? 0)
    offset += BLOCK
    if (!Number.isFinite(size) || offset + size > tar.length) {
      throw new Error(`the data directory's archive is cut short at ${path}`)
    }
    if (type === '5') yield { path, directory: true, bytes: new Uint8Array() }
    else if (type === '0' || type === '\u0000') {
      yield { path, directory: false, bytes: tar.subarray(offset, offset + size) }
    } else throw new Error(`the data directory's archive holds ${path} of tar type "${type}"`)
    offset += Math.ceil(size / BLOCK) * BLOCK
  }
}

/** `path` of the archive inside `dataDir`; refuses one that would land outside it. */
function inside(dataDir: string, path: string): string {
  const relative = normalize(path.replace(/^\/+/, ''))
  if (relative === '..' || relative.startsWith(`..${sep}`)) {
    throw new Error(`the data directory's archive names ${path}, outside the directory`)
  }
  return join(dataDir, relative)
}

/**
 * Unpacks a dump of a PGlite data directory (`dumpDataDir`, a tar, gzipped or not) into
 * `dataDir`, which holds no database yet. PostgreSQL's mark ({@link MARK}) is written last:
 * if the process stops half-way, the next start sees no database and unpacks again.
 *
 * What PGlite's own `loadDataDir` does, but with Node's file system and zlib rather than
 * through the WebAssembly file system: a first start spends about a third less. Entries named
 * in `leaveOut` (paths inside the directory, such as a copied lock file) are not written.
 */
export async function unpackDataDir(
  dump: Blob | Uint8Array,
  dataDir: string,
  options: { readonly leaveOut?: readonly string[] } = {},
): Promise<void> {
  const leaveOut = new Set((options.leaveOut ?? []).map((name) => join(dataDir, name)))
  const packed = dump instanceof Uint8Array ? dump : new Uint8Array(await dump.arrayBuffer())
  const entries = [...tarEntries(await unpackedTar(packed))].filter(
    (entry) => !leaveOut.has(inside(dataDir, entry.path)),
  )
  const mark = entries.find((entry) => inside(dataDir, entry.path) === join(dataDir, MARK))
  if (!mark) throw new Error(`the data directory's archive holds no ${MARK}`)
  const directories = new Set([dataDir])
  for (const entry of entries) {
    const target = inside(dataDir, entry.path)
    directories.add(entry.directory ? target : dirname(target))
  }
  // Parents before children (sorted), then the files a few at a time, the mark last.
  for (const directory of [...directories].sort()) await mkdir(directory, { recursive: true })
  const files = entries.filter((entry) => !entry.directory && entry !== mark)
  let next = 0
  const writer = async () => {
    while (next < files.length) {
      const entry = files[next++]!
      await writeFile(inside(dataDir, entry.path), entry.bytes, { mode: 0o600 })
    }
  }
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, writer))
  await writeFile(join(dataDir, MARK), mark.bytes, { mode: 0o600 })
}

/** The tar inside a dump, gunzipped (off the main thread) when it is gzipped. */
export async function unpackedTar(packed: Uint8Array): Promise<Uint8Array> {
  return packed[0] === 0x1f && packed[1] === 0x8b ? gunzipAsync(packed) : packed
}
