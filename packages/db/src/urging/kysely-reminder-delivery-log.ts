import type { ClaimedReminderDelivery, DeliverySettlement, ReminderDeliveryLog } from '@chidao/app'
import { isUuid, type Secrecy } from '@chidao/domain'
import { type ExpressionBuilder, sql, type Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'
import type { ReminderLogScope } from './reminder-log-scope.js'
import { toOutgoingReminder } from './reminder-rows.js'

// A receiver's error kept in the log, at most.
const ERROR_LENGTH = 2000

/**
 * The deliveries of the reminder log as senders work them (table `reminder_delivery`): a
 * delivery is claimed by one conditional UPDATE, which only one of several concurrent callers
 * can win, and settled only by the attempt that claimed it.
 */
export class KyselyReminderDeliveryLog implements ReminderDeliveryLog {
  readonly #scope: ReminderLogScope

  constructor(scope: ReminderLogScope) {
    this.#scope = scope
  }

  claimDelivery(
    id: string,
    at: { readonly now: Date; readonly leaseUntil: Date },
  ): Promise<ClaimedReminderDelivery | null> {
    if (!isUuid(id)) return Promise.resolve(null)
    return this.#scope.runner(async (trx) => {
      const claimed = await trx
        .updateTable('reminder_delivery')
        .set({
          state: 'SENDING',
          attempts: sql`attempts + 1`,
          lease_until: at.leaseUntil,
          version: sql`version + 1`,
        })
        .where('id', '=', id)
        .where((eb) => claimable(eb, at.now))
        .returning(['id', 'attempts', 'message_key', 'channel_id'])
        .executeTakeFirst()
      if (!claimed) return null
      const channel = await trx
        .selectFrom('urging_channel')
        .select(['id', 'kind', 'address', 'secret', 'active'])
        .where('id', '=', claimed.channel_id)
        .executeTakeFirstOrThrow()
      if (!channel.active) {
        await trx
          .updateTable('reminder_delivery')
          .set({ state: 'DEAD', lease_until: null, last_error: 'The channel was removed' })
          .where('id', '=', id)
          .execute()
        return null
      }
      return Object.freeze({
        id: claimed.id,
        attempts: claimed.attempts,
        channel: Object.freeze({
          id: channel.id,
          kind: channel.kind as 'WEBHOOK' | 'EMAIL',
          address: channel.address,
          secret: channel.secret,
        }),
        message: await this.#outgoingMessage(trx, claimed.message_key),
      })
    })
  }

  async settleDelivery(
    id: string,
    attempts: number,
    settlement: DeliverySettlement,
    now: Date,
  ): Promise<boolean> {
    if (!isUuid(id)) return false
    const columns =
      settlement.state === 'SENT'
        ? { sent_at: now, next_attempt_at: null, last_error: null }
        : settlement.state === 'FAILED'
          ? {
              next_attempt_at: settlement.nextAttemptAt,
              last_error: settlement.error.slice(0, ERROR_LENGTH),
            }
          : { next_attempt_at: null, last_error: settlement.error.slice(0, ERROR_LENGTH) }
    const result = await this.#scope.runner((trx) =>
      trx
        .updateTable('reminder_delivery')
        .set({ ...columns, state: settlement.state, lease_until: null, version: sql`version + 1` })
        .where('id', '=', id)
        .where('state', '=', 'SENDING')
        .where('attempts', '=', attempts)
        .executeTakeFirst(),
    )
    return Number(result.numUpdatedRows) > 0
  }

  dueDeliveries(now: Date, limit: number): Promise<string[]> {
    return this.#scope.runner(async (trx) => {
      const rows = await trx
        .selectFrom('reminder_delivery')
        .select('id')
        .where((eb) => claimable(eb, now))
        .orderBy(
          sql`coalesce(case state when 'SENDING' then lease_until else next_attempt_at end, created_at)`,
        )
        .orderBy('id')
        .limit(Math.max(0, Math.floor(limit)))
        .execute()
      return rows.map((r) => r.id)
    })
  }

  async #outgoingMessage(
    trx: Transaction<ChidaoSchema>,
    key: string,
  ): Promise<ClaimedReminderDelivery['message']> {
    const message = await trx
      .selectFrom('reminder_message as m')
      .innerJoin('organization as r', (j) =>
        j.onRef('r.tenant_id', '=', 'm.tenant_id').onRef('r.id', '=', 'm.recipient_id'),
      )
      .select([
        'm.id',
        'm.deliver_on',
        'm.digest',
        'm.secrecy',
        'r.id as recipient_id',
        'r.code',
        'r.name',
      ])
      .where('m.key', '=', key)
      .executeTakeFirstOrThrow()
    const reminders = await trx
      .selectFrom('reminder as x')
      .innerJoin('organization as o', (j) =>
        j.onRef('o.tenant_id', '=', 'x.tenant_id').onRef('o.id', '=', 'x.owner_id'),
      )
      .leftJoin('task as t', (j) =>
        j.onRef('t.tenant_id', '=', 'x.tenant_id').onRef('t.id', '=', 'x.task_id'),
      )
      .innerJoin('directive as d', (j) =>
        j
          .onRef('d.tenant_id', '=', 'x.tenant_id')
          .on(sql<boolean>`d.id = coalesce(x.directive_id, t.directive_id)`),
      )
      .select([
        'x.key',
        'x.kind',
        'x.subject_kind',
        'x.due_on',
        'x.days_from_due',
        'x.period',
        'o.id as owner_id',
        'o.code as owner_code',
        'o.name as owner_name',
        'x.task_id',
        't.reference as task_reference',
        't.title as task_title',
        'd.id as directive_id',
        'd.symbol_text as directive_symbol',
      ])
      .where('x.message_key', '=', key)
      .orderBy('x.deliver_on')
      .orderBy('x.due_on')
      .orderBy('x.key')
      .execute()
    return Object.freeze({
      id: message.id,
      tenantId: this.#scope.tenantId,
      recipient: Object.freeze({
        id: message.recipient_id,
        code: message.code,
        name: message.name,
      }),
      deliverOn: message.deliver_on,
      digest: message.digest,
      secrecy: message.secrecy as Secrecy,
      reminders: Object.freeze(reminders.map(toOutgoingReminder)),
    })
  }
}

/** Deliveries an attempt may claim at `now`: new, failed and due again, or lease expired. */
function claimable(eb: ExpressionBuilder<ChidaoSchema, 'reminder_delivery'>, now: Date) {
  return eb.or([
    eb('state', '=', 'PENDING'),
    eb.and([eb('state', '=', 'FAILED'), eb('next_attempt_at', '<=', now)]),
    eb.and([eb('state', '=', 'SENDING'), eb('lease_until', '<=', now)]),
  ])
}
