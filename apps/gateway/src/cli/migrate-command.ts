import { openDatabase } from '@chidao/db'
import type { Command } from './command.js'

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date, then exit.',
  help: `Usage: chidao migrate

Applies every pending migration to DATABASE_URL, or to the embedded database in
CHIDAO_DATA_DIR, then exits. Running it again applies nothing.
`,
  async run({ config, stdout }) {
    const { databaseUrl, dataDir } = config()
    const db = await openDatabase({ url: databaseUrl, dataDir })
    try {
      const report = await db.migrate()
      stdout.write(
        report.applied.length > 0
          ? `Applied ${report.applied.length} migration(s) to ${db.location}: ${report.applied.join(', ')}\n`
          : `${db.location} is up to date.\n`,
      )
      return 0
    } finally {
      await db.close()
    }
  },
}
