import { Command } from '@commander-js/extra-typings'
import type { CommandBuilder } from './command.js'
import { prose } from './help-text.js'

export const migrateCommand: CommandBuilder = ({ config, stdout }) =>
  new Command('migrate')
    .summary('bring the database schema up to date, then exit')
    .description(
      prose(`
Applies every pending migration to DATABASE_URL, or to the embedded database in
CHIDAO_DATA_DIR, then exits. Running it again applies nothing.`),
    )
    .action(async () => {
      const { databaseUrl, dataDir } = config()
      // Loaded when migrate runs, not when `chidao` starts (see cli-composition.ts).
      const { openDatabase } = await import('@chidao/db')
      const db = await openDatabase({ url: databaseUrl, dataDir })
      try {
        const report = await db.migrate()
        stdout.write(
          report.applied.length > 0
            ? `Applied ${report.applied.length} migration(s) to ${db.location}: ${report.applied.join(', ')}\n`
            : `${db.location} is up to date.\n`,
        )
      } finally {
        await db.close()
      }
    })
