import {
  type Directive,
  dateDeadline,
  type ExpectedReport,
  formatDocumentSymbol,
  type Organization,
  parseDocumentSymbol,
  reportingPeriodOf,
  type Secrecy,
  secrecyRank,
  type Task,
} from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  DRAFT_URGING_LETTER_ERRORS,
  type DraftUrgingLetterPorts,
  draftUrgingLetter,
  fixedClock,
  operatorCaller,
  type ReportingCalendarRequest,
  type TaskListRequest,
  type UseCaseContext,
} from '../../src/index.js'
import { tenantOrganization } from '../support/organization-fixture.js'
import { failureOf, successOf } from '../support/result-of.js'

/**
 * A small tenant in memory: the Party committee, its propaganda board (which monitors and
 * urges), the people's committee and a department below it, a commune; Kết luận 93-KL/TW, the
 * provincial programme implementing it, and a MẬT notice with an overdue task of its own.
 */
const BBT = tenantOrganization(
  'o-bbt',
  'BBT',
  'Ban Bí thư Trung ương Đảng',
  'CENTRAL',
  'STANDING_COMMITTEE',
)
const TU = tenantOrganization('o-tu', 'TU', 'Tỉnh ủy tỉnh Minh Họa', 'PROVINCE', 'PARTY_COMMITTEE')
const BTV = tenantOrganization(
  'o-btv',
  'BTV-TU',
  'Ban Thường vụ Tỉnh ủy',
  'PROVINCE',
  'STANDING_COMMITTEE',
  'o-tu',
)
const BTG = tenantOrganization(
  'o-btg',
  'BTG-TU',
  'Ban Tuyên giáo Tỉnh ủy',
  'PROVINCE',
  'PARTY_ADVISORY_BOARD',
  'o-tu',
)
const UB = tenantOrganization(
  'o-ub',
  'UBND-TINH',
  'Ủy ban nhân dân tỉnh Minh Họa',
  'PROVINCE',
  'PEOPLES_COMMITTEE',
)
const STC = tenantOrganization('o-stc', 'STC', 'Sở Tài chính', 'PROVINCE', 'DEPARTMENT', 'o-ub')
const XA = tenantOrganization(
  'o-xa',
  'DU-XA-BINH-AN',
  'Đảng ủy xã Bình An',
  'COMMUNE',
  'PARTY_COMMITTEE',
  'o-tu',
)
const ORGANIZATIONS = [BBT, TU, BTV, BTG, UB, STC, XA]

const doc = (
  id: string,
  kind: string,
  symbolText: string,
  issuerId: string,
  issuedOn: string,
  title: string,
  secrecy: Secrecy = 'PUBLIC',
): Directive => {
  const parsed = parseDocumentSymbol(symbolText)
  if (!parsed.ok) throw new Error(symbolText)
  return {
    id,
    kind,
    symbol: parsed.value,
    symbolText,
    issuerId,
    issuedOn,
    title,
    secrecy,
  } as unknown as Directive
}
function symbolOf(text: string) {
  const parsed = parseDocumentSymbol(text)
  if (!parsed.ok) throw new Error(text)
  return parsed.value
}

const KL93 = doc(
  'd-93',
  'CONCLUSION',
  '93-KL/TW',
  'o-bbt',
  '2020-11-20',
  'Về việc tiếp tục thực hiện Chỉ thị số 42-CT/TW',
)
const CTR06 = doc(
  'd-06',
  'PROGRAM',
  '06-CTr/TU',
  'o-btv',
  '2021-03-15',
  'Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 93-KL/TW',
)
const TB215 = doc('d-215', 'NOTICE', '215-TB/TU', 'o-btv', '2023-06-05', 'Thông báo ý kiến', 'MAT')
const DIRECTIVES = [KL93, CTR06, TB215]

const task = (
  id: string,
  directive: Directive,
  reference: string,
  lead: Organization,
  due: string,
  text: string,
) =>
  ({
    id,
    directiveId: directive.id,
    reference,
    title: `Nhiệm vụ ${reference}`,
    leadId: lead.id,
    status: 'IN_PROGRESS',
    completedOn: null,
    deadline: dateDeadline(due, text),
    history: [],
  }) as unknown as Task
/** Overdue on 7 December 2026, all three; the last only to a caller cleared for MẬT. */
const TASKS = [
  task('t-xa', CTR06, 'III.5', XA, '2025-12-31', 'Quý IV/2025'),
  task('t-stc-2', CTR06, 'II.3.a', STC, '2026-06-30', '30/6/2026'),
  task('t-stc-1', CTR06, 'II.3.b', STC, '2022-12-31', 'tháng 12/2022'),
  task('t-secret', TB215, '1', STC, '2026-09-30', 'Quý III/2026'),
]

const period = reportingPeriodOf('YEARLY', '2025-06-01', null)
const MISSING: ExpectedReport = {
  organizationId: XA.id,
  directiveId: CTR06.id,
  taskId: null,
  cadence: 'YEARLY',
  period,
  due: period.due,
  recipientId: BTV.id,
  status: 'MISSING',
  report: null,
}

