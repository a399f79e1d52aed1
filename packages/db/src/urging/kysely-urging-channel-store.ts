import { randomBytes } from 'node:crypto'
import {
  type ChangeContext,
  type NewUrgingChannel,
  type UrgingChannel,
  type UrgingChannelStore,
  urgingChannelNotFound,
} from '@chidao/app'
import {
  type DomainError,
  err,
  isUuid,
  type OrganizationId,
  ok,
  organizationNotFound,
  type Result,
} from '@chidao/domain'
import { sql, type Transaction } from 'kysely'
import { writeAuditEvent } from '../audit/write-audit-event.js'
import type { ChidaoSchema } from '../schema.js'
import { channelConflict } from './reminder-log-errors.js'
import type { ReminderLogScope } from './reminder-log-scope.js'
import { CHANNEL_COLUMNS, toUrgingChannel } from './reminder-rows.js'

/**
 * The channels reminders are delivered on (table `urging_channel`): a channel is removed by
 * marking it inactive, and every change is audited without the channel's secret.
 */
export class KyselyUrgingChannelStore implements UrgingChannelStore {
  readonly #scope: ReminderLogScope

  constructor(scope: ReminderLogScope) {
    this.#scope = scope
  }

  async channels(organizationIds: readonly OrganizationId[] | null): Promise<UrgingChannel[]> {
    const ids = organizationIds?.filter(isUuid).map((id) => id.toLowerCase()) ?? null
    if (ids !== null && ids.length === 0) return []
    const rows = await this.#scope.runner((trx) => {
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
    const row = await this.#scope.runner((trx) =>
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
    return this.#scope.runner(async (trx) => {
      const organization = await trx
        .selectFrom('organization')
        .select('id')
        .where('id', '=', channel.organizationId.toLowerCase())
        .executeTakeFirst()
      if (!organization) return err(organizationNotFound(['organizationId']))
      const row = await trx
        .insertInto('urging_channel')
        .values({
          tenant_id: this.#scope.tenantId,
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
    if (!isUuid(id)) return Promise.resolve(err(urgingChannelNotFound()))
    return this.#scope.runner(async (trx) => {
      const before = await trx
        .selectFrom('urging_channel')
        .select(CHANNEL_COLUMNS)
        .where('id', '=', id.toLowerCase())
        .where('active', '=', true)
        .executeTakeFirst()
      if (!before) return err(urgingChannelNotFound())
      const row = await trx
        .updateTable('urging_channel')
        .set({ active: false, version: sql`version + 1`, updated_at: new Date() })
        .where('id', '=', before.id)
        .where('active', '=', true)
        .where('version', '=', expectedVersion)
        .returning(CHANNEL_COLUMNS)
        .executeTakeFirst()
      if (!row) return err(channelConflict(expectedVersion, before.version))
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

  #audit(
    trx: Transaction<ChidaoSchema>,
    context: ChangeContext,
    action: string,
    entityId: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return writeAuditEvent(trx, this.#scope.tenantId, context, {
      action,
      entityType: 'urging_channel',
      entityId,
      before,
      after,
    })
  }
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
