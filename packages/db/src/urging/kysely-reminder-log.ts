import { randomBytes } from 'node:crypto'
import type {
  ChangeContext,
  ClaimedReminderDelivery,
  DeliverySettlement,
  NewUrgingChannel,
  ReminderDelivery,
  ReminderDeliveryListRequest,
  ReminderListRequest,
  ReminderLog,
  ReminderPlanRecord,
  StoredReminder,
  UrgingChannel,
} from '@chidao/app'
import {
  type DomainError,
  domainError,
  err,
  type IsoDate,
  isUuid,
  type OrganizationId,
  ok,
  organizationNotFound,
  type Page,
  type Result,
  type Secrecy,
} from '@chidao/domain'
import { type ExpressionBuilder, sql, type Transaction } from 'kysely'
import { writeAuditEvent } from '../audit/write-audit-event.js'
import { type KeysetOrder, keysetPage } from '../pagination/keyset-page.js'
import { mapPage } from '../pagination/map-page.js'
import type { ChidaoSchema } from '../schema.js'
import { organizationSubtreeSql } from '../task/organization-subtree-sql.js'
import { type TenantExecutor, type TenantRunner, tenantRunner } from '../tenant/tenant-runner.js'
import {
  CHANNEL_COLUMNS,
  type DeliveryRow,
  type ReminderRow,
  toOutgoingReminder,
  toReminderDelivery,
  toStoredReminder,
  toUrgingChannel,
} from './reminder-rows.js'

type Trx = Transaction<ChidaoSchema>

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

// Rows per INSERT: far below PostgreSQL's 65 535 parameters with 16 columns a row.
const CHUNK = 1000
// A receiver's error kept in the log, at most.
const ERROR_LENGTH = 2000

/**
 * The reminder log in the tables `urging_channel`, `reminder`, `reminder_message`,
 * `reminder_delivery` and `urging_run`: row-level security fences them by tenant, and hides a
 * reminder, a message and a delivery above the reader's clearance. A plan is written once
 * (`ON CONFLICT DO NOTHING` on every key); a delivery is claimed by one conditional UPDATE,
 * which only one of several concurrent callers can win.
 */
export class KyselyReminderLog implements ReminderLog {
  readonly #tenantId: string
  readonly #runner: TenantRunner

  constructor(executor: TenantExecutor, tenantId: string, clearance: Secrecy) {
    this.#tenantId = tenantId
    this.#runner = tenantRunner(executor, tenantId, clearance)
  }

