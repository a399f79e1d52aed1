import {
  type ChangeContext,
  type ReminderDelivery,
  type ReminderDeliveryListRequest,
  type ReminderInbox,
  type ReminderListRequest,
  reminderDeliveryNotFound,
  type StoredReminder,
} from '@chidao/app'
import {
  type DomainError,
  err,
  isUuid,
  type OrganizationId,
  ok,
  type Page,
  type Result,
} from '@chidao/domain'
import { sql, type Transaction } from 'kysely'
import { writeAuditEvent } from '../audit/write-audit-event.js'
import { type KeysetOrder, keysetPage } from '../pagination/keyset-page.js'
import { mapPage } from '../pagination/map-page.js'
import type { ChidaoSchema } from '../schema.js'
import { organizationSubtreeSql } from '../task/organization-subtree-sql.js'
import { notResendable } from './reminder-log-errors.js'
import type { ReminderLogScope } from './reminder-log-scope.js'
import {
  type DeliveryRow,
  type ReminderRow,
  toReminderDelivery,
  toStoredReminder,
} from './reminder-rows.js'

/**
 * Newest delivery day first, ties by `idColumn`: the order of the inbox and of the delivery
 * log. A date compares as a date (no collation), and the cursor's ISO text reads back exactly.
 */
function newestDeliveryFirst<Row extends { readonly deliver_on: string }>(
  name: string,
  deliverOnColumn: string,
  idColumn: string,
  idValue: (row: Row) => string,
): KeysetOrder<Row> {
  return {
    name,
    sortColumn: deliverOnColumn,
    sortExpression: sql.ref(deliverOnColumn),
    idColumn,
    direction: 'desc',
    sortValue: (row) => row.deliver_on,
    idValue,
  }
}

const REMINDER_NEWEST = newestDeliveryFirst<ReminderRow>(
  'REMINDER_NEWEST',
  'reminder.deliver_on',
  'reminder.key',
  (row) => row.key,
)

const DELIVERY_NEWEST = newestDeliveryFirst<DeliveryRow>(
  'DELIVERY_NEWEST',
  'm.deliver_on',
  'd.id',
  (row) => row.id,
)

/**
 * What recipients and their offices read of the reminder log: the reminders (newest first,
 * marked read), the deliveries and how each went, and a failed delivery sent again.
 */
export class KyselyReminderInbox implements ReminderInbox {
  readonly #scope: ReminderLogScope

  constructor(scope: ReminderLogScope) {
    this.#scope = scope
  }

