import { describe, expect, it } from 'vitest'
import {
  assembleUrgingLetter,
  citeDocument,
  type DirectiveId,
  type OrganizationId,
  reportingPeriodOf,
  type TaskId,
  type UrgingLetterInput,
  urgingMissingTable,
  urgingTaskTable,
} from '../../src/index.js'
import { leadOrganization } from '../organization/organization-fixture.js'

const BTG = leadOrganization('btg', 'BTG-TU', 'Ban Tuyên giáo Tỉnh ủy', 'PROVINCE')
const XA = leadOrganization('xa', 'DU-XA', 'Đảng ủy xã Bình An', 'COMMUNE')
const STC = leadOrganization('stc', 'STC', 'Sở Tài chính', 'PROVINCE')
const UB = leadOrganization('ub', 'UBND-TINH', 'Ủy ban nhân dân tỉnh Minh Họa', 'PROVINCE')

const task = (
  id: string,
  leadId: OrganizationId,
  due: string,
  secrecy: 'PUBLIC' | 'MAT' = 'PUBLIC',
) => ({
  id: id as TaskId,
  leadId,
  directiveId: 'd' as DirectiveId,
  directiveSymbol: '06-CTr/TU',
  reference: id.toUpperCase(),
  title: `Nhiệm vụ ${id}`,
  deadlineText: due.split('-').reverse().map(Number).join('/'),
  due,
  secrecy,
})
const period = reportingPeriodOf('HALF_YEARLY', '2026-03-01', null)

const INPUT: UrgingLetterInput = {
  issuer: BTG,
  asOf: '2026-12-07',
  replyBy: '2026-12-22',
  overdueTasks: [
    task('b', STC.id, '2026-06-30'),
    task('a', XA.id, '2025-12-31'),
    task('c', STC.id, '2024-12-31'),
  ],
  missingReports: [
    {
      organizationId: UB.id,
      cadence: 'HALF_YEARLY',
      period,
      due: period.due,
      recipientId: BTG.id,
      taskReference: null,
      directiveSymbol: '06-CTr/TU',
      secrecy: 'PUBLIC',
    },
  ],
  organizations: [BTG, XA, STC, UB],
  legalBasis: [],
}

describe('assembleUrgingLetter', () => {
  it('groups per organisation in the scorecard’s order, each list by due day, with the days late', () => {
    const letter = assembleUrgingLetter(INPUT)
    expect(letter.organizations.map((o) => o.organization.code)).toEqual([
      'STC',
      'UBND-TINH',
      'DU-XA',
    ])
    expect(letter.organizations[0]?.overdueTasks.map((t) => [t.reference, t.daysLate])).toEqual([
      ['C', 706],
      ['B', 160],
    ])
    expect(letter.organizations[1]?.missingReports[0]).toMatchObject({
      recipientName: 'Ban Tuyên giáo Tỉnh ủy',
      due: '2026-06-30',
      daysLate: 160,
    })
    expect(letter.totals).toEqual({ overdueTasks: 3, missingReports: 1, organizations: 3 })
    expect(urgingTaskTable(letter.organizations[0]!).rows[0]).toEqual([
      '1',
      '06-CTr/TU, C',
      'Nhiệm vụ c',
      '31/12/2024',
      '706 ngày',
    ])
    expect(urgingMissingTable(letter.organizations[1]!).rows[0]?.[3]).toBe('30/6/2026')
    expect(letter.subject).toBe('Đôn đốc thực hiện nhiệm vụ và báo cáo kết quả')
  })

  it('is as secret as the most secret thing it lists or cites', () => {
    expect(assembleUrgingLetter(INPUT).secrecy).toBe('PUBLIC')
    const secretTask = { ...INPUT, overdueTasks: [task('m', STC.id, '2026-01-31', 'MAT')] }
    expect(assembleUrgingLetter(secretTask).secrecy).toBe('MAT')
    const secretBasis = {
      ...INPUT,
      legalBasis: [
        {
          id: 'x' as DirectiveId,
          kind: 'NOTICE' as const,
          symbolText: '215-TB/TU',
          issuedOn: '2023-06-05',
          issuerName: 'Ban Thường vụ Tỉnh ủy',
          title: 'Thông báo ý kiến',
          secrecy: 'TOI_MAT' as const,
        },
      ],
    }
    expect(assembleUrgingLetter(secretBasis).secrecy).toBe('TOI_MAT')
  })

  it('says so when nothing is late', () => {
    const letter = assembleUrgingLetter({ ...INPUT, overdueTasks: [], missingReports: [] })
    expect(letter.organizations).toEqual([])
    expect(letter.opening).toBe(
      'Qua theo dõi, tính đến ngày 07 tháng 12 năm 2026, không có nhiệm vụ quá hạn hoặc báo cáo còn thiếu.',
    )
  })
})

describe('citeDocument', () => {
  it('cites by kind, number, day, issuer and title; a title opening with its kind takes the number inside', () => {
    expect(
      citeDocument({
        kind: 'CONCLUSION',
        symbolText: '93-KL/TW',
        issuedOn: '2020-11-20',
        issuerName: 'Ban Bí thư Trung ương Đảng',
        title: 'Về việc tiếp tục thực hiện Chỉ thị số 42-CT/TW',
      }),
    ).toBe(
      'Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về việc tiếp tục thực hiện Chỉ thị số 42-CT/TW',
    )
    expect(
      citeDocument({
        kind: 'PROGRAM',
        symbolText: '06-CTr/TU',
        issuedOn: '2021-03-15',
        issuerName: 'Ban Thường vụ Tỉnh ủy',
        title: 'Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 93-KL/TW',
      }),
    ).toBe(
      'Chương trình hành động số 06-CTr/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 93-KL/TW',
    )
  })
})