function tenant(clearance: Secrecy) {
  const visible = <T extends { secrecy?: Secrecy; directiveId?: string }>(d: T) => {
    const level = d.secrecy ?? DIRECTIVES.find((x) => x.id === d.directiveId)?.secrecy ?? 'PUBLIC'
    return secrecyRank(level) <= secrecyRank(clearance)
  }
  const directives = DIRECTIVES.filter(visible)
  const tasks = TASKS.filter(visible)
  const byId = new Map(ORGANIZATIONS.map((o) => [o.id as string, o]))
  const listed: TaskListRequest[] = []
  const calendars: ReportingCalendarRequest[] = []
  const ports: DraftUrgingLetterPorts = {
    clearance,
    directives: {
      findById: async (id) => directives.find((d) => d.id === id) ?? null,
      findBySymbol: async (symbol) =>
        directives.filter((d) => d.symbolText === formatDocumentSymbol(symbol)),
      findByIds: async (ids) => ids.map((id) => directives.find((d) => d.id === id) ?? null),
      implementationChain: async (id) =>
        id === CTR06.id ? [{ directive: KL93, depth: 1, relation: {} as never }] : [],
    },
    tasks: {
      listWithRelated: async (request) => {
        listed.push(request)
        const edges = tasks.map((node) => ({ node, cursor: node.id }))
        return {
          page: { edges, hasNextPage: false, hasPreviousPage: false, totalCount: edges.length },
          related: {
            organizations: new Map(),
            directives: new Map(directives.map((d) => [d.id, d])),
            progressReports: new Map(),
          },
        }
      },
      findByIds: async (ids) => ids.map((id) => tasks.find((t) => t.id === id) ?? null),
    },
    organizations: {
      findById: async (id) => byId.get(id) ?? null,
      findByCode: async (code) => ORGANIZATIONS.find((o) => o.code === code) ?? null,
      findByIds: async (ids) => ids.map((id) => byId.get(id) ?? null),
    },
    reporting: {
      reportingCalendar: async (request) => {
        calendars.push(request)
        return { expectedReports: [MISSING], totals: [] }
      },
    },
  }
  const context: UseCaseContext<DraftUrgingLetterPorts> = {
    ports,
    caller: operatorCaller('test'),
    clock: fixedClock('2026-12-07T03:00:00Z'),
  }
  return { context, listed, calendars }
}

