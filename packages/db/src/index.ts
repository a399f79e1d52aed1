/**
 * @packageDocumentation
 * `@chidao/db` — chidao's persistence: PostgreSQL through `pg`, or embedded PGlite by default;
 * migrations in code, tenant-fenced repositories implementing the domain's ports, audit.
 */
export * from './chidao-database.js'
export * from './errors.js'
export { LOCK_FILE } from './embedded/data-directory-lock.js'
export * from './embedded/backup.js'
export * from './embedded/backup-error.js'
export {
  type BackupListener,
  backupSocketPath,
  listenForBackups,
} from './embedded/backup-socket.js'
export * from './embedded/start-snapshot.js'
export * from './migrate.js'
export * from './open-database.js'
export type { PoolStats } from './pool-stats.js'
export { KyselyOrganizationRepository } from './organization/kysely-organization-repository.js'
export { KyselyDirectiveRepository } from './directive/kysely-directive-repository.js'
export { KyselyTaskRepository } from './task/kysely-task-repository.js'
export { KyselyReportingCalendarReader } from './reporting/kysely-reporting-calendar-reader.js'
export { KyselyUrgingStore } from './urging/kysely-urging-store.js'
export { KyselyReminderLog } from './urging/kysely-reminder-log.js'
export { KyselyUrgedDutyReader } from './urging/kysely-urged-duty-reader.js'
export { KyselyAssessmentRepository } from './assessment/kysely-assessment-repository.js'
export { InvalidCursorError } from './pagination/keyset-page.js'
export type * from './schema.js'
export { SharedReadTransaction } from './tenant/shared-read-transaction.js'
export { APP_ROLE } from './tenant/tenant-transaction.js'
export * from './type-parsers.js'
export * from './bundle/bundle-clearance.js'
export * from './bundle/bundle-export-conflict.js'
export * from './bundle/bundle-import-report.js'
export * from './bundle/bundle-merge-conflict.js'
export * from './bundle/bundle-store.js'
export * from './bundle/bundle-text-reader.js'
export * from './bundle/example-bundle.js'
export * from './bundle/export-bundle.js'
export { type ImportOptions, importBundle } from './bundle/import-bundle.js'
export * from './bundle/load-bundle.js'
export * from './bulk/bulk-load.js'
export type { ReplicaHealth } from './replica/read-replicas.js'
export * from './replica/wal-position.js'
