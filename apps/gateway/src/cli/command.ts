import type { CommandUnknownOpts } from '@commander-js/extra-typings'
import type { GatewayConfig } from '../config.js'

/** What a command works with: the configuration, where it writes, and how it says it failed. */
export interface CommandContext {
  /** The configuration from the environment, read when a command needs it. */
  readonly config: () => GatewayConfig
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
  /**
   * Marks the run failed, exit code 1, once the command has written why on stderr. A command
   * that never calls it succeeded (exit code 0); a mistake in how it was called is exit code 2.
   */
  readonly fail: () => void
}

/**
 * One command of the `chidao` command line, defined with commander: its name, a one-line
 * summary, the help text, its arguments and options (each read and checked as it is parsed),
 * and the action, which writes what it did and calls `context.fail()` when it did not. Built
 * afresh for each run, for the context it writes to.
 *
 * @example
 * ```ts
 * export const migrateCommand: CommandBuilder = (context) =>
 *   new Command('migrate').summary('Bring the database schema up to date.').action(async () => {
 *     context.stdout.write('Applied 0 migration(s)\n')
 *   })
 * ```
 */
export type CommandBuilder = (context: CommandContext) => CommandUnknownOpts
