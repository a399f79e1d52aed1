import type { ChangeContext } from '@chidao/app'
import type { Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'
import { writeAuditEvent } from './write-audit-event.js'

/** A record as its audit events name it. */
export interface AuditedRecord {
  readonly id: string
}

/**
 * Writes one audit event of an {@link auditTrail}: what was done (`organization.update`), the
 * record before the change (`null` for a new one) and after it.
 */
export type AuditTrail = <After extends AuditedRecord>(
  trx: Transaction<ChidaoSchema>,
  tenantId: string,
  context: ChangeContext,
  action: string,
  before: AuditedRecord | null,
  after: After,
) => Promise<void>

/**
 * The audit events of the records of one type, each written in the caller's transaction by
 * {@link writeAuditEvent} and naming the record by its id.
 *
 * @example
 * ```ts
 * const AUDIT = auditTrail('Organization')
 * await AUDIT(trx, tenantId, context, 'organization.create', null, created)
 * ```
 */
export function auditTrail(entityType: string): AuditTrail {
  return (trx, tenantId, context, action, before, after) =>
    writeAuditEvent(trx, tenantId, context, {
      action,
      entityType,
      entityId: after.id,
      before,
      after,
    })
}
