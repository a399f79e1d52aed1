import { randomBytes } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'
import { link, open, readFile, rename, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { type DataDirectoryHolder, DataDirectoryInUseError } from '../errors.js'

/** The lock file inside an embedded data directory: who has it open. */
export const LOCK_FILE = 'chidao.lock'

/** The lock an opener holds on an embedded data directory until it closes the database. */
export interface DataDirectoryLock {
  /** The lock file's path. */
  readonly path: string
  /** Removes the lock file, if it is still this process's. Never throws. */
  release(): Promise<void>
}

/** What the lock file records: enough to name the holder and to tell whether it still runs. */
interface LockRecord extends DataDirectoryHolder {
  /** The holder's start time in clock ticks since boot (Linux), to tell a reused pid apart. */
  readonly startTime: string | null
  /** Random, so that a lock is never mistaken for another one written by the same pid. */
  readonly token: string
}

/** Lock files held by this process: path → their exact text. */
const held = new Map<string, string>()
let exitHookInstalled = false

/**
 * Takes the embedded data directory `dataDir` for this process alone: creates `chidao.lock`
 * in it with O_EXCL, recording the pid, the command line, the host and the time. PGlite has
 * no lock of its own, and a second process opening the same directory would work on its own
 * copy of the database in memory, its writes lost or overwritten.
 *
 * When the file exists, the process it names is looked up: if it still runs (same host, the
 * pid alive, not a zombie, and — where `/proc` tells — started at the recorded time, so a
 * reused pid does not count), the directory is refused with a {@link DataDirectoryInUseError}
 * naming that process. If it does not (killed with SIGKILL, crashed, a reboot), the stale
 * lock is taken over. A lock written on another host is always respected.
 */
export async function lockDataDirectory(dataDir: string): Promise<DataDirectoryLock> {
  const path = join(resolve(dataDir), LOCK_FILE)
  const mine: LockRecord = {
    pid: process.pid,
    command: ownCommand(),
    hostname: hostname(),
    since: new Date().toISOString(),
    startTime: processStat(process.pid)?.startTime ?? null,
    token: randomBytes(8).toString('hex'),
  }
  const text = `${JSON.stringify(mine)}\n`
  // Each round either creates the file, refuses, or removes a stale lock and tries again.
  for (let round = 0; round < 5; round++) {
    if (await createExclusive(path, text)) {
      held.set(path, text)
      installExitHook()
      return { path, release: () => releaseLock(path) }
    }
    const existing = await readLock(path)
    if (existing === null) continue // removed in the meantime: try again
    if (existing.record !== null && isRunning(existing.record, path)) {
      throw new DataDirectoryInUseError(resolve(dataDir), existing.record)
    }
    await removeStale(path, existing.text)
  }
  throw new DataDirectoryInUseError(resolve(dataDir), null)
}

/** Creates the file only if it does not exist (O_EXCL); false when it does. */
async function createExclusive(path: string, text: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(path, 'wx', 0o644)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => {})
    await unlink(path).catch(() => {})
    throw error
  }
  await handle.close()
  return true
}

/**
 * The lock file's text and what it records; `record` null when the text is not a lock
 * (empty or cut short: a writer still writing, or a crash mid-write). Null when absent.
 */
async function readLock(path: string): Promise<{ text: string; record: LockRecord | null } | null> {
  // A file just created may not hold its text yet: look again shortly before judging it.
  for (let look = 0; look < 5; look++) {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    const record = parseRecord(text)
    if (record !== null || look === 4) return { text, record }
    await new Promise((r) => setTimeout(r, 100))
  }
  return null
}

function parseRecord(text: string): LockRecord | null {
  try {
    const value = JSON.parse(text) as Partial<LockRecord>
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0) {
      return null
    }
    return {
      pid: value.pid,
      command: typeof value.command === 'string' ? value.command : null,
      hostname: typeof value.hostname === 'string' ? value.hostname : null,
      since: typeof value.since === 'string' ? value.since : null,
      startTime: typeof value.startTime === 'string' ? value.startTime : null,
      token: typeof value.token === 'string' ? value.token : '',
    }
  } catch {
    return null
  }
}

/** Whether the process a lock names may still have the directory open. */
function isRunning(record: LockRecord, path: string): boolean {
  if (record.hostname !== null && record.hostname !== hostname()) return true // cannot tell
  if (record.pid === process.pid) {
    // This process: in use if it is one of our own locks; otherwise an earlier process that
    // had the same pid (a container's pid 1, after a restart) left it.
    return held.has(path)
  }
  try {
    process.kill(record.pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false
    // EPERM: it exists, under another user.
  }
  const stat = processStat(record.pid)
  if (stat === null) return true // no /proc: the pid is alive, trust it
  if (stat.state === 'Z' || stat.state === 'X') return false // exited, not yet reaped
  return record.startTime === null || stat.startTime === record.startTime
}

/**
 * Removes a stale lock without removing a fresh one that another process wrote meanwhile:
 * the file is renamed aside (atomic) and compared; if it is not the stale text, it is put back.
 */
async function removeStale(path: string, staleText: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    await rename(path, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  try {
    const moved = await readFile(aside, 'utf8')
    if (moved !== staleText) await link(aside, path).catch(() => {})
  } finally {
    await unlink(aside).catch(() => {})
  }
}

async function releaseLock(path: string): Promise<void> {
  const text = held.get(path)
  if (text === undefined) return
  held.delete(path)
  try {
    if ((await readFile(path, 'utf8')) === text) await unlink(path)
  } catch {
    // Already gone, or the directory went away: nothing to release.
  }
}

/** On a normal exit (also after an uncaught exception) the locks go with the process. */
function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const [path, text] of held) {
      try {
        if (readFileSync(path, 'utf8') === text) unlinkSync(path)
      } catch {
        // nothing to do on the way out
      }
    }
    held.clear()
  })
}

/** This process's command line, as `ps` shows it. */
function ownCommand(): string {
  try {
    const cmdline = readFileSync('/proc/self/cmdline', 'utf8').split('\0').filter(Boolean)
    if (cmdline.length > 0) return cmdline.join(' ')
  } catch {
    // not Linux
  }
  return [process.argv0, ...process.argv.slice(1)].join(' ')
}

/** State and start time of a process from /proc (Linux); null elsewhere or when it is gone. */
function processStat(pid: number): { state: string; startTime: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const state = fields[0]
    const startTime = fields[19] // field 22 of stat, counting from 1 with pid and comm
    return state && startTime ? { state, startTime } : null
  } catch {
    return null
  }
}
