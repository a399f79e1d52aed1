import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../src/embedded/data-directory-lock.js'
import { DataDirectoryInUseError } from '../src/errors.js'
import { MEMORY, openDatabase } from '../src/open-database.js'

const OPEN_DATABASE = fileURLToPath(new URL('../src/open-database.ts', import.meta.url))

/** Starts a separate Node process that opens `dataDir` and keeps it open until killed. */
async function holder(dir: string, dataDir: string): Promise<ChildProcess> {
  const script = join(dir, 'hold.mts')
  await writeFile(
    script,
    `import { openDatabase } from ${JSON.stringify(OPEN_DATABASE)}
const db = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} })
await db.ping()
console.log('open')
setInterval(() => {}, 60_000)
`,
  )
  const child = spawn(
    process.execPath,
    ['--conditions=@chidao/source', '--import', 'tsx', script],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  // Opening PGlite on a new directory takes seconds, many more on a loaded machine: wait for the
  // holder to say so (or to end), however long, within the test's guard against a hang.
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      output += c
      if (output.includes('open')) resolve()
    })
    child.stderr!.on('data', (c: Buffer) => {
      output += c
    })
    child.once('exit', () =>
      reject(new Error(`the holder ended before it opened the directory:\n${output}`)),
    )
  })
  return child
}

describe('an embedded data directory is opened by one process at a time', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chidao-lock-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('refuses a second opener in the same process, naming the holder, until the first closes', async () => {
    const dataDir = join(dir, 'same-process')
    const first = await openDatabase({ dataDir })
    let closed = false
    try {
      const second = openDatabase({ dataDir })
      await expect(second).rejects.toBeInstanceOf(DataDirectoryInUseError)
      const error = (await second.catch((e: unknown) => e)) as DataDirectoryInUseError
      expect(error.code).toBe('DATA_DIRECTORY_IN_USE')
      expect(error.holder?.pid).toBe(process.pid)
      expect(error.message).toContain(dataDir)
      expect(error.message).toContain(`pid ${process.pid}`)
      expect(error.message).toContain('Cơ sở dữ liệu nhúng')
      await first.close()
      closed = true
      const again = await openDatabase({ dataDir })
      await again.ping()
      await again.close()
    } finally {
      if (!closed) await first.close()
    }
  })

  it('refuses the directory while another process holds it, and takes over once SIGKILL ended it', async () => {
    const dataDir = join(dir, 'other-process')
    const child = await holder(dir, dataDir)
    try {
      const attempt = openDatabase({ dataDir })
      const error = (await attempt.catch((e: unknown) => e)) as DataDirectoryInUseError
      expect(error).toBeInstanceOf(DataDirectoryInUseError)
      expect(error.holder?.pid).toBe(child.pid)
      expect(error.holder?.command).toContain('hold.mts')
      expect(error.message).toContain(`pid ${child.pid}`)
      expect(error.message).toContain('hold.mts')
    } finally {
      child.kill('SIGKILL')
      await once(child, 'exit').catch(() => {})
    }
    // The killed holder could not remove its lock: it names a process that no longer runs.
    const stale = JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8'))
    expect(stale.pid).toBe(child.pid)
    const db = await openDatabase({ dataDir })
    try {
      await db.ping()
      const taken = JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8'))
      expect(taken.pid).toBe(process.pid)
    } finally {
      await db.close()
    }
    await expect(readFile(join(dataDir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('needs no lock in memory', async () => {
    const a = await openDatabase({ url: MEMORY })
    const b = await openDatabase({ url: MEMORY })
    await Promise.all([a.close(), b.close()])
  })
})
