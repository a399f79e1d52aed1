import { type Kysely, sql } from 'kysely'

// Frozen in time: this file never imports application code and is never edited once released.
// One statement per `sql` call (PGlite runs one statement at a time).

const APP_ROLE = 'chidao_app'

const DIRECTIVE_KINDS = [
  'RESOLUTION',
  'DIRECTIVE',
  'CONCLUSION',
  'DECISION',
  'REGULATION',
  'RULES',
  'CIRCULAR_NOTICE',
  'GUIDANCE',
  'NOTICE',
  'REPORT',
  'PLAN',
  'PROGRAM',
  'PROJECT',
  'PROPOSAL',
  'OFFICIAL_LETTER',
  'DECREE',
  'CIRCULAR',
  'LAW',
  'MINUTES',
  'COMMUNIQUE',
  'COPY',
  'SCHEME',
  'CONTRACT',
  'DISPATCH',
  'INVITATION',
  'OTHER',
]

function inList(values: readonly string[]) {
  return sql.join(values.map((v) => sql.lit(v)))
}

const TENANT_TABLES = [
  'organization_membership',
  'directive',
  'directive_relation',
  'task',
  'task_coordinator',
  'task_event',
  'progress_report',
  'assessment',
  'assessment_indicator',
  'assessment_indicator_period',
]

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table organization_membership (
      tenant_id text not null references tenant (id),
      member_id uuid not null,
      union_id uuid not null,
      from_on date not null,
      to_on date,
      primary key (tenant_id, member_id, union_id, from_on),
      foreign key (tenant_id, member_id) references organization (tenant_id, id),
      foreign key (tenant_id, union_id) references organization (tenant_id, id),
      check (member_id <> union_id),
      check (to_on is null or to_on >= from_on)
    )`.execute(db)
  await sql`create index organization_membership_union_idx on organization_membership (tenant_id, union_id)`.execute(
    db,
  )

  await sql`
    create table directive (
      tenant_id text not null references tenant (id),
      id uuid not null default gen_random_uuid(),
      kind text not null check (kind in (${inList(DIRECTIVE_KINDS)})),
      symbol_text text not null check (length(symbol_text) between 3 and 64),
      symbol_system text not null check (symbol_system in ('PARTY', 'STATE')),
      symbol_number integer not null check (symbol_number > 0),
      symbol_year integer,
      symbol_type_code text,
      symbol_issuer_code text not null,
      issuer_id uuid not null,
      issuer_term integer check (issuer_term between 1 and 100),
      issued_on date not null,
      issued_year integer not null,
      title text not null check (length(title) between 1 and 2000),
      search_key text not null,
      secrecy text not null default 'PUBLIC' check (secrecy in ('PUBLIC', 'MAT', 'TOI_MAT', 'TUYET_MAT')),
      urgency text not null default 'NORMAL' check (urgency in ('NORMAL', 'KHAN', 'THUONG_KHAN', 'HOA_TOC')),
      sections jsonb not null default '[]' check (jsonb_typeof(sections) = 'array'),
      version integer not null default 1 check (version >= 1),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, issuer_id) references organization (tenant_id, id),
      -- a document's identity: issuer + symbol + year (numbers restart each term)
      unique (tenant_id, symbol_text, issuer_id, issued_year),
      check (issued_year = extract(year from issued_on)),
      check (symbol_year is null or symbol_year = issued_year)
    )`.execute(db)
  await sql`create index directive_symbol_idx on directive (tenant_id, symbol_text)`.execute(db)
  await sql`create index directive_issuer_idx on directive (tenant_id, issuer_id, issued_on)`.execute(
    db,
  )

  await sql`
    create table directive_relation (
      tenant_id text not null references tenant (id),
      source_id uuid not null,
      target_id uuid not null,
      type text not null check (type in ('IMPLEMENTS', 'CONTINUES', 'GUIDES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES')),
      effective_on date not null,
      primary key (tenant_id, source_id, target_id, type),
      foreign key (tenant_id, source_id) references directive (tenant_id, id),
      foreign key (tenant_id, target_id) references directive (tenant_id, id),
      check (source_id <> target_id)
    )`.execute(db)
  await sql`create index directive_relation_target_idx on directive_relation (tenant_id, target_id, type)`.execute(
    db,
  )
  // The relation graph is acyclic: refuse an edge whose target already reaches its source.
  // The advisory lock serialises concurrent inserts of one tenant, so two edges that each look
  // harmless cannot close a cycle together.
  await sql`
    create function chidao_directive_relation_acyclic() returns trigger language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(hashtext('chidao.directive_relation'), hashtext(new.tenant_id));
      if exists (
        with recursive reach(id) as (
          select new.target_id
          union
          select r.target_id from directive_relation r join reach on r.source_id = reach.id
          where r.tenant_id = new.tenant_id
        )
        select 1 from reach where id = new.source_id
      ) then
        raise exception 'chidao: relation % -> % would close a cycle', new.source_id, new.target_id
          using errcode = '23514', constraint = 'directive_relation_acyclic';
      end if;
      return new;
    end $$`.execute(db)
  await sql`
    create trigger directive_relation_acyclic before insert or update on directive_relation
    for each row execute function chidao_directive_relation_acyclic()`.execute(db)

  await sql`
    create table task (
      tenant_id text not null references tenant (id),
      id uuid not null default gen_random_uuid(),
      directive_id uuid not null,
      reference text check (length(reference) between 1 and 64),
      title text not null check (length(title) between 1 and 2000),
      description text not null default '',
      search_key text not null,
      lead_id uuid not null,
      monitor_id uuid,
      deadline jsonb check (deadline is null or jsonb_typeof(deadline) = 'object'),
      deadline_kind text check (deadline_kind in ('DATE', 'MONTH', 'QUARTER', 'YEAR', 'RECURRING', 'ONGOING')),
      deadline_due date,
      reporting_cadence text check (reporting_cadence in ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
      reporting_recipient_id uuid,
      parent_id uuid,
      status text not null default 'NOT_STARTED'
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'PAUSED', 'CANCELLED')),
      completed_on date,
      version integer not null default 1 check (version >= 1),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, directive_id) references directive (tenant_id, id),
      foreign key (tenant_id, lead_id) references organization (tenant_id, id),
      foreign key (tenant_id, monitor_id) references organization (tenant_id, id),
      foreign key (tenant_id, reporting_recipient_id) references organization (tenant_id, id),
      foreign key (tenant_id, parent_id) references task (tenant_id, id),
      check (parent_id is distinct from id),
      check ((status = 'COMPLETED') = (completed_on is not null)),
      check ((deadline is null) = (deadline_kind is null)),
      check (deadline_kind in ('RECURRING', 'ONGOING') or deadline_kind is null or deadline_due is not null),
      check ((reporting_cadence is null) = (reporting_recipient_id is null))
    )`.execute(db)
  await sql`create unique index task_reference_key on task (tenant_id, directive_id, reference) where reference is not null`.execute(
    db,
  )
  await sql`create index task_lead_due_idx on task (tenant_id, lead_id, deadline_due)`.execute(db)
  await sql`create index task_directive_idx on task (tenant_id, directive_id)`.execute(db)
  await sql`create index task_parent_idx on task (tenant_id, parent_id)`.execute(db)
  await sql`create index task_open_due_idx on task (tenant_id, deadline_due) where status not in ('COMPLETED', 'CANCELLED')`.execute(
    db,
  )

  await sql`
    create table task_coordinator (
      tenant_id text not null references tenant (id),
      task_id uuid not null,
      organization_id uuid not null,
      position integer not null check (position >= 0),
      primary key (tenant_id, task_id, organization_id),
      unique (tenant_id, task_id, position),
      foreign key (tenant_id, task_id) references task (tenant_id, id) on delete cascade,
      foreign key (tenant_id, organization_id) references organization (tenant_id, id)
    )`.execute(db)
  await sql`create index task_coordinator_org_idx on task_coordinator (tenant_id, organization_id)`.execute(
    db,
  )

  await sql`
    create table task_event (
      tenant_id text not null references tenant (id),
      id bigint generated always as identity,
      task_id uuid not null,
      at timestamptz not null default now(),
      occurred_on date not null,
      type text not null,
      from_status text,
      to_status text not null,
      reason text,
      actor text not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, task_id) references task (tenant_id, id)
    )`.execute(db)
  await sql`create index task_event_task_idx on task_event (tenant_id, task_id, id)`.execute(db)

  await sql`
    create table progress_report (
      tenant_id text not null references tenant (id),
      id uuid not null default gen_random_uuid(),
      task_id uuid not null,
      reported_on date not null,
      organization_id uuid not null,
      percent numeric(5, 2) check (percent between 0 and 100),
      narrative text not null default '',
      evidence jsonb not null default '[]' check (jsonb_typeof(evidence) = 'array'),
      idempotency_key text,
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      unique (tenant_id, idempotency_key),
      foreign key (tenant_id, task_id) references task (tenant_id, id),
      foreign key (tenant_id, organization_id) references organization (tenant_id, id)
    )`.execute(db)
  await sql`create index progress_report_task_idx on progress_report (tenant_id, task_id, reported_on desc)`.execute(
    db,
  )

  await sql`
    create table assessment (
      tenant_id text not null references tenant (id),
      id uuid not null default gen_random_uuid(),
      natural_key text not null check (length(natural_key) between 1 and 200),
      kind text not null check (kind in ('PERIODIC_REPORT', 'INTERIM_REVIEW', 'FINAL_REVIEW', 'SELF_ASSESSMENT', 'SOCIAL_CRITIQUE')),
      subject_kind text not null check (subject_kind in ('DIRECTIVE_IMPLEMENTATION', 'TASK', 'ORGANIZATION_YEAR')),
      subject_directive_id uuid,
      subject_organization_id uuid,
      subject_task_id uuid,
      subject_year integer,
      period_from date not null,
      period_to date not null,
      title text not null,
      assessor_id uuid not null,
      assessed_on date not null,
      findings jsonb not null check (jsonb_typeof(findings) = 'object'),
      social_critique jsonb check (social_critique is null or jsonb_typeof(social_critique) = 'object'),
      score numeric(5, 2) check (score between 0 and 100),
      rating text check (rating in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
      rating_rules_id text,
      version integer not null default 1 check (version >= 1),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, id),
      unique (tenant_id, natural_key),
      foreign key (tenant_id, subject_directive_id) references directive (tenant_id, id),
      foreign key (tenant_id, subject_organization_id) references organization (tenant_id, id),
      foreign key (tenant_id, subject_task_id) references task (tenant_id, id),
      foreign key (tenant_id, assessor_id) references organization (tenant_id, id),
      check (period_to >= period_from),
      check (rating is null or rating_rules_id is not null or score is null),
      check (case subject_kind
        when 'DIRECTIVE_IMPLEMENTATION' then subject_directive_id is not null and subject_organization_id is not null
        when 'TASK' then subject_task_id is not null
        when 'ORGANIZATION_YEAR' then subject_organization_id is not null and subject_year is not null
      end)
    )`.execute(db)
  await sql`create index assessment_subject_idx on assessment (tenant_id, subject_directive_id, subject_organization_id)`.execute(
    db,
  )

  await sql`
    create table assessment_indicator (
      tenant_id text not null references tenant (id),
      assessment_id uuid not null,
      position integer not null check (position >= 0),
      name text not null,
      unit text not null,
      baseline_value numeric,
      baseline_on date,
      evidence jsonb not null default '[]' check (jsonb_typeof(evidence) = 'array'),
      primary key (tenant_id, assessment_id, position),
      foreign key (tenant_id, assessment_id) references assessment (tenant_id, id) on delete cascade
    )`.execute(db)
  await sql`
    create table assessment_indicator_period (
      tenant_id text not null references tenant (id),
      assessment_id uuid not null,
      indicator_position integer not null,
      period_from date not null,
      period_to date not null,
      target numeric,
      actual numeric,
      primary key (tenant_id, assessment_id, indicator_position, period_from),
      foreign key (tenant_id, assessment_id, indicator_position)
        references assessment_indicator (tenant_id, assessment_id, position) on delete cascade,
      check (period_to >= period_from)
    )`.execute(db)

  for (const table of ['progress_report', 'task_event']) {
    await sql`
      create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function chidao_forbid_change()`.execute(db)
    await sql`
      create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function chidao_forbid_change()`.execute(db)
  }

  for (const table of TENANT_TABLES) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db)
    await sql`
      create policy tenant_isolation on ${sql.table(table)}
      using (tenant_id = current_setting('chidao.tenant_id', true))
      with check (tenant_id = current_setting('chidao.tenant_id', true))`.execute(db)
    const rights = ['progress_report', 'task_event'].includes(table)
      ? sql`select, insert`
      : sql`select, insert, update, delete`
    await sql`grant ${rights} on ${sql.table(table)} to ${sql.id(APP_ROLE)}`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse()) {
    await sql`drop table ${sql.table(table)}`.execute(db)
  }
  await sql`drop function chidao_directive_relation_acyclic()`.execute(db)
}
