import {
  type Directive,
  type DirectiveId,
  dateDeadline,
  formatDocumentSymbol,
  type Organization,
  parseDocumentSymbol,
  type Task,
  type TaskId,
  tallyByLead,
} from '@chidao/domain'
import type {
  DraftReportPorts,
  DrawUpScorecardPorts,
  ScorecardFact,
  TaskCountRequest,
  UseCaseContext,
} from '../../src/index.js'
import { fixedClock, operatorCaller } from '../../src/index.js'
import { tenantOrganization } from '../support/organization-fixture.js'

/**
 * A tiny tenant in memory for the report and scorecard use cases: a provincial programme, its
 * issuer, and tasks led by organisations whose codes, names and levels each sort them
 * differently — by code, by name, and by level then name.
 */
export const TU = tenantOrganization(
  'o-tu',
  'TU',
  'Tỉnh ủy tỉnh Minh Họa',
  'PROVINCE',
  'PARTY_COMMITTEE',
)
export const UB = tenantOrganization(
  'o-ub',
  'UBND-TINH',
  'Ủy ban nhân dân tỉnh Minh Họa',
  'PROVINCE',
  'PEOPLES_COMMITTEE',
)
export const STC = tenantOrganization(
  'o-stc',
  'STC',
  'Sở Tài chính',
  'PROVINCE',
  'DEPARTMENT',
  'o-ub',
)
export const HUYEN = tenantOrganization(
  'o-hu',
  'A-HUYEN',
  'Huyện ủy An Phú',
  'DISTRICT',
  'PARTY_COMMITTEE',
)
export const XA = tenantOrganization(
  'o-xa',
  'DU-XA-BINH-AN',
  'Đảng ủy xã Bình An',
  'COMMUNE',
  'PARTY_COMMITTEE',
)
export const ORGANIZATIONS = [TU, UB, STC, HUYEN, XA]

export function symbolOf(text: string) {
  const parsed = parseDocumentSymbol(text)
  if (!parsed.ok) throw new Error(`not a symbol: ${text}`)
  return parsed.value
}

export const PROGRAMME = {
  id: 'd-1' as DirectiveId,
  tenantId: 'demo',
  kind: 'PROGRAMME',
  symbol: symbolOf('06-CTr/TU'),
  symbolText: '06-CTr/TU',
  issuerId: TU.id,
  issuerTerm: null,
  issuedOn: '2021-03-15',
  title: 'Chương trình hành động',
  secrecy: 'PUBLIC',
  urgency: 'NORMAL',
  sections: [],
  version: 1,
} as unknown as Directive

/** Tasks as the scorecard reads them; led in an order none of the sorts keeps. */
export const FACTS: readonly ScorecardFact[] = [
  ['t1', XA, 'COMPLETED', '2022-06-30', '2022-06-20'],
  ['t2', HUYEN, 'IN_PROGRESS', '2023-12-31', null],
  ['t3', UB, 'COMPLETED', '2022-12-31', '2023-02-15'],
  ['t4', STC, 'IN_PROGRESS', '2025-12-31', null],
  ['t5', XA, 'IN_PROGRESS', null, null],
].map(([id, lead, status, due, completedOn]) => ({
  id: id as string,
  parentId: null,
  leadId: (lead as Organization).id,
  status: status as ScorecardFact['status'],
  due: due as string | null,
  completedOn: completedOn as string | null,
  percent: null,
}))

/** t2 was first due at the end of June 2023; an extension (gia hạn) moved it to the year's end. */
export const T2_EXTENDED = {
  deadline: dateDeadline('2023-12-31', '31/12/2023'),
  history: [
    {
      type: 'DEADLINE_EXTENDED',
      on: '2023-06-20',
      previousDeadline: dateDeadline('2023-06-30', '30/6/2023'),
      deadline: dateDeadline('2023-12-31', '31/12/2023'),
      document: '125/QĐ-UBND',
    },
  ],
}

/** The tenant's ports, with the requests the scorecard port was asked. */
export function reportTenant(hidden: { directives?: boolean } = {}) {
  const asked: TaskCountRequest[] = []
  const byId = new Map(ORGANIZATIONS.map((o) => [o.id as string, o]))
  const directives = hidden.directives ? [] : [PROGRAMME]
  const within = (id: string, ancestor: string): boolean => {
    for (let at: string | null | undefined = id; at; at = byId.get(at)?.parentId) {
      if (at === ancestor) return true
    }
    return false
  }
  const factsOf = (request: TaskCountRequest): ScorecardFact[] => {
    const filter = request.filter ?? {}
    if (filter.directiveId && !directives.some((d) => d.id === filter.directiveId)) return []
    return FACTS.filter(
      (fact) =>
        !filter.leadOrganizationId ||
        (filter.includeSubtree
          ? within(fact.leadId, filter.leadOrganizationId)
          : fact.leadId === filter.leadOrganizationId),
    )
  }
  const ports: DraftReportPorts & DrawUpScorecardPorts = {
    clearance: 'PUBLIC',
    directives: {
      findById: async (id) => directives.find((d) => d.id === id) ?? null,
      findBySymbol: async (symbol) =>
        directives.filter((d) => d.symbolText === formatDocumentSymbol(symbol)),
      findByIds: async (ids) => ids.map((id) => directives.find((d) => d.id === id) ?? null),
      implementationChain: async () => [],
    },
    tasks: {
      scorecardFacts: async (request) => {
        asked.push(request)
        return factsOf(request)
      },
      // What the database counts, the domain's way: the same requests, the same facts.
      scorecardByLead: async (request) => {
        asked.push(request)
        return tallyByLead(factsOf(request), request).map((line) => ({
          leadId: line.leadId,
          lead: byId.get(line.leadId) ?? null,
          tally: line.tally,
          tasks: line.tasks,
          recurring: [],
        }))
      },
      findByIds: async (ids) =>
        ids.map(
          (id) =>
            ({
              id,
              directiveId: PROGRAMME.id,
              reference: id.toUpperCase(),
              title: `Nhiệm vụ ${id}`,
              ...(id === 't2' ? T2_EXTENDED : { deadline: null, history: [] }),
            }) as unknown as Task,
        ),
      progressReportsOf: async () => new Map<TaskId, never[]>(),
    },
    assessments: {
      list: async () => ({ edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 }),
    },
    organizations: {
      findById: async (id) => byId.get(id) ?? null,
      findByCode: async (code) => ORGANIZATIONS.find((o) => o.code === code) ?? null,
      findByIds: async (ids) => ids.map((id) => byId.get(id) ?? null),
    },
  }
  const context: UseCaseContext<typeof ports> = {
    ports,
    caller: operatorCaller('test'),
    clock: fixedClock('2024-03-31T03:00:00Z'),
  }
  return { context, asked }
}
