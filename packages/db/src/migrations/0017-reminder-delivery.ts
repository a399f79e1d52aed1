import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
//
// The reminder log (sổ nhắc việc): the channels an organisation subscribed to (a webhook with
// its signing secret, or an e-mail address, each cleared up to a secrecy level), every
// reminder planned (once: keyed by the domain's reminder key; it is also the recipient's inbox
// entry, read or unread), the messages they went in (one each, or a day's digest; its id is
// the `webhook-id` and the e-mail's Message-ID), one delivery per message and channel (a
// small state machine with attempts, a lease and a backoff), and the last day planned per
// tenant. Reminders, messages and deliveries carry the secrecy of what they are about and are
// hidden above the reader's clearance, like the records they come from.

const APP_ROLE = 'chidao_app'
const LEVELS = sql.raw(`'PUBLIC', 'MAT', 'TOI_MAT', 'TUYET_MAT'`)
const CLEARANCE = sql`chidao_secrecy_rank(secrecy) <= (select chidao_clearance_rank())`

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table urging_channel (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      organization_id uuid not null,
      kind text not null check (kind in ('WEBHOOK', 'EMAIL')),
      address text not null check (length(address) between 3 and 2048),
      secret text check ((kind = 'WEBHOOK') = (secret is not null)),
      clearance text not null default 'PUBLIC' check (clearance in (${LEVELS})),
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, organization_id) references organization (tenant_id, id)
    )`.execute(db)
  await sql`create index urging_channel_organization_idx on urging_channel (tenant_id, organization_id) where active`.execute(
    db,
  )
  await sql`
    create table reminder_message (
      tenant_id text not null,
      key text not null,
      id uuid not null default gen_random_uuid() unique,
      recipient_id uuid not null,
      deliver_on date not null,
      digest boolean not null,
      secrecy text not null check (secrecy in (${LEVELS})),
      created_at timestamptz not null default now(),
      primary key (tenant_id, key),
      foreign key (tenant_id, recipient_id) references organization (tenant_id, id)
    )`.execute(db)
  await sql`
    create table reminder (
      tenant_id text not null,
      key text not null,
      kind text not null check (kind in ('DUE_SOON', 'OVERDUE', 'MISSING_REPORT', 'ESCALATION')),
      subject_kind text not null check (subject_kind in ('TASK', 'REPORT')),
      task_id uuid,
      directive_id uuid,
      period text,
      recipient_id uuid not null,
      owner_id uuid not null,
      due_on date not null,
      fires_on date not null,
      deliver_on date not null,
      days_from_due integer not null,
      secrecy text not null check (secrecy in (${LEVELS})),
      message_key text not null,
      created_at timestamptz not null default now(),
      read_at timestamptz,
      primary key (tenant_id, key),
      check (case subject_kind when 'TASK' then task_id is not null and period is null
        else directive_id is not null and period is not null end),
      foreign key (tenant_id, recipient_id) references organization (tenant_id, id),
      foreign key (tenant_id, owner_id) references organization (tenant_id, id),
      foreign key (tenant_id, task_id) references task (tenant_id, id),
      foreign key (tenant_id, directive_id) references directive (tenant_id, id),
      foreign key (tenant_id, message_key) references reminder_message (tenant_id, key)
    )`.execute(db)
  // The inbox: a recipient's reminders, unread first to hand, newest first.
  await sql`create index reminder_inbox_idx on reminder (tenant_id, recipient_id, read_at, deliver_on desc, created_at)`.execute(
    db,
  )
  await sql`create index reminder_message_key_idx on reminder (tenant_id, message_key)`.execute(db)
  await sql`
    create table reminder_delivery (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      message_key text not null,
      channel_id uuid not null,
      secrecy text not null check (secrecy in (${LEVELS})),
      state text not null default 'PENDING'
        check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'DEAD')),
      attempts integer not null default 0 check (attempts >= 0),
      next_attempt_at timestamptz,
      lease_until timestamptz,
      last_error text,
      sent_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      unique (tenant_id, message_key, channel_id),
      foreign key (tenant_id, message_key) references reminder_message (tenant_id, key),
      foreign key (tenant_id, channel_id) references urging_channel (tenant_id, id)
    )`.execute(db)
  // Deliveries due: the sender's sweep reads only those still to attempt.
  await sql`create index reminder_delivery_due_idx on reminder_delivery (state, next_attempt_at)
    where state in ('PENDING', 'FAILED', 'SENDING')`.execute(db)
  await sql`
    create table urging_run (
      tenant_id text primary key references tenant (id),
      last_planned_day date not null,
      updated_at timestamptz not null default now()
    )`.execute(db)
  for (const table of [
    'urging_channel',
    'reminder_message',
    'reminder',
    'reminder_delivery',
    'urging_run',
  ]) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db)
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
      using (tenant_id = current_setting('chidao.tenant_id', true))
      with check (tenant_id = current_setting('chidao.tenant_id', true))`.execute(db)
    await sql`grant select, insert, update, delete on ${sql.table(table)} to ${sql.id(APP_ROLE)}`.execute(
      db,
    )
  }
  for (const table of ['reminder_message', 'reminder', 'reminder_delivery']) {
    await sql`
      create policy clearance on ${sql.table(table)} as restrictive
      using (${CLEARANCE}) with check (${CLEARANCE})`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table urging_run`.execute(db)
  await sql`drop table reminder_delivery`.execute(db)
  await sql`drop table reminder`.execute(db)
  await sql`drop table reminder_message`.execute(db)
  await sql`drop table urging_channel`.execute(db)
}
