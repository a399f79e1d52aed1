import { type ParseArgsConfig, parseArgs } from 'node:util'
import { isTenantId, type TenantId } from '@chidao/domain'
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

/**
 * The options of a command that takes no positional argument, read by `node:util`'s
 * `parseArgs`: an argument that is no option is a {@link UsageError}.
 *
 * @example
 * ```ts
 * const values = optionsOf(args, { out: { type: 'string', short: 'o' } })
 * values.out // string | undefined
 * ```
 */
export function optionsOf<const O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>>['values'] {
  const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true })
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
  return values
}

/**
 * The tenant a command works on (`--tenant`, or the configured one), or a {@link UsageError}
 * when it is no tenant id.
 *
 * @example
 * ```ts
 * const tenant = tenantOf(values.tenant ?? config().tenantId)
 * ```
 */
export function tenantOf(tenant: string): TenantId {
  if (!isTenantId(tenant)) throw new UsageError(`not a tenant id: "${tenant}"`)
  return tenant
}
