import type { TaskFilter } from '@chidao/app'
import { type IsoDate, isIsoDate, isUuid } from '@chidao/domain'
import { type RawBuilder, sql } from 'kysely'
import { searchPatterns } from '../search/search-terms.js'
import { implementingDirectivesSql, organizationSubtreeSql } from './organization-subtree-sql.js'
import { timelinessSql } from './timeliness-sql.js'

const NOTHING = sql<boolean>`false`

function id(value: string): string | null {
  return isUuid(value) ? value.toLowerCase() : null
}

function day(value: string, field: string): string {
  if (!isIsoDate(value)) throw new RangeError(`${field} must be an ISO date, got ${value}`)
  return value
}

/**
 * The `WHERE` condition of a task query over the table `task` (unaliased): the tenant, then
 * every given filter. One raw condition serves the page, its total and the counts, so the
 * three can never disagree. A malformed id matches nothing rather than failing, as a lookup
 * by that id would.
 *
 * @example
 * ```ts
 * trx.selectFrom('task').selectAll().where(taskWhereSql(tenantId, { status: ['PAUSED'] }, '2025-12-31'))
 * ```
 */
export function taskWhereSql(
  tenantId: string,
  filter: TaskFilter | null | undefined,
  asOf: IsoDate,
): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [sql`task.tenant_id = ${tenantId}`]
  const f = filter ?? {}
  const orNothing = (value: string, build: (v: string) => RawBuilder<unknown>) => {
    const valid = id(value)
    conditions.push(valid === null ? NOTHING : build(valid))
  }

  if (f.timeliness?.length) {
    conditions.push(sql`${timelinessSql(asOf)} in (${sql.join([...new Set(f.timeliness)])})`)
  }
  if (f.leadOrganizationId) {
    orNothing(f.leadOrganizationId, (lead) =>
      f.includeSubtree
        ? sql`task.lead_id in ${organizationSubtreeSql(tenantId, lead)}`
        : sql`task.lead_id = ${lead}`,
    )
  }
  const supports = (org: string) => sql`exists (
    select 1 from task_coordinator tc
    where tc.tenant_id = task.tenant_id and tc.task_id = task.id and tc.organization_id = ${org})`
  if (f.coordinatorOrganizationId) orNothing(f.coordinatorOrganizationId, supports)
  if (f.involvedOrganizationId) {
    orNothing(f.involvedOrganizationId, (org) => sql`(task.lead_id = ${org} or ${supports(org)})`)
  }
  if (f.directiveId) {
    orNothing(f.directiveId, (directive) =>
      f.includeImplementing
        ? sql`task.directive_id in ${implementingDirectivesSql(tenantId, directive)}`
        : sql`task.directive_id = ${directive}`,
    )
  }
  if (f.status?.length) conditions.push(sql`task.status in (${sql.join([...new Set(f.status)])})`)
  if (f.dueFrom) {
    conditions.push(sql`task.deadline_due >= cast(${day(f.dueFrom, 'dueFrom')} as date)`)
  }
  if (f.dueTo) conditions.push(sql`task.deadline_due <= cast(${day(f.dueTo, 'dueTo')} as date)`)
  if (f.parentId) orNothing(f.parentId, (parent) => sql`task.parent_id = ${parent}`)
  if (f.rootsOnly) conditions.push(sql`task.parent_id is null`)
  if (f.awaitingReassignment) {
    // Led by a body gone by asOf whose work was split: no single successor answers for it.
    conditions.push(sql`task.status not in ('COMPLETED', 'CANCELLED') and exists (
      select 1 from organization lead
      where lead.tenant_id = task.tenant_id and lead.id = task.lead_id
        and lead.dissolved_on <= cast(${day(asOf, 'asOf')} as date)
        and cardinality(lead.successor_ids) > 1)`)
  }
  if (f.extensionRequested) {
    // A request awaits an answer when, of the events that answer or end one, the latest is it
    // (as the domain's pendingExtensionRequest reads the history); a closed task has none.
    conditions.push(sql`task.status not in ('COMPLETED', 'CANCELLED') and (
      select e.type from task_event e
      where e.tenant_id = task.tenant_id and e.task_id = task.id and e.type in (
        'EXTENSION_REQUESTED', 'DEADLINE_EXTENDED', 'EXTENSION_DECLINED', 'COMPLETED', 'CANCELLED')
      order by e.id desc limit 1) = 'EXTENSION_REQUESTED'`)
  }
  // Every word anywhere, as the domain's matchesSearch: "hoi thao tinh" finds "Hội thảo … tỉnh".
  for (const pattern of searchPatterns(f.search)) {
    conditions.push(sql`task.search_key like ${pattern}`)
  }
  return sql<boolean>`(${sql.join(conditions, sql` and `)})`
}
