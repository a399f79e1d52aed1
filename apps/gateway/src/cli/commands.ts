// The command line lives in the gateway package, not in a package of its own: `chidao` is one
// binary that both serves the API (`chidao serve`) and administers the deployment (migrate,
// seed, import, export), so a province installs one package and runs one program. The commands
// are thin adapters like the resolvers: they call the use cases of @chidao/app with the context
// cli-composition.ts builds, the command line's only way to @chidao/db (besides migrate, which
// only runs migrations, and serve, which starts the server).
import { bundleCommand } from './bundle-command.js'
import type { Command } from './command.js'
import { exportCommand } from './export-command.js'
import { importCommand } from './import-command.js'
import { migrateCommand } from './migrate-command.js'
import { reportCommand } from './report-command.js'
import { seedCommand } from './seed-command.js'
import { serveCommand } from './serve-command.js'
import { tokenCommand } from './token-command.js'
import { validateCommand } from './validate-command.js'

/** Every command of the `chidao` command line, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  serveCommand,
  migrateCommand,
  seedCommand,
  importCommand,
  exportCommand,
  validateCommand,
  reportCommand,
  bundleCommand,
  tokenCommand,
]

/** The top-level help. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return `chidao — following how directives are carried out

Usage: chidao <command> [options]      chidao <command> --help

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Environment:
  PORT (4000), HOST (127.0.0.1), DATABASE_URL (postgres://…; unset: embedded PGlite),
  CHIDAO_DATA_DIR (.chidao/data; memory:// for in-memory), CHIDAO_TENANT (demo),
  CHIDAO_SEED (example | none), LOG_LEVEL (info)
`
}
