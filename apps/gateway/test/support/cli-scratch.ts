import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXAMPLE_BUNDLE_FILE } from '@chidao/db'
import { scratchDatabaseEnv } from '@chidao/db/testing'
import { afterAll, beforeAll, expect } from 'vitest'
import { readConfig } from '../../src/config.js'
import { runCli } from '../reliability/support.js'
import { chidaoInProcess } from './cli-in-process.js'

/** Where a command-line test runs `chidao`, and how. */
export interface CliScratch {
  /** The temporary folder of the file (set before its tests run). */
  readonly dir: () => string
  /** The environment: the file's database, the embedded one in `<dir>/data`, then `extra`. */
  readonly env: (extra?: Record<string, string>) => Record<string, string>
  /** Runs `chidao` as a separate process, from source, to its end. */
  readonly run: (
    args: readonly string[],
    extra?: Record<string, string>,
  ) => ReturnType<typeof runCli>
  /** Runs `chidao` in this process, with the same environment: no Node or tsx to start. */
  readonly inProcess: (
    args: readonly string[],
    extra?: Record<string, string>,
  ) => ReturnType<typeof chidaoInProcess>
  /**
   * Imports the example bundle by running `chidao import` as a separate process (which shows
   * the binary works), and expects it to succeed: the start of the report and letter tests.
   */
  readonly importExample: () => void
}

/**
 * Registers, in the calling `describe` (or file), a temporary folder and — on PostgreSQL — a
 * database of the file's own (never the server's shared one), made before its tests and removed
 * after them; returns how to run `chidao` against them.
 *
 * @example
 * ```ts
 * const cli = cliScratch('chidao-report-')
 * it('imports', () => expect(cli.run(['import', EXAMPLE_BUNDLE_FILE]).code).toBe(0))
 * ```
 */
export function cliScratch(prefix: string): CliScratch {
  let dir = ''
  let scratch: Awaited<ReturnType<typeof scratchDatabaseEnv>> | undefined
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix))
    scratch = await scratchDatabaseEnv()
  })
  afterAll(async () => {
    await scratch?.dispose()
    await rm(dir, { recursive: true, force: true })
  })
  const env = (extra: Record<string, string> = {}) => ({
    ...scratch?.env,
    CHIDAO_DATA_DIR: join(dir, 'data'),
    ...extra,
  })
  const run: CliScratch['run'] = (args, extra) => runCli(args, env(extra))
  return {
    dir: () => dir,
    env,
    run,
    inProcess: (args, extra) =>
      chidaoInProcess(args, () =>
        readConfig({ ...process.env, ...env(extra), LOG_LEVEL: 'silent' }),
      ),
    importExample: () => {
      const imported = run(['import', EXAMPLE_BUNDLE_FILE])
      expect(imported.code, imported.stderr).toBe(0)
    },
  }
}