describe('draftUrgingLetter', () => {
  it('lists per organisation its overdue tasks and its missing reports, in the scorecard’s order', async () => {
    const { context, listed, calendars } = tenant('PUBLIC')
    const { letter } = successOf(
      await draftUrgingLetter(context, { issuerCode: 'BTG-TU', asOf: '2026-12-07' }),
    )
    // Provincial bodies before communes (the order of groupByLead).
    expect(letter.organizations.map((o) => o.organization.code)).toEqual(['STC', 'DU-XA-BINH-AN'])
    const [stc, xa] = letter.organizations
    expect(stc?.overdueTasks.map((t) => [t.reference, t.deadlineText, t.due, t.daysLate])).toEqual([
      ['II.3.b', 'tháng 12/2022', '2022-12-31', 1437],
      ['II.3.a', '30/6/2026', '2026-06-30', 160],
    ])
    expect(stc?.missingReports).toEqual([])
    expect(xa?.overdueTasks.map((t) => t.reference)).toEqual(['III.5'])
    expect(xa?.missingReports).toHaveLength(1)
    expect(xa?.missingReports[0]).toMatchObject({
      directiveSymbol: '06-CTr/TU',
      recipientName: 'Ban Thường vụ Tỉnh ủy',
      due: period.due,
    })
    expect(xa?.missingReports[0]?.duty.vi).toContain('theo chế độ báo cáo của văn bản')
    expect(letter.totals).toEqual({ overdueTasks: 3, missingReports: 1, organizations: 2 })
    // What was read: the overdue list as of the day, and the calendar's missing reports.
    expect(listed[0]?.filter).toEqual({ timeliness: ['OVERDUE'] })
    expect(listed[0]?.asOf).toBe('2026-12-07')
    expect(calendars[0]).toMatchObject({
      to: '2026-12-07',
      asOf: '2026-12-07',
      status: ['MISSING'],
    })
  })

  it('cites the programme and the conclusion it implements, oldest first, and closes with the request', async () => {
    const { context } = tenant('PUBLIC')
    const { letter, letterhead, number } = successOf(
      await draftUrgingLetter(context, { issuerCode: 'BTG-TU', asOf: '2026-12-07' }),
    )
    expect(letter.legalBasis.map((b) => b.citation)).toEqual([
      'Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về việc tiếp tục thực hiện Chỉ thị số 42-CT/TW',
      'Chương trình hành động số 06-CTr/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 93-KL/TW',
    ])
    expect(letter.opening).toContain('Thực hiện Kết luận số 93-KL/TW')
    expect(letter.opening).toContain('tính đến ngày 07 tháng 12 năm 2026')
    expect(letter.closing).toBe(
      'Đề nghị các cơ quan, đơn vị có tên trên khẩn trương hoàn thành các nhiệm vụ quá hạn, gửi đầy đủ các báo cáo còn thiếu và báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 22 tháng 12 năm 2026.',
    )
    expect(letter.secrecy).toBe('PUBLIC')
    // A Party board: the Party layout, under its committee, the number left blank.
    expect(letterhead).toMatchObject({
      layout: 'party',
      superior: 'Tỉnh ủy Minh Họa',
      issuer: 'Ban Tuyên giáo Tỉnh ủy',
      recipients: [
        'Như trên',
        'Tỉnh ủy tỉnh Minh Họa (để báo cáo)',
        'Lưu Văn phòng Tỉnh ủy Minh Họa',
      ],
    })
    expect(number).toEqual({ number: null, symbol: 'CV/BTGTU' })
  })

  it('leaves out a MẬT task for a PUBLIC caller; lists it and is marked MẬT for one cleared', async () => {
    const publicLetter = successOf(
      await draftUrgingLetter(tenant('PUBLIC').context, {
        issuerCode: 'BTG-TU',
        asOf: '2026-12-07',
      }),
    ).letter
    const ids = publicLetter.organizations.flatMap((o) => o.overdueTasks.map((t) => t.taskId))
    expect(ids).not.toContain('t-secret')
    expect(JSON.stringify(publicLetter)).not.toContain('215-TB/TU')

    const secret = successOf(
      await draftUrgingLetter(tenant('MAT').context, { issuerCode: 'BTG-TU', asOf: '2026-12-07' }),
    ).letter
    expect(secret.organizations[0]?.overdueTasks.map((t) => t.directiveSymbol)).toContain(
      '215-TB/TU',
    )
    expect(secret.secrecy).toBe('MAT')
  })

  it('scopes to a document and an organisation; takes a State number and a reply day', async () => {
    const { context, listed, calendars } = tenant('PUBLIC')
    const drafted = successOf(
      await draftUrgingLetter(context, {
        issuerCode: 'UBND-TINH',
        asOf: '2026-12-07',
        directive: { symbol: symbolOf('06-CTr/TU') },
        organizationCode: 'UBND-TINH',
        symbol: '4912/UBND-VX',
        replyBy: '2026-12-31',
      }),
    )
    expect(listed[0]?.filter).toEqual({
      timeliness: ['OVERDUE'],
      directiveId: CTR06.id,
      includeImplementing: true,
      leadOrganizationId: UB.id,
      includeSubtree: true,
    })
    expect(calendars[0]).toMatchObject({ directiveId: CTR06.id, organizationId: UB.id })
    expect(drafted.number).toEqual({ number: '4912', symbol: 'UBND-VX' })
    expect(drafted.letterhead.layout).toBe('state')
    expect(drafted.letter.replyBy).toBe('2026-12-31')
    expect(drafted.letter.subject).toBe(
      'Đôn đốc thực hiện nhiệm vụ theo Chương trình số 06-CTr/TU và báo cáo kết quả',
    )
  })

  it('fails alike for an absent and a hidden document, and names the field of each mistake', async () => {
    const { context } = tenant('PUBLIC')
    const base = { issuerCode: 'BTG-TU', asOf: '2026-12-07' }
    const symbol = (text: string) => ({ symbol: symbolOf(text) })
    expect(
      failureOf(await draftUrgingLetter(context, { ...base, directive: symbol('215-TB/TU') })),
    ).toEqual(['DIRECTIVE_NOT_FOUND', ['directive']])
    expect(
      failureOf(await draftUrgingLetter(context, { ...base, directive: symbol('999-TB/TU') })),
    ).toEqual(['DIRECTIVE_NOT_FOUND', ['directive']])
    expect(failureOf(await draftUrgingLetter(context, { asOf: '2026-12-07' }))).toEqual([
      'VALIDATION',
      ['issuerCode'],
    ])
    expect(failureOf(await draftUrgingLetter(context, { ...base, issuerCode: 'NOPE' }))).toEqual([
      'ORGANIZATION_NOT_FOUND',
      ['issuerCode'],
    ])
    expect(failureOf(await draftUrgingLetter(context, { ...base, asOf: '2026-13-01' }))).toEqual([
      'INVALID_DATE',
      ['asOf'],
    ])
    expect(failureOf(await draftUrgingLetter(context, { ...base, replyBy: '2026-12-01' }))).toEqual(
      ['VALIDATION', ['replyBy']],
    )
    expect(failureOf(await draftUrgingLetter(context, { ...base, symbol: 'không phải' }))).toEqual([
      'INVALID_DOCUMENT_SYMBOL',
      ['symbol'],
    ])
    expect(DRAFT_URGING_LETTER_ERRORS).toContain('AMBIGUOUS_DIRECTIVE')
  })
})
