import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
//
// How a tenant urges (đôn đốc), as data: its rules (days before a due day, the repeat while
// late, the escalation, the digest's local time and time zone), each organisation's preferences
// (a daily digest, quiet on rest days) and its public holidays per year (the Labour Code's, as
// the Government's yearly notice moves them: a list of days with their names). A tenant without rules uses the defaults; a year
// without holidays of its own uses the shipped list.

const APP_ROLE = 'chidao_app'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table urging_rules (
      tenant_id text primary key references tenant (id),
      due_soon_days integer[] not null check (
        cardinality(due_soon_days) <= 10
        and 1 <= all (due_soon_days) and 366 >= all (due_soon_days)),
      overdue_repeat_days integer not null check (overdue_repeat_days between 1 and 366),
      escalate_after_days integer not null check (escalate_after_days between 1 and 366),
      digest_time text not null check (digest_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      time_zone text not null check (length(time_zone) between 1 and 64),
      version integer not null default 1,
      updated_at timestamptz not null default now()
    )`.execute(db)
  await sql`
    create table urging_preference (
      tenant_id text not null,
      organization_id uuid not null,
      digest boolean not null,
      quiet_on_rest_days boolean not null,
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      primary key (tenant_id, organization_id),
      foreign key (tenant_id, organization_id) references organization (tenant_id, id)
    )`.execute(db)
  await sql`
    create table public_holidays (
      tenant_id text not null references tenant (id),
      year integer not null check (year between 1900 and 2999),
      days jsonb not null check (jsonb_typeof(days) = 'array'),
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      primary key (tenant_id, year)
    )`.execute(db)
  for (const table of ['urging_rules', 'urging_preference', 'public_holidays']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db)
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
      using (tenant_id = current_setting('chidao.tenant_id', true))
      with check (tenant_id = current_setting('chidao.tenant_id', true))`.execute(db)
    await sql`grant select, insert, update, delete on ${sql.table(table)} to ${sql.id(APP_ROLE)}`.execute(
      db,
    )
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table public_holidays`.execute(db)
  await sql`drop table urging_preference`.execute(db)
  await sql`drop table urging_rules`.execute(db)
}