  async reminders(request: ReminderListRequest): Promise<Page<StoredReminder>> {
    const page = await this.#scope.runner((trx) => {
      let query = trx
        .selectFrom('reminder')
        .select([
          'reminder.key',
          'reminder.kind',
          'reminder.subject_kind',
          'reminder.task_id',
          'reminder.directive_id',
          'reminder.period',
          'reminder.recipient_id',
          'reminder.owner_id',
          'reminder.due_on',
          'reminder.fires_on',
          'reminder.deliver_on',
          'reminder.days_from_due',
          'reminder.secrecy',
          'reminder.message_key',
          'reminder.created_at',
          'reminder.read_at',
        ])
      if (request.scope !== null)
        query = query.where(
          sql<boolean>`reminder.recipient_id in ${organizationSubtreeSql(this.#scope.tenantId, request.scope)}`,
        )
      const filter = request.filter
      if (filter?.unread != null)
        query = query.where('reminder.read_at', filter.unread ? 'is' : 'is not', null)
      if (filter?.kinds?.length) query = query.where('reminder.kind', 'in', [...filter.kinds])
      if (filter?.keys != null)
        query = query.where('reminder.key', 'in', filter.keys.length ? [...filter.keys] : [''])
      if (filter?.recipientId != null)
        query = query.where('reminder.recipient_id', '=', uuidOrNone(filter.recipientId))
      return keysetPage(query, REMINDER_NEWEST, request)
    })
    return mapPage(page, toStoredReminder)
  }

  async markRemindersRead(
    keys: readonly string[],
    scope: OrganizationId | null,
    at: Date,
  ): Promise<string[]> {
    if (keys.length === 0) return []
    const rows = await this.#scope.runner((trx) => {
      let query = trx
        .updateTable('reminder')
        .set({ read_at: sql`coalesce(read_at, ${at})` })
        .where('key', 'in', [...keys])
      if (scope !== null)
        query = query.where(
          sql<boolean>`recipient_id in ${organizationSubtreeSql(this.#scope.tenantId, scope)}`,
        )
      return query.returning('key').execute()
    })
    return rows.map((r) => r.key)
  }

  async deliveries(request: ReminderDeliveryListRequest): Promise<Page<ReminderDelivery>> {
    const page = await this.#scope.runner((trx) => {
      let query = deliveryQuery(trx)
      if (request.scope !== null)
        query = query.where(
          sql<boolean>`m.recipient_id in ${organizationSubtreeSql(this.#scope.tenantId, request.scope)}`,
        )
      const filter = request.filter
      if (filter?.states?.length) query = query.where('d.state', 'in', [...filter.states])
      if (filter?.recipientId != null)
        query = query.where('m.recipient_id', '=', uuidOrNone(filter.recipientId))
      return keysetPage(query, DELIVERY_NEWEST, request)
    })
    return mapPage(page, toReminderDelivery)
  }

  async delivery(id: string): Promise<ReminderDelivery | null> {
    if (!isUuid(id)) return null
    const row = await this.#scope.runner((trx) =>
      deliveryQuery(trx).where('d.id', '=', id.toLowerCase()).executeTakeFirst(),
    )
    return row ? toReminderDelivery(row) : null
  }

  resendDelivery(
    id: string,
    now: Date,
    context: ChangeContext,
  ): Promise<Result<ReminderDelivery, DomainError>> {
    if (!isUuid(id)) return Promise.resolve(err(reminderDeliveryNotFound()))
    return this.#scope.runner(async (trx) => {
      const before = await deliveryQuery(trx)
        .where('d.id', '=', id.toLowerCase())
        .executeTakeFirst()
      if (!before) return err(reminderDeliveryNotFound())
      const updated = await trx
        .updateTable('reminder_delivery')
        .set({
          state: 'PENDING',
          attempts: 0,
          next_attempt_at: now,
          lease_until: null,
          version: sql`version + 1`,
        })
        .where('id', '=', before.id)
        .where('state', 'in', ['FAILED', 'DEAD'])
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) === 0) return err(notResendable(before.state))
      const after = toReminderDelivery(
        await deliveryQuery(trx).where('d.id', '=', before.id).executeTakeFirstOrThrow(),
      )
      await writeAuditEvent(trx, this.#scope.tenantId, context, {
        action: 'urging.delivery.resend',
        entityType: 'reminder_delivery',
        entityId: before.id,
        before: toReminderDelivery(before),
        after,
      })
      return ok(after)
    })
  }
}

function deliveryQuery(trx: Transaction<ChidaoSchema>) {
  return trx
    .selectFrom('reminder_delivery as d')
    .innerJoin('reminder_message as m', (j) =>
      j.onRef('m.tenant_id', '=', 'd.tenant_id').onRef('m.key', '=', 'd.message_key'),
    )
    .innerJoin('urging_channel as c', (j) =>
      j.onRef('c.tenant_id', '=', 'd.tenant_id').onRef('c.id', '=', 'd.channel_id'),
    )
    .select([
      'd.id',
      'd.message_key',
      'm.id as message_id',
      'm.recipient_id',
      'm.deliver_on',
      'd.secrecy',
      'c.id as channel_id',
      'c.organization_id as channel_organization_id',
      'c.kind as channel_kind',
      'c.address as channel_address',
      'd.state',
      'd.attempts',
      'd.next_attempt_at',
      'd.last_error',
      'd.sent_at',
      'd.version',
    ])
}

// An id that is no uuid matches nothing (instead of failing the cast).
function uuidOrNone(id: string): string {
  return isUuid(id) ? id.toLowerCase() : '00000000-0000-0000-0000-000000000000'
}