  async lastPlannedDay(): Promise<IsoDate | null> {
    const row = await this.#runner((trx) =>
      trx.selectFrom('urging_run').select('last_planned_day').executeTakeFirst(),
    )
    return row?.last_planned_day ?? null
  }

  recordPlan(plan: ReminderPlanRecord): Promise<{
    readonly reminderKeys: readonly string[]
    readonly deliveryIds: readonly string[]
  }> {
    const tenant_id = this.#tenantId
    return this.#runner(async (trx) => {
      const messages = plan.messages.map((m) => ({
        tenant_id,
        key: m.key,
        recipient_id: m.recipientId,
        deliver_on: m.deliverOn,
        digest: m.digest,
        secrecy: m.secrecy,
      }))
      for (const chunk of chunks(messages)) {
        await trx
          .insertInto('reminder_message')
          .values(chunk)
          .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
          .execute()
      }
      const reminders = plan.messages.flatMap((m) =>
        m.reminders.map((r) => ({
          tenant_id,
          key: r.key,
          kind: r.kind,
          subject_kind: r.subject.kind,
          task_id: r.subject.taskId,
          directive_id: r.subject.kind === 'REPORT' ? r.subject.directiveId : null,
          period: r.subject.kind === 'REPORT' ? r.subject.period : null,
          recipient_id: r.recipientId,
          owner_id: r.ownerId,
          due_on: r.dueOn,
          fires_on: r.firesOn,
          deliver_on: r.deliverOn,
          days_from_due: r.daysFromDue,
          secrecy: r.secrecy,
          message_key: m.key,
        })),
      )
      const reminderKeys: string[] = []
      for (const chunk of chunks(reminders)) {
        const added = await trx
          .insertInto('reminder')
          .values(chunk)
          .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
          .returning('key')
          .execute()
        reminderKeys.push(...added.map((r) => r.key))
      }
      const secrecyOf = new Map(plan.messages.map((m) => [m.key, m.secrecy]))
      const deliveries = plan.deliveries.map((d) => ({
        tenant_id,
        message_key: d.messageKey,
        channel_id: d.channelId,
        secrecy: secrecyOf.get(d.messageKey) ?? 'TUYET_MAT',
      }))
      const deliveryIds: string[] = []
      for (const chunk of chunks(deliveries)) {
        const added = await trx
          .insertInto('reminder_delivery')
          .values(chunk)
          .onConflict((oc) => oc.columns(['tenant_id', 'message_key', 'channel_id']).doNothing())
          .returning('id')
          .execute()
        deliveryIds.push(...added.map((r) => r.id))
      }
      await trx
        .insertInto('urging_run')
        .values({ tenant_id, last_planned_day: plan.plannedThrough })
        .onConflict((oc) =>
          oc.column('tenant_id').doUpdateSet({
            last_planned_day: sql`greatest(urging_run.last_planned_day, excluded.last_planned_day)`,
            updated_at: new Date(),
          }),
        )
        .execute()
      return { reminderKeys, deliveryIds }
    })
  }

  claimDelivery(
    id: string,
    at: { readonly now: Date; readonly leaseUntil: Date },
  ): Promise<ClaimedReminderDelivery | null> {
    if (!isUuid(id)) return Promise.resolve(null)
    return this.#runner(async (trx) => {
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
    const result = await this.#runner((trx) =>
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
    return this.#runner(async (trx) => {
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

  async channels(organizationIds: readonly OrganizationId[] | null): Promise<UrgingChannel[]> {
    const ids = organizationIds?.filter(isUuid).map((id) => id.toLowerCase()) ?? null
    if (ids !== null && ids.length === 0) return []
    const rows = await this.#runner((trx) => {
      let query = trx
        .selectFrom('urging_channel')
        .select(CHANNEL_COLUMNS)
        .where('active', '=', true)
      if (ids !== null) query = query.where('organization_id', 'in', ids)
      return query.orderBy('created_at').orderBy('id').execute()
    })
    return rows.map(toUrgingChannel)
  }

  async channel(id: string): Promise<UrgingChannel | null> {
    if (!isUuid(id)) return null
    const row = await this.#runner((trx) =>
      trx
        .selectFrom('urging_channel')
        .select(CHANNEL_COLUMNS)
        .where('id', '=', id.toLowerCase())
        .where('active', '=', true)
        .executeTakeFirst(),
    )
    return row ? toUrgingChannel(row) : null
  }

  addChannel(
    channel: NewUrgingChannel,
    context: ChangeContext,
  ): Promise<Result<UrgingChannel, DomainError>> {
    if (!isUuid(channel.organizationId))
      return Promise.resolve(err(organizationNotFound(['organizationId'])))
    return this.#runner(async (trx) => {
      const organization = await trx
        .selectFrom('organization')
        .select('id')
        .where('id', '=', channel.organizationId.toLowerCase())
        .executeTakeFirst()
      if (!organization) return err(organizationNotFound(['organizationId']))
      const row = await trx
        .insertInto('urging_channel')
        .values({
          tenant_id: this.#tenantId,
          organization_id: organization.id,
          kind: channel.kind,
          address: channel.address,
          secret: channel.kind === 'WEBHOOK' ? webhookSecret() : null,
          clearance: channel.clearance,
        })
        .returning(CHANNEL_COLUMNS)
        .executeTakeFirstOrThrow()
      const added = toUrgingChannel(row)
      await this.#audit(trx, context, 'urging.channel.add', added.id, null, withoutSecret(added))
      return ok(added)
    })
  }

  removeChannel(
    id: string,
    expectedVersion: number,
    context: ChangeContext,
  ): Promise<Result<UrgingChannel, DomainError>> {
    if (!isUuid(id)) return Promise.resolve(err(channelNotFound()))
    return this.#runner(async (trx) => {
      const before = await trx
        .selectFrom('urging_channel')
        .select(CHANNEL_COLUMNS)
        .where('id', '=', id.toLowerCase())
        .where('active', '=', true)
        .executeTakeFirst()
      if (!before) return err(channelNotFound())
      const row = await trx
        .updateTable('urging_channel')
        .set({ active: false, version: sql`version + 1`, updated_at: new Date() })
        .where('id', '=', before.id)
        .where('active', '=', true)
        .where('version', '=', expectedVersion)
        .returning(CHANNEL_COLUMNS)
        .executeTakeFirst()
      if (!row) return err(conflict(expectedVersion, before.version))
      const removed = toUrgingChannel(row)
      await this.#audit(
        trx,
        context,
        'urging.channel.remove',
        removed.id,
        withoutSecret(toUrgingChannel(before)),
        withoutSecret(removed),
      )
      return ok(removed)
    })
  }

  async reminders(request: ReminderListRequest): Promise<Page<StoredReminder>> {
    const page = await this.#runner((trx) => {
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
          sql<boolean>`reminder.recipient_id in ${organizationSubtreeSql(this.#tenantId, request.scope)}`,
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
    const rows = await this.#runner((trx) => {
      let query = trx
        .updateTable('reminder')
        .set({ read_at: sql`coalesce(read_at, ${at})` })
        .where('key', 'in', [...keys])
      if (scope !== null)
        query = query.where(
          sql<boolean>`recipient_id in ${organizationSubtreeSql(this.#tenantId, scope)}`,
        )
      return query.returning('key').execute()
    })
    return rows.map((r) => r.key)
  }

  async deliveries(request: ReminderDeliveryListRequest): Promise<Page<ReminderDelivery>> {
    const page = await this.#runner((trx) => {
      let query = deliveryQuery(trx)
      if (request.scope !== null)
        query = query.where(
          sql<boolean>`m.recipient_id in ${organizationSubtreeSql(this.#tenantId, request.scope)}`,
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
    const row = await this.#runner((trx) =>
      deliveryQuery(trx).where('d.id', '=', id.toLowerCase()).executeTakeFirst(),
    )
    return row ? toReminderDelivery(row) : null
  }

  resendDelivery(
    id: string,
    now: Date,
    context: ChangeContext,
  ): Promise<Result<ReminderDelivery, DomainError>> {
    if (!isUuid(id)) return Promise.resolve(err(deliveryNotFound()))
    return this.#runner(async (trx) => {
      const before = await deliveryQuery(trx)
        .where('d.id', '=', id.toLowerCase())
        .executeTakeFirst()
      if (!before) return err(deliveryNotFound())
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
      await writeAuditEvent(trx, this.#tenantId, context, {
        action: 'urging.delivery.resend',
        entityType: 'reminder_delivery',
        entityId: before.id,
        before: toReminderDelivery(before),
        after,
      })
      return ok(after)
    })
  }

  async #outgoingMessage(trx: Trx, key: string): Promise<ClaimedReminderDelivery['message']> {
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
      tenantId: this.#tenantId,
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

  #audit(
    trx: Trx,
    context: ChangeContext,
    action: string,
    entityId: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return writeAuditEvent(trx, this.#tenantId, context, {
      action,
      entityType: 'urging_channel',
      entityId,
      before,
      after,
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

function deliveryQuery(trx: Trx) {
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

// A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64.
function webhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`
}

// The audit log keeps no secret.
function withoutSecret(channel: UrgingChannel): Omit<UrgingChannel, 'secret'> {
  const { secret: _secret, ...rest } = channel
  return rest
}

// An id that is no uuid matches nothing (instead of failing the cast).
function uuidOrNone(id: string): string {
  return isUuid(id) ? id.toLowerCase() : '00000000-0000-0000-0000-000000000000'
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK))
  return out
}

function channelNotFound(): DomainError {
  return domainError(
    'URGING_CHANNEL_NOT_FOUND',
    { en: 'No such channel', vi: 'Không tìm thấy kênh nhận nhắc việc' },
    ['id'],
  )
}

function deliveryNotFound(): DomainError {
  return domainError(
    'REMINDER_DELIVERY_NOT_FOUND',
    { en: 'No such delivery', vi: 'Không tìm thấy lượt gửi nhắc việc' },
    ['id'],
  )
}

function notResendable(state: string): DomainError {
  return domainError(
    'DELIVERY_NOT_RESENDABLE',
    {
      en: `Only a failed or abandoned delivery is sent again; this one is ${state}`,
      vi: `Chỉ gửi lại lượt gửi thất bại hoặc đã ngừng thử; lượt này đang ở trạng thái ${state}`,
    },
    ['id'],
    state,
  )
}

function conflict(expected: number, current: number): DomainError {
  return domainError(
    'CONFLICT',
    {
      en: `The channel was changed meanwhile: it is at version ${current}, not ${expected}; reload it and try again`,
      vi: `Kênh đã được cập nhật trong lúc đó: phiên bản hiện tại là ${current}, không phải ${expected}; hãy tải lại và thử lại`,
    },
    ['version'],
    current,
  )
}
