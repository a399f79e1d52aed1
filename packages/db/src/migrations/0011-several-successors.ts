import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
//
// An organisation dissolved into several successors (a district's work split among communes).
// `successor_id` keeps the first, so that every reader of one successor reads on unchanged;
// `successor_ids` lists them all, first included, when there are several (empty otherwise).
// Each listed id must be an organisation of the same tenant: checked by a trigger, since a
// foreign key cannot reach into an array.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table organization add column successor_ids uuid[] not null default '{}'`.execute(
    db,
  )
  await sql`
    alter table organization add constraint organization_successor_ids_first
    check (cardinality(successor_ids) = 0
      or (cardinality(successor_ids) > 1 and successor_ids[1] = successor_id
          and dissolved_on is not null))`.execute(db)
  await sql`
    create function chidao_check_successor_ids() returns trigger language plpgsql as $$
    begin
      if cardinality(new.successor_ids) > 0 and (
        select count(*) from organization o
        where o.tenant_id = new.tenant_id and o.id = any (new.successor_ids)
      ) <> (select count(distinct s) from unnest(new.successor_ids) s)
         or cardinality(new.successor_ids) <> (select count(distinct s) from unnest(new.successor_ids) s)
      then
        raise exception 'successor_ids of organisation % name organisations not in tenant %, or one twice',
          new.id, new.tenant_id using errcode = '23503';
      end if;
      return new;
    end $$`.execute(db)
  await sql`
    create trigger organization_successor_ids_exist
    before insert or update of successor_ids on organization
    for each row execute function chidao_check_successor_ids()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger organization_successor_ids_exist on organization`.execute(db)
  await sql`drop function chidao_check_successor_ids()`.execute(db)
  await sql`alter table organization drop constraint organization_successor_ids_first`.execute(db)
  await sql`alter table organization drop column successor_ids`.execute(db)
}
