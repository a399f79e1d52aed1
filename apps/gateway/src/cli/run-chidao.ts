import { CommanderError, type CommandUnknownOpts } from '@commander-js/extra-typings'
import { ConfigError } from '../config.js'
import { databaseErrors } from './cli-composition.js'
import type { CommandContext } from './command.js'
import { chidaoProgram } from './commands.js'

/** What `chidao` runs with: the configuration and the streams it writes to. */
export type ChidaoIo = Omit<CommandContext, 'fail'>

/** Exit codes of `chidao`, stable for scripts. */
export const EXIT = Object.freeze({
  /** Done, or help shown. */
  OK: 0,
  /** The command ran and failed or refused: it said why on stderr. */
  FAILED: 1,
  /** A mistake in how the command was called: said, with the command's help. */
  USAGE: 2,
})

/** What each of commander's usage errors means, in Vietnamese (its messages are English). */
const USAGE_VI: Readonly<Record<string, string>> = {
  'commander.unknownOption': 'lệnh không có tùy chọn này',
  'commander.unknownCommand': 'không có lệnh này',
  'commander.missingArgument': 'thiếu tham số',
  'commander.optionMissingArgument': 'tùy chọn thiếu giá trị',
  'commander.missingMandatoryOptionValue': 'thiếu tùy chọn bắt buộc',
  'commander.invalidArgument': 'giá trị không hợp lệ',
  'commander.excessArguments': 'thừa tham số',
  'commander.conflictingOption': 'hai tùy chọn này không dùng cùng nhau được',
}

/**
 * Runs one `chidao` command line to its end and gives its exit code ({@link EXIT}). Whatever
 * happens, a person reads lines, never a stack trace: a usage mistake is one line in English,
 * one in Vietnamese, then the command's help (exit 2); a failure the command foresaw is what
 * the command wrote (exit 1); a database that cannot be opened, a setting that cannot be used,
 * a file that cannot be read, and even a bug, one line (exit 1; `LOG_LEVEL=debug` adds the
 * stack of a bug).
 *
 * @example
 * ```ts
 * const code = await runChidao(['export', '--out', 'backup.json'], {
 *   config: () => readConfig(),
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 * })
 * ```
 */
export async function runChidao(argv: readonly string[], io: ChidaoIo): Promise<number> {
  let failed = false
  const program = chidaoProgram({
    ...io,
    fail: () => {
      failed = true
    },
  })
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return failed ? EXIT.FAILED : EXIT.OK
  } catch (error) {
    if (error instanceof CommanderError) return usageMistake(program, argv, error, io.stderr)
    io.stderr.write(`chidao: ${await describeFailure(error)}\n`)
    return EXIT.FAILED
  }
}

/** Says what was wrong with how the command was called, then its help. */
function usageMistake(
  program: CommandUnknownOpts,
  argv: readonly string[],
  error: CommanderError,
  stderr: NodeJS.WritableStream,
): number {
  // Help asked for (exit code 0), or help written because no command was named.
  if (error.exitCode === 0) return EXIT.OK
  if (error.code === 'commander.help') return EXIT.USAGE
  const { command, name } = commandCalled(program, argv)
  const english = error.message.replace(/^error: /, '').replace(/\n/g, ' ')
  const vietnamese = USAGE_VI[error.code]
  stderr.write(`${name}: ${english}\n`)
  if (vietnamese) stderr.write(`${name}: ${vietnamese} — xem cách dùng dưới đây\n`)
  stderr.write('\n')
  command.outputHelp({ error: true })
  return EXIT.USAGE
}

/** The deepest command the arguments name (`bundle init`), and how it is called. */
function commandCalled(
  program: CommandUnknownOpts,
  argv: readonly string[],
): { command: CommandUnknownOpts; name: string } {
  let command = program
  const names = [program.name()]
  for (const arg of argv) {
    const sub = command.commands.find((c) => c.name() === arg)
    if (!sub) break
    command = sub
    names.push(arg)
  }
  return { command, name: names.join(' ') }
}

/**
 * One line for a failure no command foresaw. The database's error classes are loaded here, not
 * at start: `chidao --help` or `chidao validate` never loads the database driver (when the
 * error came from the database, its module is loaded already and this costs nothing).
 */
async function describeFailure(error: unknown): Promise<string> {
  const { DatabaseUnavailableError, DataDirectoryInUseError } = await databaseErrors()
  if (error instanceof DataDirectoryInUseError) return `[${error.code}] ${error.message}`
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    return error.message
  }
  if (isFileError(error)) {
    return `cannot use ${error.path}: ${error.message} / không dùng được ${error.path} (${error.code})`
  }
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  const debug = /^(debug|trace)$/i.test(process.env.LOG_LEVEL ?? '')
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : ''
  return (
    `unexpected error (${what.replace(/\n/g, ' ')}): please report it with the command you ran; LOG_LEVEL=debug shows where it happened / ` +
    `lỗi ngoài dự kiến: xin báo lại kèm lệnh đã chạy; LOG_LEVEL=debug cho biết lỗi xảy ra ở đâu${stack}`
  )
}

/** A Node.js error about a file or folder (ENOENT, EACCES, EISDIR…), naming its path. */
function isFileError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).path === 'string'
}
