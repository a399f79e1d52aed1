import {
  groupByLead,
  type IsoDate,
  type Organization,
  type OrganizationId,
  type Scorecard,
  scorecard,
} from '@chidao/domain'
import type { OrganizationReader } from '../ports/organization-store.js'
import type { ScorecardFact } from '../ports/task-store.js'

/**
 * The scorecard of the tasks one organisation leads (chủ trì), with the organisation (`null`
 * when the caller cannot find it).
 *
 * @example
 * ```ts
 * const line: ScorecardLine = { leadId, lead: soTaiChinh, card }
 * ```
 */
export interface ScorecardLine {
  readonly leadId: OrganizationId
  readonly lead: Organization | null
  readonly card: Scorecard
}

/**
 * A scorecard broken down by lead organisation: one line per lead, listed as
 * {@link groupByLead} lists them (by level, the higher first, then by name in Vietnamese
 * collation) — the grouping and the order of a drafted report's lines per lead, so that the
 * API and the reports always list leads alike. The leads are read in one look-up.
 *
 * @example
 * ```ts
 * const lines = await scorecardPerLead(ports.organizations, facts, '2025-12-31')
 * lines.map((line) => line.lead?.code) // ['UBND-TINH', 'SNV', 'STC', 'DU-XA-BINH-AN']
 * ```
 */
export async function scorecardPerLead(
  organizations: Pick<OrganizationReader, 'findByIds'>,
  facts: readonly ScorecardFact[],
  asOf: IsoDate,
): Promise<readonly ScorecardLine[]> {
  const leadIds = [...new Set(facts.map((fact) => fact.leadId))]
  const leads = leadIds.length ? await organizations.findByIds(leadIds) : []
  const lines: ScorecardLine[] = []
  for (const group of groupByLead(facts, leads)) {
    const card = scorecard(group.tasks, { asOf })
    // A cycle would have failed the whole list's scorecard; a subset cannot fail.
    if (card.ok)
      lines.push(Object.freeze({ leadId: group.leadId, lead: group.lead, card: card.value }))
  }
  return Object.freeze(lines)
}
