import type { ChidaoDatabase } from '../../src/chidao-database.js'

/**
 * Every audit event about one record, oldest first, with every column.
 *
 * @example
 * ```ts
 * expect((await auditEventsOf(db, task.id)).map((e) => e.action)).toEqual(['task.create'])
 * ```
 */
export function auditEventsOf(db: ChidaoDatabase, entityId: string) {
  return db.kysely
    .selectFrom('audit_event')
    .selectAll()
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute()
}

/**
 * How many audit events the database holds (about one record, when given): what a refused
 * change must leave as it was.
 *
 * @example
 * ```ts
 * const before = await auditEventCount(db)
 * ```
 */
export async function auditEventCount(db: ChidaoDatabase, entityId?: string): Promise<number> {
  let count = db.kysely.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n'))
  if (entityId) count = count.where('entity_id', '=', entityId)
  return Number((await count.executeTakeFirstOrThrow()).n)
}
