/**
 * `chidao serve` when its database cannot be had: PostgreSQL unreachable, or an embedded data
 * directory that cannot be written. Each must end the process with a non-zero code and a
 * message that says what to check, within seconds; never hang.
 */
import { chmod, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CHILD_JWT_SECRET,
  childrenAndFoldersForSuite,
  exitWithin,
  leakIn,
  startCli,
} from './support.js'

/** Generous: tsx compiles the sources on start (≈ 2 s); the database part must be quick. */
const EXIT_WITHIN_MS = 20_000

describe('serve when the database cannot be had', () => {
  const { children, dirs } = childrenAndFoldersForSuite(1_000)

  /** Starts `chidao serve`, which must end with a non-zero code within EXIT_WITHIN_MS. */
  async function serveFails(env: Record<string, string>) {
    const started = Date.now()
    const child = startCli(['serve'], { ...env, CHIDAO_JWT_SECRET: CHILD_JWT_SECRET })
    children.push(child)
    const code = await exitWithin(child, EXIT_WITHIN_MS)
    const elapsed = Date.now() - started
    expect(code).not.toBe('timeout')
    expect(code).not.toBe(0)
    return { child, code, elapsed }
  }

  it('exits non-zero naming host and port when PostgreSQL is unreachable', async () => {
    const { child, code, elapsed } = await serveFails({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x',
    })
    expect(child.output()).toContain('127.0.0.1:1')
    expect(child.output()).toMatch(/connection refused/i)
    expect(leakIn(child.output())).toBeNull()
    console.log(
      `[figures] unreachable PostgreSQL: exit ${code} after ${elapsed} ms (process start included): ${child.output().trim()}`,
    )
  })

  it('exits non-zero with a clear error when the data directory cannot be written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chidao-ro-'))
    dirs.push(dir)
    // As root, mode 0555 does not stop writes: then a file stands where the directory should be.
    const root = process.getuid?.() === 0
    let dataDir: string
    if (root) {
      await writeFile(join(dir, 'not-a-directory'), 'x')
      dataDir = join(dir, 'not-a-directory', 'data')
    } else {
      await chmod(dir, 0o555)
      dataDir = join(dir, 'data')
    }
    const { child, code, elapsed } = await serveFails({ CHIDAO_DATA_DIR: dataDir })
    expect(child.output()).toContain(dataDir)
    expect(child.output()).toMatch(/writable/)
    expect(child.output()).not.toMatch(/unexpected error/)
    console.log(
      `[figures] unwritable data directory (${root ? 'root: a file in place of the directory' : 'mode 0555'}): exit ${code} after ${elapsed} ms: ${child.output().trim()}`,
    )
  })
})
