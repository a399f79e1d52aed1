// The command line lives in the gateway package, not in a package of its own: `chidao` is one
// binary that both serves the API (`chidao serve`) and administers the deployment (migrate,
// seed, import, export), so a province installs one package and runs one program. The commands
// are thin adapters like the resolvers: they call the use cases of @chidao/app with the context
// cli-composition.ts builds, the command line's only way to @chidao/db (besides migrate, which
// only runs migrations, and serve, which starts the server).
import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings'
import { backupCommand } from './backup-command.js'
import { bundleCommand } from './bundle-command.js'
import type { CommandBuilder, CommandContext } from './command.js'
import { deadlineCommand } from './deadline-command.js'
import { draftCommand } from './draft-command.js'
import { exportCommand } from './export-command.js'
import { importCommand } from './import-command.js'
import { migrateCommand } from './migrate-command.js'
import { reportCommand } from './report-command.js'
import { restoreCommand } from './restore-command.js'
import { seedCommand } from './seed-command.js'
import { serveCommand } from './serve-command.js'
import { tokenCommand } from './token-command.js'
import { urgeLetterCommand } from './urge-letter-command.js'
import { validateCommand } from './validate-command.js'

/** Every command of the `chidao` command line, in the order help lists them. */
export const COMMANDS: readonly CommandBuilder[] = [
  serveCommand,
  migrateCommand,
  backupCommand,
  restoreCommand,
  seedCommand,
  importCommand,
  exportCommand,
  validateCommand,
  draftCommand,
  deadlineCommand,
  reportCommand,
  urgeLetterCommand,
  bundleCommand,
  tokenCommand,
]

const ENVIRONMENT = `
Environment:
  PORT (4000), HOST (127.0.0.1), DATABASE_URL (postgres://…; unset: embedded PGlite),
  CHIDAO_DATA_DIR (.chidao/data; memory:// for in-memory), CHIDAO_TENANT (demo),
  CHIDAO_SEED (example | none), CHIDAO_JWT_SECRET (for chidao token and serve), LOG_LEVEL (info),
  CHIDAO_URGING (on | off: serve plans and delivers reminders), CHIDAO_SMTP_URL, CHIDAO_MAIL_FROM
`

/**
 * The `chidao` program for one run: every command, writing to the context's streams. Commander
 * reads the arguments: `--help` on every command, and a mistake in how a command was called
 * (an unknown option, with the nearest known one suggested; a missing or extra argument; a
 * value an option refuses) throws a `CommanderError` instead of exiting, for `runChidao` to
 * show with the command's help.
 *
 * @example
 * ```ts
 * await chidaoProgram(context).parseAsync(['export', '--out', 'backup.json'], { from: 'user' })
 * ```
 */
export function chidaoProgram(context: CommandContext): CommandUnknownOpts {
  const program = new Command('chidao')
    .description('chidao — following how directives are carried out')
    .usage('<command> [options]')
    .addHelpText('after', ENVIRONMENT)
  for (const build of COMMANDS) program.addCommand(build(context))
  configure(program, context.stdout, context.stderr)
  return program
}

/** Settings commander copies only to commands made with `.command()`, so set on each here. */
function configure(
  command: CommandUnknownOpts,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): void {
  command
    .exitOverride()
    .helpOption('-h, --help', 'show this help')
    .configureOutput({
      writeOut: (text) => stdout.write(text),
      writeErr: (text) => stderr.write(text),
      // runChidao writes the error itself, in both languages, with the command's help.
      outputError: () => {},
    })
  if (command.commands.length > 0)
    command.helpCommand('help [command]', 'show the help of a command')
  for (const sub of command.commands) configure(sub, stdout, stderr)
}
