import type { ReminderPlanLog, ReminderPlanRecord } from '@chidao/app'
import type { IsoDate } from '@chidao/domain'
import { sql } from 'kysely'
import type { ReminderLogScope } from './reminder-log-scope.js'

// Rows per INSERT: far below PostgreSQL's 65 535 parameters with 16 columns a row.
const CHUNK = 1000

/**
 * The plans of the reminder log (tables `reminder_message`, `reminder`, `reminder_delivery` and
 * `urging_run`): a plan is written once (`ON CONFLICT DO NOTHING` on every key).
 */
export class KyselyReminderPlanLog implements ReminderPlanLog {
  readonly #scope: ReminderLogScope

  constructor(scope: ReminderLogScope) {
    this.#scope = scope
  }

  async lastPlannedDay(): Promise<IsoDate | null> {
    const row = await this.#scope.runner((trx) =>
      trx.selectFrom('urging_run').select('last_planned_day').executeTakeFirst(),
    )
    return row?.last_planned_day ?? null
  }

  recordPlan(plan: ReminderPlanRecord): Promise<{
    readonly reminderKeys: readonly string[]
    readonly deliveryIds: readonly string[]
  }> {
    const tenant_id = this.#scope.tenantId
    return this.#scope.runner(async (trx) => {
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
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK))
  return out
}
