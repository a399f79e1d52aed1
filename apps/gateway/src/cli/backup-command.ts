import { Command } from '@commander-js/extra-typings'
import type { CommandBuilder } from './command.js'
import { onEmbeddedDirectory } from './embedded-copy.js'
import { prose } from './help-text.js'

export const backupCommand: CommandBuilder = (context) =>
  new Command('backup')
    .summary('copy the embedded database to a file, also while it serves')
    .argument('<file>', 'the backup file to write (a gzipped tar of the data directory)')
    .option('--force', 'replace the file if it exists')
    .description(
      prose(`
Writes a consistent copy of the embedded database in CHIDAO_DATA_DIR to FILE. When
\`chidao serve\` has the directory open, the copy is asked of it through its backup socket
and holds every write it acknowledged before; otherwise the directory is opened, copied and
closed. FILE appears whole or not at all. Restore it with \`chidao restore FILE\`. For
PostgreSQL (DATABASE_URL), use pg_dump: the command says how.`),
    )
    .action((file, options) =>
      onEmbeddedDirectory(context, 'backup', async ({ backupEmbedded }, directory) => {
        const written = await backupEmbedded({
          dataDir: directory,
          file,
          overwrite: options.force === true,
        })
        context.stdout.write(
          `Backed up ${directory} to ${written.file} (${written.bytes} bytes, sha256 ${written.sha256}` +
            `${written.fromRunningServer ? ', from the running server' : ''}).\n`,
        )
      }),
    )
