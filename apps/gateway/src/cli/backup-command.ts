import { Command } from '@commander-js/extra-typings'
import type { CommandBuilder } from './command.js'
import { prose } from './help-text.js'

/** How a PostgreSQL deployment is backed up: pg_dump's, told instead of a copy. */
export const PG_DUMP_ADVICE =
  'DATABASE_URL names PostgreSQL: back it up with pg_dump, which takes a consistent snapshot while the gateways serve:\n' +
  '  pg_dump --format=custom --file=chidao.dump "$DATABASE_URL"\n' +
  'and restore it into an empty database with:\n' +
  '  pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" chidao.dump\n' +
  '(docs/backups.md). / DATABASE_URL trỏ tới PostgreSQL: hãy sao lưu bằng pg_dump ' +
  '(ảnh chụp nhất quán ngay khi các gateway đang phục vụ) và khôi phục bằng pg_restore như trên.\n'

/** Said when the database is in memory: nothing of it outlives the process. */
export const IN_MEMORY =
  'The database is in memory (memory://): it keeps nothing to back up or restore; set CHIDAO_DATA_DIR to a directory. / ' +
  'Cơ sở dữ liệu nằm trong bộ nhớ (memory://): không có gì để sao lưu hay khôi phục; hãy đặt CHIDAO_DATA_DIR là một thư mục.\n'

export const backupCommand: CommandBuilder = ({ config, stdout, stderr, fail }) =>
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
    .action(async (file, options) => {
      const { databaseUrl, dataDir } = config()
      // Loaded when backup runs, not when `chidao` starts (see cli-composition.ts).
      const { BackupError, backupEmbedded, embeddedDataDir } = await import('@chidao/db')
      const directory = embeddedDataDir({ url: databaseUrl, dataDir })
      if (!directory) {
        stderr.write(databaseUrl?.startsWith('memory:') ? IN_MEMORY : PG_DUMP_ADVICE)
        return fail()
      }
      try {
        const written = await backupEmbedded({
          dataDir: directory,
          file,
          overwrite: options.force === true,
        })
        stdout.write(
          `Backed up ${directory} to ${written.file} (${written.bytes} bytes, sha256 ${written.sha256}` +
            `${written.fromRunningServer ? ', from the running server' : ''}).\n`,
        )
      } catch (error) {
        if (!(error instanceof BackupError)) throw error
        stderr.write(`chidao backup: [${error.code}] ${error.english}\n  ${error.vietnamese}\n`)
        fail()
      }
    })
