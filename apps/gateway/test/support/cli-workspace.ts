import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scratchDatabaseEnv } from '@chidao/db/testing'
import { afterAll, beforeAll } from 'vitest'
import { type CliResult, runCli } from '../reliability/support.js'

/** The folder and the command line the tests of one `describe` share. */
export interface CliWorkspace {
  /** The suite's scratch folder (made in `beforeAll`). */
  readonly dir: string
  /**
   * Runs the `chidao` command line from source, as a separate process, on the suite's data:
   * a database of its own on PostgreSQL runs, else the embedded one under `<dir>/data`; `env`
   * adds to or overrides that.
   */
  readonly chidao: (args: readonly string[], env?: Record<string, string>) => CliResult
}

/**
 * A scratch folder and database for the command-line tests of one `describe`: made before
 * them (on PostgreSQL a database of its own, never the server's shared one), removed after.
 * Call it in the describe's body; use what it gives in hooks and tests.
 *
 * @example
 * ```ts
 * describe('chidao import', () => {
 *   const cli = cliWorkspaceForSuite('chidao-import-')
 *   it('imports the example', () => {
 *     expect(cli.chidao(['import', EXAMPLE_BUNDLE_FILE]).code).toBe(0)
 *   })
 * })
 * ```
 */
export function cliWorkspaceForSuite(prefix: string): CliWorkspace {
  let dir: string | undefined
  let scratch: Awaited<ReturnType<typeof scratchDatabaseEnv>> | undefined
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix))
    scratch = await scratchDatabaseEnv()
  })
  afterAll(async () => {
    await scratch?.dispose()
    if (dir) await rm(dir, { recursive: true, force: true })
  })
  const folder = (): string => {
    if (dir === undefined) throw new Error('the workspace is made in beforeAll: use it in tests')
    return dir
  }
  return {
    get dir() {
      return folder()
    },
    chidao: (args, env = {}) =>
      runCli(args, { ...scratch?.env, CHIDAO_DATA_DIR: join(folder(), 'data'), ...env }),
  }
}
