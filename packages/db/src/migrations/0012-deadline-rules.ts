import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
// One statement per `sql` call (PGlite runs one statement at a time).
//
// Deadlines as offices write them (issue 16):
//
// 1. Two new kinds, CONDITIONAL ("sau khi có hướng dẫn của Trung ương") and UNPARSED (the text
//    kept, not understood): neither has a due day, like RECURRING and ONGOING.
//
// 2. A recurring deadline's rule in columns, so that timeliness is computed in SQL as in the
//    domain: its cadence, the fixed day in each period (month of the period, 1-based, and day;
//    both null for the period's last day), a day of its first period and of its last. Rows
//    stored before keep their meaning: their cadence and start are copied from the JSON value,
//    with no fixed day and no end. A trigger derives the columns from the JSON value on every
//    write, so writers write the deadline whole as before.
//
// 3. Two immutable functions over absolute period numbers (year × periods per year + index in
//    the year): the due day of a period, and the latest period of a rule due by a day. The
//    domain's reportingPeriodOf / latestDuePeriod, rule for rule (tested against each other).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table task drop constraint task_deadline_kind_check`.execute(db)
  await sql`
    alter table task add constraint task_deadline_kind_check
    check (deadline_kind in ('DATE', 'MONTH', 'QUARTER', 'YEAR', 'RECURRING', 'ONGOING',
      'CONDITIONAL', 'UNPARSED'))`.execute(db)
  await sql`alter table task drop constraint task_check3`.execute(db)
  await sql`
    alter table task add constraint task_deadline_due_check
    check (deadline_kind in ('RECURRING', 'ONGOING', 'CONDITIONAL', 'UNPARSED')
      or deadline_kind is null or deadline_due is not null)`.execute(db)

  await sql`
    alter table task
      add column deadline_cadence text
        check (deadline_cadence in ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
      add column deadline_due_month smallint check (deadline_due_month between 1 and 12),
      add column deadline_due_day smallint check (deadline_due_day between 1 and 31),
      add column deadline_start date,
      add column deadline_end date`.execute(db)
  await sql`
    update task set
      deadline_cadence = deadline ->> 'cadence',
      deadline_start = cast(deadline ->> 'start' as date)
    where deadline_kind = 'RECURRING'`.execute(db)
  // The rule columns are derived from the JSON value by the database, on every write of it:
  // writers keep writing the deadline whole, and the two can never disagree.
  await sql`
    create function chidao_task_deadline_rule() returns trigger language plpgsql as $$
    begin
      if new.deadline_kind = 'RECURRING' then
        new.deadline_cadence := new.deadline ->> 'cadence';
        new.deadline_start := cast(new.deadline ->> 'start' as date);
        new.deadline_end := cast(new.deadline ->> 'end' as date);
        new.deadline_due_month := cast(new.deadline #>> '{dueDay,month}' as smallint);
        new.deadline_due_day := cast(new.deadline #>> '{dueDay,day}' as smallint);
      else
        new.deadline_cadence := null;
        new.deadline_start := null;
        new.deadline_end := null;
        new.deadline_due_month := null;
        new.deadline_due_day := null;
      end if;
      return new;
    end $$`.execute(db)
  await sql`
    create trigger task_deadline_rule before insert or update of deadline, deadline_kind on task
    for each row execute function chidao_task_deadline_rule()`.execute(db)
  await sql`
    alter table task add constraint task_deadline_rule_check check (
      (deadline_kind is not distinct from 'RECURRING') = (deadline_cadence is not null)
      and (deadline_due_month is null) = (deadline_due_day is null)
      and (deadline_end is null or deadline_start is null or deadline_end >= deadline_start))`.execute(
    db,
  )

  await sql`
    create function chidao_period_due(period integer, months integer, due_month integer,
      due_day integer) returns date
    language sql immutable parallel safe as $$
      select case when due_month is null
        then (make_date(((period + 1) * months - 1) / 12, ((period + 1) * months - 1) % 12 + 1, 1)
          + interval '1 month' - interval '1 day')::date
        else (select least(first_day + (due_day - 1),
                (first_day + interval '1 month' - interval '1 day')::date)
              from (select make_date((period * months + due_month - 1) / 12,
                (period * months + due_month - 1) % 12 + 1, 1) as first_day) m)
      end
    $$`.execute(db)
  await sql`
    create function chidao_period_of(day date, months integer) returns integer
    language sql immutable parallel safe as $$
      select ((extract(year from day)::integer * 12 + extract(month from day)::integer - 1) / months)
    $$`.execute(db)
  await sql`
    create function chidao_latest_due_period(months integer, due_month integer, due_day integer,
      first_day date, last_day date, as_of date) returns integer
    language sql immutable parallel safe as $$
      select case when first_day is not null and p < chidao_period_of(first_day, months) then null
        else p end
      from (select case when last_day is not null then least(q, chidao_period_of(last_day, months))
          else q end as p
        from (select case when chidao_period_due(n, months, due_month, due_day) <= as_of then n
            else n - 1 end as q
          from (select chidao_period_of(as_of, months) as n) a) b) c
    $$`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  // Development only, as every `down`: conditional and unparsed deadlines become ONGOING (no due
  // day, never overdue: the same timeliness), their text kept.
  await sql`drop function chidao_latest_due_period(integer, integer, integer, date, date, date)`.execute(
    db,
  )
  await sql`drop function chidao_period_of(date, integer)`.execute(db)
  await sql`drop function chidao_period_due(integer, integer, integer, integer)`.execute(db)
  await sql`alter table task drop constraint task_deadline_rule_check`.execute(db)
  await sql`drop trigger task_deadline_rule on task`.execute(db)
  await sql`drop function chidao_task_deadline_rule()`.execute(db)
  await sql`
    alter table task drop column deadline_cadence, drop column deadline_due_month,
      drop column deadline_due_day, drop column deadline_start, drop column deadline_end`.execute(
    db,
  )
  await sql`
    update task set deadline_kind = 'ONGOING',
      deadline = jsonb_build_object('kind', 'ONGOING', 'text', deadline -> 'text', 'due', null)
    where deadline_kind in ('CONDITIONAL', 'UNPARSED')`.execute(db)
  await sql`alter table task drop constraint task_deadline_due_check`.execute(db)
  await sql`
    alter table task add constraint task_check3
    check (deadline_kind in ('RECURRING', 'ONGOING') or deadline_kind is null
      or deadline_due is not null)`.execute(db)
  await sql`alter table task drop constraint task_deadline_kind_check`.execute(db)
  await sql`
    alter table task add constraint task_deadline_kind_check
    check (deadline_kind in ('DATE', 'MONTH', 'QUARTER', 'YEAR', 'RECURRING', 'ONGOING'))`.execute(
    db,
  )
}
