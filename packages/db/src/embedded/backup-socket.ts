import { createHash } from 'node:crypto'
import { mkdir, stat, unlink } from 'node:fs/promises'
import { createConnection, createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { ChidaoDatabase } from '../chidao-database.js'
import { BackupError } from './backup-error.js'

/** What a client asks on the backup socket: one line. */
const REQUEST = 'BACKUP\n'
/** The longest answer header a client reads before giving up on the server. */
const MAX_HEADER_BYTES = 4096

/** The answer's first line, JSON, before the archive's bytes. */
type Header =
  | { readonly ok: true; readonly bytes: number }
  | { readonly ok: false; readonly message: string }

/** A running listener for backups of the embedded database this process serves. */
export interface BackupListener {
  /** The Unix socket's path. */
  readonly path: string
  /** Stops listening and removes the socket; waits for a backup under way. */
  close(): Promise<void>
}

/**
 * The Unix socket through which `chidao backup` asks the process that holds an embedded data
 * directory for a copy of it: in a directory of this user's alone (mode 0700) in the system's
 * temporary directory, named after the data directory's absolute path. Only a local process of
 * the same user (who could read the data directory's files anyway) can reach it.
 */
export function backupSocketPath(dataDir: string): string {
  const digest = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 20)
  return join(privateSocketDirectory(), `${digest}.sock`)
}

function privateSocketDirectory(): string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user'
  return join(tmpdir(), `chidao-backup-${uid}`)
}

/** Makes the socket directory, or checks that the one there is this user's alone. */
async function ensurePrivateDirectory(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 })
  const info = await stat(directory)
  const mine = typeof process.getuid !== 'function' || info.uid === process.getuid()
  if (!info.isDirectory() || !mine || (info.mode & 0o077) !== 0) {
    throw new Error(
      `${directory} is not a directory of this user's alone (mode 0700): no backup socket`,
    )
  }
}

/**
 * Answers backups of `db`, the embedded database open on `dataDir`, on its backup socket
 * ({@link backupSocketPath}): each request gets a gzipped tar of the data directory made by
 * {@link ChidaoDatabase.snapshot}, which no write can interleave with. Call it after opening the
 * directory (this process holds its lock, so a socket left there by a killed holder is removed).
 */
export async function listenForBackups(
  db: ChidaoDatabase,
  dataDir: string,
): Promise<BackupListener> {
  const path = backupSocketPath(dataDir)
  await ensurePrivateDirectory(dirname(path))
  await unlink(path).catch(() => {})
  const underWay = new Set<Promise<void>>()
  const server = createServer((socket) => {
    const answered = answerBackup(db, socket).finally(() => underWay.delete(answered))
    underWay.add(answered)
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(path, () => done())
  })
  return {
    path,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()))
      await Promise.allSettled([...underWay])
      await unlink(path).catch(() => {})
    },
  }
}

async function answerBackup(db: ChidaoDatabase, socket: Socket): Promise<void> {
  socket.on('error', () => {}) // a client that went away: nothing to tell it
  try {
    const request = await readLine(socket, REQUEST.length)
    if (`${request}\n` !== REQUEST) {
      socket.end(`${JSON.stringify({ ok: false, message: 'unknown request' })}\n`)
      return
    }
    const dump = await db.snapshot('gzip')
    if (!dump) throw new Error('this database has no data directory to copy')
    const bytes = new Uint8Array(await dump.arrayBuffer())
    socket.write(`${JSON.stringify({ ok: true, bytes: bytes.length } satisfies Header)}\n`)
    socket.end(bytes)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    socket.end(`${JSON.stringify({ ok: false, message } satisfies Header)}\n`)
  }
}

/** Reads one line (without its newline) of at most `max` bytes. */
function readLine(socket: Socket, max: number): Promise<string> {
  return new Promise((done, fail) => {
    let text = ''
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const end = text.indexOf('\n')
      if (end !== -1 || text.length > max) {
        socket.off('data', onData)
        done(end === -1 ? text : text.slice(0, end))
      }
    }
    socket.on('data', onData)
    socket.once('end', () => done(text))
    socket.once('error', fail)
  })
}

/**
 * Asks the process that holds `dataDir` for a gzipped copy of it through the backup socket.
 * Throws a {@link BackupError} `BACKUP_SERVER_UNREACHABLE` when nothing answers there (the
 * holder is not a `chidao serve`, or an older one).
 */
export async function requestBackup(dataDir: string): Promise<Uint8Array> {
  const path = backupSocketPath(dataDir)
  const socket = await new Promise<Socket>((done, fail) => {
    const s = createConnection(path, () => done(s))
    s.once('error', (error) => fail(unreachable(dataDir, error)))
  })
  const chunks: Buffer[] = []
  const ended = new Promise<void>((done, fail) => {
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.once('end', () => done())
    socket.once('error', (error) => fail(unreachable(dataDir, error)))
  })
  socket.write(REQUEST)
  await ended
  const answer = Buffer.concat(chunks)
  const newline = answer.indexOf(0x0a)
  if (newline === -1 || newline > MAX_HEADER_BYTES)
    throw unreachable(dataDir, new Error('no answer'))
  const header = JSON.parse(answer.subarray(0, newline).toString('utf8')) as Header
  if (!header.ok) throw unreachable(dataDir, new Error(header.message))
  const bytes = answer.subarray(newline + 1)
  if (bytes.length !== header.bytes) {
    throw unreachable(dataDir, new Error(`${bytes.length} of ${header.bytes} bytes received`))
  }
  return new Uint8Array(bytes)
}

function unreachable(dataDir: string, cause: unknown): BackupError {
  const why = cause instanceof Error ? cause.message : String(cause)
  return new BackupError(
    'BACKUP_SERVER_UNREACHABLE',
    `${dataDir} is open in another process, and no chidao server answered for it on its backup socket (${why}). ` +
      'Back it up through the running `chidao serve`, or stop the process that holds it and try again.',
    `${dataDir} đang được một tiến trình khác mở, và không máy chủ chidao nào trả lời yêu cầu sao lưu cho nó (${why}). ` +
      'Hãy sao lưu khi `chidao serve` đang chạy, hoặc dừng tiến trình đang giữ nó rồi thử lại.',
    { cause },
  )
}
