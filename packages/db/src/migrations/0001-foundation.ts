import { type Kysely, sql } from 'kysely'

// Frozen in time: this file never imports application code and is never edited once released.
// One statement per `sql` call: PGlite's extended protocol runs one statement at a time.

const APP_ROLE = 'chidao_app'

export async function up(db: Kysely<any>): Promise<void> {
  // The role that tenant-scoped transactions switch to, so that row-level security applies
  // (the owner and superusers bypass it). Created once per cluster; parallel migrations of
  // several databases on one cluster may race, hence the exception handlers.
  await sql`
    do $$ begin
      if not exists (select from pg_roles where rolname = 'chidao_app') then
        create role chidao_app nologin;
      end if;
    exception when duplicate_object or unique_violation then null;
    end $$`.execute(db)

  await sql`
    create function chidao_forbid_change() returns trigger language plpgsql as $$
    begin
      raise exception 'chidao: % is append-only; % refused', tg_table_name, tg_op
        using errcode = 'P0001', hint = 'append a correcting entry instead';
    end $$`.execute(db)

  await sql`
    create table tenant (
      id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
      name text not null check (length(name) between 1 and 300),
      created_at timestamptz not null default now()
    )`.execute(db)

  await sql`
    create table organization (
      tenant_id text not null references tenant (id),
      id uuid not null default gen_random_uuid(),
      code text not null check (length(code) between 1 and 64 and code = upper(code)),
      name text not null check (length(name) between 1 and 300),
      short_name text check (length(short_name) between 1 and 300),
      search_key text not null,
      name_sort_key text not null,
      kind text not null check (kind in ('PARTY_COMMITTEE', 'STANDING_COMMITTEE',
        'PARTY_ADVISORY_BOARD', 'PARTY_DELEGATION', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE',
        'DEPARTMENT', 'FRONT_OR_MASS_ORGANIZATION', 'ASSOCIATION_UNION', 'MEMBER_ASSOCIATION',
        'OTHER')),
      level text not null check (level in ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE')),
      parent_id uuid,
      founded_on date,
      dissolved_on date,
      successor_id uuid,
      party_term integer check (party_term between 1 and 100),
      version integer not null default 1 check (version >= 1),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, id),
      unique (tenant_id, code),
      foreign key (tenant_id, parent_id) references organization (tenant_id, id),
      foreign key (tenant_id, successor_id) references organization (tenant_id, id),
      check (parent_id is distinct from id),
      check (successor_id is distinct from id),
      check (dissolved_on is null or founded_on is null or dissolved_on >= founded_on),
      -- the district level was abolished on 2025-07-01: only historic bodies may use it
      check (level <> 'DISTRICT'
        or (founded_on is not null and founded_on < date '2025-07-01')
        or (dissolved_on is not null and dissolved_on <= date '2025-07-01')
        or (founded_on is null and created_at < timestamptz '2025-07-01 00:00:00+07'))
    )`.execute(db)
  await sql`create index organization_parent_idx on organization (tenant_id, parent_id)`.execute(db)
  await sql`create index organization_name_sort_idx on organization (tenant_id, name_sort_key collate "C", id)`.execute(
    db,
  )

  await sql`
    create table audit_event (
      tenant_id text not null references tenant (id),
      id bigint generated always as identity,
      at timestamptz not null default now(),
      actor text not null,
      actor_organization text,
      request_id text,
      action text not null,
      entity_type text not null,
      entity_id text not null,
      before jsonb,
      after jsonb,
      primary key (tenant_id, id)
    )`.execute(db)
  await sql`create index audit_event_entity_idx on audit_event (tenant_id, entity_type, entity_id)`.execute(
    db,
  )
  await sql`
    create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function chidao_forbid_change()`.execute(db)
  await sql`
    create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function chidao_forbid_change()`.execute(db)

  // Row-level security: a tenant-scoped transaction sets chidao.tenant_id and switches to the
  // application role; every policy compares against that setting.
  for (const table of ['organization', 'audit_event']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db)
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
      using (tenant_id = current_setting('chidao.tenant_id', true))
      with check (tenant_id = current_setting('chidao.tenant_id', true))`.execute(db)
  }
  await sql`grant usage on schema public to ${sql.id(APP_ROLE)}`.execute(db)
  await sql`grant select on tenant to ${sql.id(APP_ROLE)}`.execute(db)
  await sql`grant select, insert, update, delete on organization to ${sql.id(APP_ROLE)}`.execute(db)
  await sql`grant select, insert on audit_event to ${sql.id(APP_ROLE)}`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table audit_event`.execute(db)
  await sql`drop table organization`.execute(db)
  await sql`drop table tenant`.execute(db)
  await sql`drop function chidao_forbid_change()`.execute(db)
  await sql`revoke usage on schema public from ${sql.id(APP_ROLE)}`.execute(db)
}
