import type { ChidaoDatabase } from '@chidao/db'
import type { Secrecy } from '@chidao/domain'
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay'

/** The reminder log rows the matrices aim at: a reminder and a DEAD delivery per secrecy. */
export interface MatrixReminders {
  readonly reminder: Record<'PUBLIC' | 'MAT', string>
  readonly delivery: Record<'PUBLIC' | 'MAT', string>
  killDelivery(secrecy: Secrecy): Promise<void>
}

/**
 * Writes, as the planner would, an overdue reminder for SKHCN about each task (the public II.6
 * and its MẬT twin), each in its own message, and a delivery of each message on an e-mail
 * channel of SKHCN that was given up (DEAD): the records `markRemindersRead` and
 * `resendReminderDelivery` aim at. Written with the owner's access: planning is a system job
 * with no GraphQL field.
 */
export async function insertMatrixReminders(
  db: ChidaoDatabase,
  tenant: string,
  ids: { readonly skhcn: string; readonly task: Record<'PUBLIC' | 'MAT', string> },
): Promise<MatrixReminders> {
  const skhcn = decodeGlobalID(ids.skhcn).id
  const channel = await db.kysely
    .insertInto('urging_channel')
    .values({
      tenant_id: tenant,
      organization_id: skhcn,
      kind: 'EMAIL',
      address: 'ma-tran@skhcn.example.vn',
      clearance: 'TUYET_MAT',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const reminder = { PUBLIC: '', MAT: '' }
  const delivery = { PUBLIC: '', MAT: '' }
  for (const secrecy of ['PUBLIC', 'MAT'] as const) {
    const task = decodeGlobalID(ids.task[secrecy]).id
    const key = `OVERDUE|task:${task}|${skhcn}|2026-11-30|2026-12-01`
    await db.kysely
      .insertInto('reminder_message')
      .values({
        tenant_id: tenant,
        key,
        recipient_id: skhcn,
        deliver_on: '2026-12-01',
        digest: false,
        secrecy,
      })
      .execute()
    await db.kysely
      .insertInto('reminder')
      .values({
        tenant_id: tenant,
        key,
        kind: 'OVERDUE',
        subject_kind: 'TASK',
        task_id: task,
        recipient_id: skhcn,
        owner_id: skhcn,
        due_on: '2026-11-30',
        fires_on: '2026-12-01',
        deliver_on: '2026-12-01',
        days_from_due: 1,
        secrecy,
        message_key: key,
      })
      .execute()
    const row = await db.kysely
      .insertInto('reminder_delivery')
      .values({
        tenant_id: tenant,
        message_key: key,
        channel_id: channel.id,
        secrecy,
        state: 'DEAD',
        attempts: 8,
        last_error: '550 no such mailbox',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    reminder[secrecy] = key
    delivery[secrecy] = encodeGlobalID('ReminderDelivery', row.id)
  }
  return {
    reminder,
    delivery,
    async killDelivery(secrecy) {
      await db.kysely
        .updateTable('reminder_delivery')
        .set({ state: 'DEAD', attempts: 8 })
        .where('tenant_id', '=', tenant)
        .where('id', '=', decodeGlobalID(delivery[secrecy as 'PUBLIC']).id)
        .execute()
    },
  }
}
