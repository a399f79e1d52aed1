import { type Kysely, sql } from 'kysely'

// Frozen in time: never imports application code, never edited once released.
//
// A directive's reporting rule (chế độ báo cáo: "báo cáo định kỳ 6 tháng, năm"): the words of
// the document, the cadences they ask for, the due day per cadence where the document sets one
// ({"QUARTERLY": {"month": 3, "day": 15}}), and the body reports go to (the issuer when null).
// The reporting calendar reads every organisation's reports on the tasks of a directive by
// organisation and day; the index serves that probe.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table directive
      add column reporting_rule_text text,
      add column reporting_cadences text[],
      add column reporting_due_days jsonb not null default '{}'::jsonb,
      add column reporting_recipient_id uuid,
      add constraint directive_reporting_recipient_fk
        foreign key (tenant_id, reporting_recipient_id) references organization (tenant_id, id),
      add constraint directive_reporting_rule_check check (
        (reporting_rule_text is null) = (reporting_cadences is null)
        and (reporting_cadences is null or (
          cardinality(reporting_cadences) > 0
          and reporting_cadences <@ array['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY']::text[]))
        and jsonb_typeof(reporting_due_days) = 'object'
        and (reporting_recipient_id is null or reporting_rule_text is not null))`.execute(db)
  await sql`
    create index progress_report_reporter_idx
    on progress_report (tenant_id, organization_id, reported_on, id) include (task_id)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index progress_report_reporter_idx`.execute(db)
  await sql`
    alter table directive
      drop constraint directive_reporting_rule_check,
      drop constraint directive_reporting_recipient_fk,
      drop column reporting_recipient_id,
      drop column reporting_due_days,
      drop column reporting_cadences,
      drop column reporting_rule_text`.execute(db)
}
