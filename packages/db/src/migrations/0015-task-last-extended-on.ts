import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
// One statement per `sql` call (PGlite runs one statement at a time).
//
// Timeliness as of a day judges a task against the deadline in force on that day: when a
// deadline extension (gia hạn) takes effect after the day, the deadline the first such
// extension replaced. Every filter and count by timeliness asks this of every task it reads,
// and few tasks are ever extended: `task.last_extended_on`, the day of the task's latest
// extension, lets the question be answered from the task row alone (no extension after the
// day: the deadline as it stands), and only a task extended after the day reads its events.
// Kept by a trigger on the events, never written by hand; events are never edited or deleted.
//
// That read is `chidao_replaced_due`: a function, not a subquery written in each statement, so
// that the planner counts it at its declared cost (it runs only for the rare task extended after
// the day) instead of an index probe for every task a statement may read — which pushed the
// estimate of the urge list of a province past the threshold of JIT compilation, a second spent
// compiling for a query of a tenth of one. `set search_path` keeps it from being inlined. It
// runs as the caller: the events it reads are those of a task the caller sees.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table task add column last_extended_on date`.execute(db)
  await sql`
    update task t set last_extended_on = e.last
    from (select tenant_id, task_id, max(occurred_on) as last from task_event
      where type = 'DEADLINE_EXTENDED' group by tenant_id, task_id) e
    where t.tenant_id = e.tenant_id and t.id = e.task_id`.execute(db)
  await sql`
    create function chidao_task_extended() returns trigger
    language plpgsql security definer set search_path = public as $$
    begin
      update task t set last_extended_on = greatest(t.last_extended_on, new.occurred_on)
      where t.tenant_id = new.tenant_id and t.id = new.task_id;
      return null;
    end $$`.execute(db)
  await sql`
    create trigger task_event_extended after insert on task_event
    for each row when (new.type = 'DEADLINE_EXTENDED')
    execute function chidao_task_extended()`.execute(db)
  await sql`
    create function chidao_replaced_due(p_tenant text, p_task uuid, p_day date) returns date
    language sql stable cost 100 set search_path = public as $$
      select cast(e.previous_deadline ->> 'due' as date) from task_event e
      where e.tenant_id = p_tenant and e.task_id = p_task
        and e.type = 'DEADLINE_EXTENDED' and e.occurred_on > p_day
      order by e.id limit 1
    $$`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function chidao_replaced_due(text, uuid, date)`.execute(db)
  await sql`drop trigger task_event_extended on task_event`.execute(db)
  await sql`drop function chidao_task_extended()`.execute(db)
  await sql`alter table task drop column last_extended_on`.execute(db)
}
