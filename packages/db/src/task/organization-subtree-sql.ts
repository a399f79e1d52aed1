import { type RawBuilder, sql } from 'kysely'

/**
 * A subquery yielding the ids of an organisation and of every organisation below it
 * (children, their children, …), walking `organization.parent_id` with a recursive CTE, so
 * that "tasks led anywhere in this district" is one statement whatever the depth. `union`
 * (not `union all`) stops on a repeated id, so even a corrupt cycle cannot loop.
 *
 * @example
 * ```ts
 * sql`task.lead_id in ${organizationSubtreeSql(tenantId, districtId)}`
 * ```
 */
export function organizationSubtreeSql(tenantId: string, rootId: string): RawBuilder<unknown> {
  return sql`(
    with recursive subtree (id) as (
      select o.id from organization o where o.tenant_id = ${tenantId} and o.id = ${rootId}
      union
      select o.id from organization o join subtree s on o.parent_id = s.id
      where o.tenant_id = ${tenantId}
    )
    select id from subtree)`
}

/**
 * A subquery yielding a directive's id and the ids of the directives that implement it,
 * directly or down a chain (`IMPLEMENTS` edges of `directive_relation`, source implements
 * target): a resolution, the provincial plan for it, the district plans for that plan.
 *
 * @example
 * ```ts
 * sql`task.directive_id in ${implementingDirectivesSql(tenantId, resolutionId)}`
 * ```
 */
export function implementingDirectivesSql(
  tenantId: string,
  directiveId: string,
): RawBuilder<unknown> {
  return sql`(
    with recursive chain (id) as (
      select d.id from directive d where d.tenant_id = ${tenantId} and d.id = ${directiveId}
      union
      select r.source_id from directive_relation r join chain c on r.target_id = c.id
      where r.tenant_id = ${tenantId} and r.type = 'IMPLEMENTS'
    )
    select id from chain)`
}
