import type { ChangeContext } from '@chidao/app'
import type { Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'

/** What changed, for the audit log. */
export interface AuditChange {
  readonly action: string
  readonly entityType: string
  readonly entityId: string
  readonly before: unknown
  readonly after: unknown
}

/**
 * Appends an audit event in the caller's transaction, so that the change and its record commit
 * or roll back together. The audit table refuses updates and deletes.
 */
export async function writeAuditEvent(
  trx: Transaction<ChidaoSchema>,
  tenantId: string,
  context: ChangeContext,
  change: AuditChange,
): Promise<void> {
  await trx
    .insertInto('audit_event')
    .values({
      tenant_id: tenantId,
      actor: context.actor,
      actor_organization: context.actorOrganization ?? null,
      request_id: context.requestId ?? null,
      action: change.action,
      entity_type: change.entityType,
      entity_id: change.entityId,
      before:
        change.before === null || change.before === undefined
          ? null
          : JSON.stringify(change.before),
      after:
        change.after === null || change.after === undefined ? null : JSON.stringify(change.after),
    })
    .execute()
}
