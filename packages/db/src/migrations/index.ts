import type { Migration } from 'kysely'
import * as m0001 from './0001-foundation.js'
import * as m0002 from './0002-directives-tasks-assessments.js'
import * as m0003 from './0003-tenant-bundle-metadata.js'
import * as m0004 from './0004-secrecy-clearance.js'
import * as m0005 from './0005-cheaper-clearance-policies.js'
import * as m0006 from './0006-latest-figure-index.js'
import * as m0007 from './0007-report-keys-and-corrections.js'
import * as m0008 from './0008-secrecy-flow-down-polyinstantiation.js'
import * as m0009 from './0009-progress-report-period.js'
import * as m0010 from './0010-task-extensions-reassignments.js'
import * as m0011 from './0011-several-successors.js'
import * as m0012 from './0012-deadline-rules.js'
import * as m0013 from './0013-directive-reporting-rule.js'
import * as m0015 from './0015-task-last-extended-on.js'
import * as m0016 from './0016-urging-settings.js'
import * as m0017 from './0017-reminder-delivery.js'
import * as m0018 from './0018-task-extension-requests.js'
import * as m0019 from './0019-hidden-ids-keep-their-plan.js'

/**
 * Every migration, by name; names sort in the order they run. Append only: a released
 * migration is never edited or removed, a change is a new migration.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-foundation': m0001,
  '0002-directives-tasks-assessments': m0002,
  '0003-tenant-bundle-metadata': m0003,
  '0004-secrecy-clearance': m0004,
  '0005-cheaper-clearance-policies': m0005,
  '0006-latest-figure-index': m0006,
  '0007-report-keys-and-corrections': m0007,
  '0008-secrecy-flow-down-polyinstantiation': m0008,
  '0009-progress-report-period': m0009,
  '0010-task-extensions-reassignments': m0010,
  '0011-several-successors': m0011,
  '0012-deadline-rules': m0012,
  '0013-directive-reporting-rule': m0013,
  '0015-task-last-extended-on': m0015,
  '0016-urging-settings': m0016,
  '0017-reminder-delivery': m0017,
  '0018-task-extension-requests': m0018,
  '0019-hidden-ids-keep-their-plan': m0019,
})
