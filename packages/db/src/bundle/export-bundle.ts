import { asId, BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type TenantId } from '@chidao/domain'
import type { ChidaoDatabase } from '../chidao-database.js'
import { inTenantTransaction } from '../tenant/tenant-transaction.js'
import { BundleExportConflictError } from './bundle-export-conflict.js'
import {
  assessmentKeysStoredTwice,
  exportAssessments,
  readAssessmentRows,
} from './export-assessments.js'
import { exportDirectives } from './export-directives.js'
import { exportOrganizations } from './export-organizations.js'
import { exportTasks } from './export-tasks.js'

/** Thrown when exporting a tenant that does not exist. */
export class TenantNotFoundError extends Error {
  override readonly name = 'TenantNotFoundError'
  constructor(readonly tenantId: string) {
    super(`No tenant "${tenantId}" in this database`)
  }
}

/**
 * Reads everything a tenant holds into a {@link Bundle}, referring by natural keys. Pass it to
 * `bundleToJson` for the canonical text: the same data always gives the same bytes, and
 * importing an export then exporting again gives it back unchanged.
 *
 * A task stored without a reference is exported with the reference `~` + the start of its id,
 * so that it keeps a natural key. Progress reports are exported as they stand: a report
 * superseded by a correction is left out, its correction exported in its place.
 *
 * A bundle holds one record per natural key, without a secrecy level in it: a tenant holding a
 * document, task reference or assessment key at two levels (polyinstantiated: a caller who
 * could not see one created the other) cannot be written as one. The export then throws
 * {@link BundleExportConflictError} naming each pair, rather than a bundle that would not
 * import back.
 */
export async function exportBundle(db: ChidaoDatabase, tenantId: TenantId): Promise<Bundle> {
  const tenant = await db.kysely
    .selectFrom('tenant')
    .selectAll()
    .where('id', '=', tenantId)
    .executeTakeFirst()
  if (!tenant) throw new TenantNotFoundError(tenantId)
  // An export is the whole record of the tenant, at every secrecy level.
  return inTenantTransaction(
    db.kysely,
    tenantId,
    async (trx) => {
      const { organizations, memberships, codeOf } = await exportOrganizations(trx, tenantId)
      const directives = await exportDirectives(trx, tenantId, codeOf)
      const tasks = await exportTasks(trx, tenantId, codeOf, directives.refOf)
      const assessmentRows = await readAssessmentRows(trx, tenantId)
      const conflicts = [
        ...directives.conflicts,
        ...tasks.conflicts,
        ...assessmentKeysStoredTwice(assessmentRows),
      ]
      if (conflicts.length > 0) throw new BundleExportConflictError(conflicts)
      const assessments = await exportAssessments(trx, tenantId, assessmentRows, {
        codeOf,
        directiveRefOf: directives.refOf,
        taskRefOf: tasks.refOf,
      })
      return {
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        tenant: { id: asId<TenantId>(tenant.id), name: tenant.name },
        title: tenant.title,
        description: tenant.description,
        source: tenant.source,
        organizations,
        memberships,
        directives: directives.directives,
        relations: directives.relations,
        tasks: tasks.tasks,
        assessments,
      }
    },
    'TUYET_MAT',
  )
}
