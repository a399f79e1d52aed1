import { describe, expect, it } from 'vitest'
import { compareLeads, groupByLead } from '../../src/assessment/by-lead.js'
import type { OrganizationId } from '../../src/ids.js'
import { leadOrganization } from '../organization/organization-fixture.js'

const XA = leadOrganization('o-xa', 'DU-XA-BINH-AN', 'Đảng ủy xã Bình An', 'COMMUNE')
const STC = leadOrganization('o-stc', 'STC', 'Sở Tài chính', 'PROVINCE')
const TU = leadOrganization('o-tu', 'TU', 'Tỉnh ủy tỉnh Minh Họa', 'PROVINCE')
const UB = leadOrganization('o-ub', 'UBND-TINH', 'Ủy ban nhân dân tỉnh Minh Họa', 'PROVINCE')
const BCT = leadOrganization('o-bct', 'BCT', 'Bộ Chính trị', 'CENTRAL')
const HU = leadOrganization('o-hu', 'HU-AN-PHU', 'Huyện ủy An Phú', 'DISTRICT')

const task = (id: string, lead: { id: OrganizationId }) => ({ id, leadId: lead.id })

describe('compareLeads', () => {
  it('lists the higher level first, then by name in Vietnamese collation, then by code', () => {
    const sorted = [XA, UB, HU, TU, BCT, STC].sort(compareLeads).map((o) => o.code)
    expect(sorted).toEqual(['BCT', 'STC', 'TU', 'UBND-TINH', 'HU-AN-PHU', 'DU-XA-BINH-AN'])
    const twin = { ...STC, id: 'o-stc2' as OrganizationId, code: 'STC-2' }
    expect([twin, STC].sort(compareLeads).map((o) => o.code)).toEqual(['STC', 'STC-2'])
  })

  it('puts an organisation of unknown level after the others', () => {
    const unknown = leadOrganization('o-a', 'A', 'An', null)
    expect([unknown, XA].sort(compareLeads).map((o) => o.code)).toEqual(['DU-XA-BINH-AN', 'A'])
  })
})

describe('groupByLead', () => {
  it('makes one group per lead, in the order of compareLeads, tasks in their order', () => {
    const tasks = [task('t1', XA), task('t2', STC), task('t3', XA), task('t4', BCT)]
    const groups = groupByLead(tasks, [STC, XA, BCT])
    expect(groups.map((g) => g.lead?.code)).toEqual(['BCT', 'STC', 'DU-XA-BINH-AN'])
    expect(groups[2]?.tasks.map((t) => t.id)).toEqual(['t1', 't3'])
  })

  it('lists leads it was not given last, by id, with no organisation', () => {
    const ghost = { id: 'o-0' as OrganizationId }
    const groups = groupByLead([task('t1', ghost), task('t2', XA)], [XA, null])
    expect(groups.map((g) => [g.leadId, g.lead?.code ?? null])).toEqual([
      ['o-xa', 'DU-XA-BINH-AN'],
      ['o-0', null],
    ])
  })
})
