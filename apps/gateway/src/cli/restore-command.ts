import { Command } from '@commander-js/extra-typings'
import type { CommandBuilder } from './command.js'
import { onEmbeddedDirectory } from './embedded-copy.js'
import { prose } from './help-text.js'

export const restoreCommand: CommandBuilder = (context) =>
  new Command('restore')
    .summary('put back the embedded database from a backup file')
    .argument('<file>', 'a file written by chidao backup')
    .option('--force', 'move a database already in CHIDAO_DATA_DIR aside (it is kept) and restore')
    .description(
      prose(`
Restores a file written by \`chidao backup\` into CHIDAO_DATA_DIR, which no process may have
open (stop \`chidao serve\` first). The backup is read, unpacked beside the directory and
opened before anything there is touched; a database already there is refused unless --force,
which moves it to CHIDAO_DATA_DIR.before-restore-<time> (never deleted). For PostgreSQL
(DATABASE_URL), use pg_restore: the command says how.`),
    )
    .action((file, options) =>
      onEmbeddedDirectory(context, 'restore', async ({ restoreEmbedded }, directory) => {
        const done = await restoreEmbedded({
          file,
          dataDir: directory,
          replace: options.force === true,
        })
        const { tenants, tasks, progressReports } = done.counts
        context.stdout.write(
          `Restored ${file} into ${directory}: ${tenants} tenant(s), ${tasks} task(s), ${progressReports} progress report(s).\n`,
        )
        if (done.previousMovedTo) {
          context.stdout.write(`The database that was there is kept in ${done.previousMovedTo}.\n`)
        }
      }),
    )
