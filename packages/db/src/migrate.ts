import { type Kysely, type MigrationResultSet, Migrator } from 'kysely'
import { MIGRATIONS } from './migrations/index.js'

/** What a migration run did. */
export interface MigrationReport {
  /** Names of the migrations applied by this run, in order (empty when already up to date). */
  readonly applied: readonly string[]
}

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    migrationTableName: 'chidao_migration',
    migrationLockTableName: 'chidao_migration_lock',
  })
}

function report(result: MigrationResultSet): MigrationReport {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')
    const message = result.error instanceof Error ? result.error.message : String(result.error)
    throw new Error(
      `Migration ${failed?.migrationName ?? '(before any migration)'} failed: ${message}`,
      { cause: result.error },
    )
  }
  return Object.freeze({
    applied: Object.freeze((result.results ?? []).map((r) => r.migrationName)),
  })
}

/**
 * Brings the schema up to date. Idempotent: a second run applies nothing. Each migration runs
 * in its own transaction, under Kysely's migration lock, so two processes starting at once do
 * not both migrate.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  return report(await migrator(db).migrateToLatest())
}

/** Reverts the last migration. For development only: production migrations go forward. */
export async function migrateDown(db: Kysely<any>): Promise<MigrationReport> {
  return report(await migrator(db).migrateDown())
}
