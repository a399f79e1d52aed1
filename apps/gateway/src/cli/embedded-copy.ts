import type { CommandContext } from './command.js'

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

type DbModule = typeof import('@chidao/db')

/**
 * Runs `work` of `chidao backup` or `chidao restore` on the embedded data directory the
 * configuration names. On PostgreSQL it tells the pg_dump way instead, in memory that there is
 * nothing to copy; a refusal of the copy (`BackupError`) is written with its code in both
 * languages. Each case fails the command (exit code 1).
 */
export async function onEmbeddedDirectory(
  { config, stderr, fail }: CommandContext,
  command: 'backup' | 'restore',
  work: (db: DbModule, directory: string) => Promise<void>,
): Promise<void> {
  const { databaseUrl, dataDir } = config()
  // Loaded when the command runs, not when `chidao` starts (see cli-composition.ts).
  const db = await import('@chidao/db')
  const directory = db.embeddedDataDir({ url: databaseUrl, dataDir })
  if (!directory) {
    stderr.write(databaseUrl?.startsWith('memory:') ? IN_MEMORY : PG_DUMP_ADVICE)
    return fail()
  }
  try {
    await work(db, directory)
  } catch (error) {
    if (!(error instanceof db.BackupError)) throw error
    stderr.write(`chidao ${command}: [${error.code}] ${error.english}\n  ${error.vietnamese}\n`)
    fail()
  }
}
