import type { Migration } from 'kysely'
import * as m0001 from './0001-foundation.js'
import * as m0002 from './0002-directives-tasks-assessments.js'

/**
 * Every migration, by name; names sort in the order they run. Append only: a released
 * migration is never edited or removed, a change is a new migration.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-foundation': m0001,
  '0002-directives-tasks-assessments': m0002,
})
