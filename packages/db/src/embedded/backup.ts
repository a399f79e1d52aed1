import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { DataDirectoryInUseError } from '../errors.js'
import { openDatabase } from '../open-database.js'
import { BackupError } from './backup-error.js'
import { requestBackup } from './backup-socket.js'
import { LOCK_FILE, lockDataDirectory } from './data-directory-lock.js'
import { MARK, tarEntries, unpackDataDir, unpackedTar } from './unpack-data-dir.js'

/** What {@link backupEmbedded} wrote. */
export interface BackupWritten {
  readonly file: string
  readonly bytes: number
  /** SHA-256 of the file, hexadecimal: to check a copy of it later. */
  readonly sha256: string
  /** Whether the copy came from the running server that holds the directory. */
  readonly fromRunningServer: boolean
}

/**
 * Writes a consistent copy of the embedded database in `dataDir` to `file` (a gzipped tar of
 * the data directory, what `restoreEmbedded` reads). When a running `chidao serve` holds the
 * directory, the copy is asked of it through its backup socket and made between two of its
 * statements, so it holds every write acknowledged before the request; otherwise the directory
 * is opened here, copied and closed. The file appears whole or not at all (written beside it,
 * flushed, then renamed); an existing file is kept unless `overwrite`.
 */
export async function backupEmbedded(options: {
  readonly dataDir: string
  readonly file: string
  readonly overwrite?: boolean
}): Promise<BackupWritten> {
  const { dataDir, file } = options
  if (!options.overwrite && existsSync(file)) {
    throw new BackupError(
      'BACKUP_FILE_EXISTS',
      `${file} already exists: name another file, or pass --force to replace it.`,
      `${file} đã có: hãy đặt tên tệp khác, hoặc thêm --force để ghi đè.`,
    )
  }
  if (!existsSync(join(dataDir, MARK))) {
    throw new BackupError(
      'NO_DATABASE_TO_BACK_UP',
      `${dataDir} holds no embedded database to back up (check CHIDAO_DATA_DIR).`,
      `${dataDir} không chứa cơ sở dữ liệu nhúng nào để sao lưu (hãy kiểm tra CHIDAO_DATA_DIR).`,
    )
  }
  const { bytes, fromRunningServer } = await copyOf(dataDir)
  await checkArchive(bytes, 'the copy just made')
  await writeWhole(file, bytes)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { file, bytes: bytes.length, sha256, fromRunningServer }
}

async function copyOf(dataDir: string): Promise<{ bytes: Uint8Array; fromRunningServer: boolean }> {
  let db: Awaited<ReturnType<typeof openDatabase>>
  try {
    db = await openDatabase({ dataDir })
  } catch (error) {
    if (!(error instanceof DataDirectoryInUseError)) throw error
    return { bytes: await requestBackup(dataDir), fromRunningServer: true }
  }
  try {
    const dump = await db.snapshot('gzip')
    return { bytes: new Uint8Array(await dump!.arrayBuffer()), fromRunningServer: false }
  } finally {
    await db.close()
  }
}

/** Writes `bytes` beside `file`, flushes it to disk, then renames it into place. */
async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const partial = join(dirname(file), `.${basename(file)}.partial-${process.pid}`)
  const handle = await open(partial, 'w', 0o600)
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(partial, file)
}

/**
 * Refuses bytes that are not a copy of an embedded data directory (a gzipped or plain tar
 * holding PostgreSQL's PG_VERSION), with a {@link BackupError} `NOT_A_BACKUP` naming `what`.
 */
export async function checkArchive(bytes: Uint8Array, what: string): Promise<void> {
  let hasMark = false
  try {
    for (const entry of tarEntries(await unpackedTar(bytes))) {
      if (entry.path.replace(/^\.?\/+/, '') === MARK) hasMark = true
    }
  } catch (error) {
    throw notABackup(what, error instanceof Error ? error.message : String(error), error)
  }
  if (!hasMark) throw notABackup(what, `it holds no ${MARK}`)
}

function notABackup(what: string, why: string, cause?: unknown): BackupError {
  return new BackupError(
    'NOT_A_BACKUP',
    `${what} is not a backup of chidao's embedded database: ${why}.`,
    `${what} không phải bản sao lưu cơ sở dữ liệu nhúng của chidao: ${why}.`,
    { cause },
  )
}

/** What {@link restoreEmbedded} did. */
export interface RestoreDone {
  readonly dataDir: string
  /** Where the database that was there before went (kept, never deleted); null if none. */
  readonly previousMovedTo: string | null
  /** Rows of the restored database, to tell the operator what came back. */
  readonly counts: {
    readonly tenants: number
    readonly tasks: number
    readonly progressReports: number
  }
}

/**
 * Restores a backup written by {@link backupEmbedded} into `dataDir`. Nothing is touched
 * until the backup has been read, unpacked beside the directory and opened (which also replays
 * its WAL); then a database already in `dataDir` is moved aside to
 * `<dataDir>.before-restore-<time>` (only with `replace`; refused otherwise) and the restored one
 * renamed into place. The directory must not be open in any process.
 */
export async function restoreEmbedded(options: {
  readonly file: string
  readonly dataDir: string
  readonly replace?: boolean
}): Promise<RestoreDone> {
  const dataDir = resolve(options.dataDir)
  const bytes = new Uint8Array(await readFile(options.file))
  await checkArchive(bytes, options.file)
  const holdsDatabase = existsSync(join(dataDir, MARK))
  if (holdsDatabase && !options.replace) {
    throw new BackupError(
      'RESTORE_WOULD_REPLACE',
      `${options.dataDir} already holds a database: pass --force to move it aside (it is kept) and restore.`,
      `${options.dataDir} đã có cơ sở dữ liệu: thêm --force để chuyển nó sang chỗ khác (vẫn giữ lại) rồi khôi phục.`,
    )
  }
  // Refused here, before any work, when a process has the directory open.
  const lock = existsSync(dataDir) ? await lockDataDirectory(dataDir) : null
  const staging = `${dataDir}.restoring-${process.pid}`
  try {
    await rm(staging, { recursive: true, force: true })
    await unpackDataDir(bytes, staging, { leaveOut: [LOCK_FILE] })
    const counts = await countsOf(staging)
    const previousMovedTo = await moveAside(dataDir, lock !== null)
    await rename(staging, dataDir)
    await lock?.release() // its file went aside with the old database: this forgets it
    return { dataDir: options.dataDir, previousMovedTo, counts }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    await lock?.release()
    throw error
  }
}

/** Opens the unpacked copy (PGlite replays its WAL) and counts what it holds. */
async function countsOf(dataDir: string): Promise<RestoreDone['counts']> {
  const db = await openDatabase({ dataDir })
  try {
    const count = async (table: 'tenant' | 'task' | 'progress_report') => {
      const row = await db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
      return Number(row.n)
    }
    return {
      tenants: await count('tenant'),
      tasks: await count('task'),
      progressReports: await count('progress_report'),
    }
  } finally {
    await db.close()
  }
}

/**
 * Moves what is in `dataDir` (locked by this process) out of the way: to
 * `<dataDir>.before-restore-<time>` when it holds anything but this process's lock; the lock goes
 * with it and is removed there. Returns where it went, or null.
 */
async function moveAside(dataDir: string, exists: boolean): Promise<string | null> {
  if (!exists) return null
  const names = (await readdir(dataDir)).filter((name) => name !== LOCK_FILE)
  if (names.length === 0) {
    await rm(dataDir, { recursive: true, force: true })
    return null
  }
  const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
  await rename(dataDir, aside)
  await rm(join(aside, LOCK_FILE), { force: true })
  return aside
}
