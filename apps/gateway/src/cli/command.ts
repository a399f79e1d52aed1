import type { GatewayConfig } from '../config.js'

/** What a command receives: its own arguments (after the command name) and the configuration. */
export interface CommandContext {
  readonly args: readonly string[]
  readonly config: () => GatewayConfig
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
}

/** One command of the `chidao` command line. */
export interface Command {
  readonly name: string
  /** One line for the list of commands. */
  readonly summary: string
  /** The full help, shown by `chidao <command> --help`. */
  readonly help: string
  /** Runs the command; resolves to the process exit code. */
  run(context: CommandContext): Promise<number>
}

/** A mistake in how a command was called: shown with the command's help, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
