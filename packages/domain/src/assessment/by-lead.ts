import type { OrganizationId } from '../ids.js'
import { levelRank, type OrganizationLevel } from '../organization/organization-level.js'
import { compareVietnamese } from '../text/vietnamese-collation.js'

/**
 * An organisation as a line per lead names it: its code, its name and, where known, its level.
 *
 * @example
 * ```ts
 * const lead: LeadOrganization = { id, code: 'STC', name: 'Sở Tài chính', level: 'PROVINCE' }
 * ```
 */
export interface LeadOrganization {
  readonly id: OrganizationId
  readonly code: string
  readonly name: string
  /** Absent or `null`: listed after every organisation whose level is known. */
  readonly level?: OrganizationLevel | null
}

/**
 * The tasks one organisation leads (chủ trì), with the organisation (`null` when it is not
 * among those given).
 *
 * @example
 * ```ts
 * const group: LeadGroup<ScorecardTask & { leadId: OrganizationId }, Organization> =
 *   { leadId, lead: stc, tasks: [t1, t2] }
 * ```
 */
export interface LeadGroup<T, O extends LeadOrganization> {
  readonly leadId: OrganizationId
  readonly lead: O | null
  readonly tasks: readonly T[]
}

function rankOf(level: OrganizationLevel | null | undefined): number {
  return level == null ? Number.MAX_SAFE_INTEGER : levelRank(level)
}

/**
 * The order in which lead organisations are listed, as a provincial office lists units in a
 * report: by level, the higher first (central bodies, then provincial ones, then districts,
 * then communes), then by name in Vietnamese collation, then by code.
 *
 * @example
 * ```ts
 * [xaBinhAn, soTaiChinh, tinhUy].sort(compareLeads)
 * // Sở Tài chính, Tỉnh ủy tỉnh Minh Họa (PROVINCE), Đảng ủy xã Bình An (COMMUNE)
 * ```
 */
export function compareLeads(a: LeadOrganization, b: LeadOrganization): number {
  return (
    rankOf(a.level) - rankOf(b.level) ||
    compareVietnamese(a.name, b.name) ||
    compareVietnamese(a.code, b.code)
  )
}

/**
 * Groups tasks by their lead organisation, one group per lead, in the order of
 * {@link compareLeads}; leads not among `organizations` come last, by id. Within a group the
 * tasks keep their order. The scorecard's lines per lead and a report's lines per lead are
 * both made by this function, so that they always list leads alike.
 *
 * @example
 * ```ts
 * groupByLead(facts, organizations).map((g) => g.lead?.code) // ['UBND-TINH', 'SNV', 'STC', …]
 * ```
 */
export function groupByLead<
  T extends { readonly leadId: OrganizationId },
  O extends LeadOrganization,
>(tasks: readonly T[], organizations: readonly (O | null)[]): readonly LeadGroup<T, O>[] {
  const byId = new Map<string, O>()
  for (const organization of organizations) {
    if (organization) byId.set(organization.id, organization)
  }
  const groups = new Map<string, T[]>()
  for (const task of tasks) {
    const list = groups.get(task.leadId)
    if (list) list.push(task)
    else groups.set(task.leadId, [task])
  }
  const result: LeadGroup<T, O>[] = [...groups].map(([leadId, list]) =>
    Object.freeze({
      leadId: leadId as OrganizationId,
      lead: byId.get(leadId) ?? null,
      tasks: Object.freeze(list),
    }),
  )
  return Object.freeze(
    result.sort((a, b) => {
      if (a.lead && b.lead) return compareLeads(a.lead, b.lead)
      if (a.lead || b.lead) return a.lead ? -1 : 1
      return a.leadId < b.leadId ? -1 : a.leadId > b.leadId ? 1 : 0
    }),
  )
}
