import type { RelatedOfTasks, TaskRelated } from '@chidao/app'
import {
  asId,
  type Directive,
  type DirectiveId,
  type Organization,
  type OrganizationId,
  type ProgressReport,
  type TaskId,
} from '@chidao/domain'
import { type AliasedRawBuilder, sql } from 'kysely'
import { DIRECTIVE_COLUMNS, type DirectiveRow, toDirective } from '../directive/directive-row.js'
import {
  ORGANIZATION_COLUMNS,
  type OrganizationRow,
  toOrganization,
} from '../organization/organization-row.js'
import {
  PROGRESS_REPORT_COLUMNS,
  type ProgressReportRow,
  toProgressReport,
} from './progress-report-row.js'

const bare = (column: string) => column.slice(column.indexOf('.') + 1)
const columns = (alias: string, names: readonly string[]) =>
  sql.join(names.map((name) => sql.ref(`${alias}.${bare(name)}`)))

/**
 * The JSON columns that carry a task row's related records, as correlated subqueries on
 * `task`: PostgreSQL evaluates them only for the rows of the page (after the sort and limit),
 * and row-level security applies to them as to any read. A task's organisations are asked by
 * one list of ids (`= any(…)`, an index probe each), not by `or` (a scan of the tenant's
 * organisations for each task).
 */
export function taskRelatedColumns(related: TaskRelated): AliasedRawBuilder<unknown, string>[] {
  const out: AliasedRawBuilder<unknown, string>[] = []
  if (related.organizations) {
    out.push(
      sql`(select coalesce(json_agg(o), '[]'::json) from (
        select ${columns('org', ORGANIZATION_COLUMNS)} from organization org
        where org.tenant_id = task.tenant_id and org.id = any(array[task.lead_id, task.monitor_id]
          || array(select tc.organization_id from task_coordinator tc
            where tc.tenant_id = task.tenant_id and tc.task_id = task.id))
      ) o)`.as('related_organizations'),
    )
  }
  if (related.directives) {
    out.push(
      sql`(select to_json(d) from (
        select ${columns('dir', DIRECTIVE_COLUMNS)} from directive dir
        where dir.tenant_id = task.tenant_id and dir.id = task.directive_id
      ) d)`.as('related_directive'),
    )
  }
  if (related.progressReports) {
    out.push(
      sql`(select coalesce(json_agg(r order by r.reported_on, r.created_at, r.id), '[]'::json) from (
        select ${columns('pr', PROGRESS_REPORT_COLUMNS)}, pr.created_at from progress_report pr
        where pr.tenant_id = task.tenant_id and pr.task_id = task.id
      ) r)`.as('related_progress_reports'),
    )
  }
  return out
}

interface RelatedRow {
  readonly id: string
  readonly related_organizations?: readonly OrganizationRow[]
  readonly related_directive?: DirectiveRow | null
  readonly related_progress_reports?: readonly (ProgressReportRow & { created_at: string })[]
}

/** Reads the related records out of the rows of a page. */
export function relatedOfRows(rows: readonly RelatedRow[], related: TaskRelated): RelatedOfTasks {
  const organizations = new Map<OrganizationId, Organization>()
  const directives = new Map<DirectiveId, Directive>()
  const progressReports = new Map<TaskId, readonly ProgressReport[]>()
  for (const row of rows) {
    for (const org of row.related_organizations ?? []) {
      if (!organizations.has(org.id as OrganizationId)) {
        organizations.set(asId<OrganizationId>(org.id), toOrganization(org))
      }
    }
    if (row.related_directive) {
      directives.set(
        asId<DirectiveId>(row.related_directive.id),
        toDirective(row.related_directive),
      )
    }
    if (related.progressReports) {
      progressReports.set(
        asId<TaskId>(row.id),
        Object.freeze((row.related_progress_reports ?? []).map((r) => toProgressReport(r))),
      )
    }
  }
  return Object.freeze({ organizations, directives, progressReports })
}
