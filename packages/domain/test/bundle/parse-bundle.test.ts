import { describe, expect, it } from 'vitest'
import { parseBundle } from '../../src/bundle/parse-bundle.js'
import { DEADLINE_KINDS } from '../../src/deadline/deadline.js'
import { example, lines, small, YEARLY_REVIEW } from './fixtures.js'

function errorsOf(value: unknown) {
  const r = parseBundle(value)
  if (r.ok) throw new Error('expected errors')
  return r.error
}

function parsedValue(value: unknown) {
  const r = parseBundle(value)
  if (!r.ok) throw new Error(lines(r.error).join('\n'))
  return r.value
}

describe('the example bundle', () => {
  const bundle = parsedValue(example())

  it('parses cleanly', () => {
    expect(bundle.tenant.id).toBe('demo')
    expect(bundle.source).toMatch(/Minh họa/u)
    expect(bundle.tasks.length).toBeGreaterThanOrEqual(14)
  })

  it('holds the chain 42-CT/TW ← 93-KL/TW ← 06-CTr/TU ← lower plans', () => {
    const symbols = bundle.directives.map((d) => d.symbol)
    expect(symbols).toEqual(
      expect.arrayContaining(['42-CT/TW', '93-KL/TW', '06-CTr/TU', '15-KH/ĐU']),
    )
    expect(bundle.relations).toContainEqual({
      from: '93-KL/TW',
      to: '42-CT/TW',
      type: 'CONTINUES',
      effectiveOn: '2020-11-20',
    })
    const programme = bundle.directives.find((d) => d.symbol === '06-CTr/TU')!
    expect(programme.sections.map((s) => s.number)).toEqual(['I', 'II', 'III'])
  })

  it('exercises secrecy, succession, cascades, deadlines and statuses', () => {
    const secret = bundle.directives.find((d) => d.secrecy === 'MAT')!
    expect(bundle.tasks.some((t) => t.directive === secret.symbol)).toBe(true)
    const district = bundle.organizations.find((o) => o.level === 'DISTRICT')!
    expect([district.dissolvedOn, district.successor !== null]).toEqual(['2025-07-01', true])
    expect(bundle.tasks.filter((t) => t.parent !== null).length).toBeGreaterThanOrEqual(3)
    const kinds = new Set(bundle.tasks.map((t) => t.deadline?.kind))
    // Every kind of deadline but a text not understood.
    for (const kind of DEADLINE_KINDS.filter((k) => k !== 'UNPARSED')) expect(kinds).toContain(kind)
    // A fixed-day yearly duty: "Trước 30/6 hằng năm".
    expect(
      bundle.tasks.some((t) => t.deadline?.kind === 'RECURRING' && t.deadline.dueDay?.month === 6),
    ).toBe(true)
    const statuses = new Set(bundle.tasks.map((t) => t.status))
    for (const s of ['COMPLETED', 'IN_PROGRESS', 'NOT_STARTED', 'CANCELLED']) {
      expect(statuses).toContain(s)
    }
    const reports = bundle.tasks.flatMap((t) => t.progressReports)
    expect(reports.some((r) => r.percent === null)).toBe(true)
    expect(reports.some((r) => r.percent !== null)).toBe(true)
  })

  it('has an interim review with every part of the skeleton, indicators and a rating', () => {
    const review = bundle.assessments.find((a) => a.kind === 'INTERIM_REVIEW')!
    for (const part of Object.values(review.findings)) expect(part.length).toBeGreaterThan(0)
    expect(review.indicators.length).toBeGreaterThan(0)
    expect(review.rating?.level).toBe('GOOD')
  })
})

describe('normalisation', () => {
  it('upper-cases codes, writes symbols and refs canonically, and fills in defaults', () => {
    const b = small()
    b.organizations[1].code = 'btv-tu'
    b.directives[0].symbol = 'Số: 93-KL/TƯ'
    b.relations[0].to = '93-KL/TƯ'
    b.tasks[0].directive = '06-Ctr/TU'
    b.tasks[0].lead = 'Btv-Tu'
    const v = parsedValue(b)
    expect(v.organizations[1]!.code).toBe('BTV-TU')
    expect(v.directives[0]).toMatchObject({
      symbol: '93-KL/TW',
      kind: 'CONCLUSION',
      secrecy: 'PUBLIC',
      urgency: 'NORMAL',
      issuerTerm: null,
      sections: [],
    })
    expect(v.relations[0]!.to).toBe('93-KL/TW')
    expect(v.tasks[0]).toMatchObject({
      directive: '06-CTr/TU',
      lead: 'BTV-TU',
      status: 'NOT_STARTED',
      completedOn: null,
      description: '',
      progressReports: [],
    })
  })

  it('normalises text to NFC and folds spaces in names and titles', () => {
    const b = small()
    b.organizations[2].name = '  Liên  hiệp hội\u00a0tỉnh '.normalize('NFD')
    b.tasks[0].title = 'Quán triệt  Kết luận'.normalize('NFD')
    const v = parsedValue(b)
    expect(v.organizations[2]!.name).toBe('Liên hiệp hội tỉnh')
    expect(v.tasks[0]!.title).toBe('Quán triệt Kết luận')
  })

  it("reads deadlines with the year of the directive's issue", () => {
    const b = small()
    b.tasks[0].deadline = 'trước ngày 31/8'
    expect(parsedValue(b).tasks[0]!.deadline).toEqual({
      kind: 'DATE',
      text: 'trước ngày 31/8',
      due: '2021-08-31',
    })
  })

  it('tells directives with the same symbol apart by year', () => {
    const b = small()
    b.directives.push({ symbol: '93-KL/TW', issuer: 'BBT', issuedOn: '2024-01-05', title: 'Khác' })
    b.relations[0].to = '93-KL/TW@2020'
    const v = parsedValue(b)
    expect(v.relations[0]!.to).toBe('93-KL/TW@2020')
    b.relations[0].to = '93-KL/TW'
    expect(lines(errorsOf(b))).toEqual(['relations.0.to AMBIGUOUS_DIRECTIVE_REF'])
    b.relations[0].to = '93-KL/TW@2019'
    expect(lines(errorsOf(b))).toEqual(['relations.0.to UNKNOWN_DIRECTIVE'])
  })

  it('accepts dates that a YAML reader turned into Date objects', () => {
    const b = small()
    b.directives[0].issuedOn = new Date(Date.UTC(2020, 10, 20))
    expect(parsedValue(b).directives[0]!.issuedOn).toBe('2020-11-20')
  })

  it('keeps the order of the input', () => {
    const b = small()
    b.organizations.reverse()
    expect(parsedValue(b).organizations.map((o) => o.code)).toEqual(['LHH', 'BTV-TU', 'BBT'])
  })
})

describe('a broken bundle', () => {
  it('reports every error, each with its path, in document order', () => {
    const b = example()
    b.organizations[5].parent = 'BTV-TU' // BTV-TU's parent is TU; make TU sit under BTV-TU
    b.organizations.find((o: { code: string }) => o.code === 'TU').parent = 'BTV-TU'
    b.relations.push({
      from: '42-CT/TW',
      to: '06-CTr/TU',
      type: 'CITES',
      effectiveOn: '2021-04-01',
    })
    b.tasks[3].lead = 'SO-TAI-CHINH'
    b.tasks[4].coordinator = ['LHH']
    b.tasks.push({ ...b.tasks[1] })
    b.tasks[2].deadline = 'Quý V/2021'
    b.tasks[0].parent = '06-CTr/TU#II.1'
    const errors = errorsOf(b)
    expect(lines(errors)).toEqual([
      expect.stringMatching(/^organizations\.\d+\.parent CYCLE_IN_HIERARCHY$/u),
      `relations.${b.relations.length - 1} CYCLE_IN_RELATIONS`,
      'tasks.0.parent CYCLE_IN_HIERARCHY',
      'tasks.2.deadline INVALID_DATE',
      'tasks.3.lead UNKNOWN_ORGANIZATION',
      'tasks.4.coordinator UNKNOWN_FIELD',
      `tasks.${b.tasks.length - 1}.reference DUPLICATE_KEY`,
    ])
    for (const e of errors) {
      expect(e.message.length).toBeGreaterThan(0)
      expect(e.messageVi.length).toBeGreaterThan(0)
      expect(e.messageVi).not.toBe(e.message)
    }
    const lead = errors.find((e) => e.code === 'UNKNOWN_ORGANIZATION')!
    expect(lead.message).toContain('"SO-TAI-CHINH"')
    expect(lead.messageVi).toContain('"SO-TAI-CHINH"')
    expect(lead.value).toBe('SO-TAI-CHINH')
    expect(errors.find((e) => e.code === 'UNKNOWN_FIELD')!.message).toContain(
      'did you mean "coordinators"',
    )
  })

  it('refuses another version and reads nothing else', () => {
    const b = example()
    b.version = 3
    b.tasks[0].lead = 'NOBODY'
    expect(lines(errorsOf(b))).toEqual(['version UNSUPPORTED_BUNDLE_VERSION'])
  })

  it('reports a wrong format, a missing tenant and a bad tenant id', () => {
    expect(lines(errorsOf({ format: 'other', version: 1 }))).toEqual([
      'tenant REQUIRED',
      'format INVALID_BUNDLE_FORMAT',
    ])
    const b = small()
    b.tenant = { id: 'Demo Province' }
    expect(lines(errorsOf(b))).toEqual(['tenant.id INVALID_TENANT_ID', 'tenant.name REQUIRED'])
  })

  it('refuses what is not a bundle without throwing', () => {
    for (const value of [null, undefined, 42, 'bundle', [], [small()], true]) {
      expect(lines(errorsOf(value))).toEqual([' INVALID_TYPE'])
    }
  })

  it('reports fields of the wrong type and missing fields', () => {
    const b = small()
    b.organizations[0].name = 42
    delete b.organizations[1].kind
    b.tasks[0].coordinators = 'LHH'
    b.directives = {}
    expect(lines(errorsOf(b))).toEqual([
      'organizations.0.name INVALID_TYPE',
      'organizations.1.kind REQUIRED',
      'directives INVALID_TYPE',
      'relations.0.from UNKNOWN_DIRECTIVE',
      'relations.0.to UNKNOWN_DIRECTIVE',
      'tasks.0.directive UNKNOWN_DIRECTIVE',
      'tasks.0.coordinators INVALID_TYPE',
    ])
  })

  it('words every value in Vietnamese inside a Vietnamese message: no "null", no English', () => {
    const b = small() as any
    b.format = []
    const header = parseBundle(b)
    expect(!header.ok && header.error[0]?.messageVi).toBe(
      'Không phải gói dữ liệu chidao: format là một danh sách, phải là "chidao-bundle"',
    )
    const c = small() as any
    c.organizations[0].kind = ['PARTY_COMMITTEE']
    c.tasks[0].status = null
    c.tasks[0].title = { vi: 'x' }
    const r = parseBundle(c)
    const vi = !r.ok ? r.error.map((e) => e.messageVi).join('\n') : ''
    expect(vi).toContain('nhận được một danh sách')
    expect(vi).toContain('nhận được một đối tượng')
    expect(vi).not.toMatch(/\b(null|nothing|a list|an object)\b/)
  })

  it('reports an invalid organisation code once, at the organisation, not at each reference to it', () => {
    const b = small() as any
    const code = b.organizations[2].code
    b.organizations[2].code = 'bad code!'
    for (const task of b.tasks) if (task.lead === code) task.lead = 'bad code!'
    b.tasks[0].lead = 'bad code!'
    b.tasks[0].coordinators = ['bad code!', 'NOPE']
    expect(lines(errorsOf(b))).toEqual([
      'organizations.2.code INVALID_ORGANIZATION_CODE',
      'tasks.0.coordinators.1 UNKNOWN_ORGANIZATION',
    ])
  })

  it('does not also call a report empty when its figure or narrative is unreadable', () => {
    const b = small()
    b.tasks[0].progressReports = [
      { reportedOn: '2021-05-01', organization: 'BTV-TU', percent: 'sáu mươi' },
      { reportedOn: '2021-05-02', organization: 'BTV-TU', narrative: ['Đã làm'] },
    ]
    expect(lines(errorsOf(b))).toEqual([
      'tasks.0.progressReports.0.percent INVALID_TYPE',
      'tasks.0.progressReports.1.narrative INVALID_TYPE',
    ])
  })

  it('reports duplicate natural keys', () => {
    const b = small()
    b.organizations.push({ ...b.organizations[2], code: 'lhh' })
    b.directives.push({ ...b.directives[0], symbol: '93-KL/TƯ', issuedOn: '2020-12-01' })
    b.tasks[0].progressReports = [
      { reportedOn: '2021-05-01', organization: 'BTV-TU', percent: 20 },
      { reportedOn: '2021-05-01', organization: 'btv-tu', narrative: 'Lần hai' },
    ]
    b.assessments = [
      { key: 'a', ...YEARLY_REVIEW },
      { key: 'a', ...YEARLY_REVIEW },
    ]
    expect(lines(errorsOf(b))).toEqual([
      'organizations.3.code DUPLICATE_KEY',
      'directives.2.symbol DUPLICATE_KEY',
      'tasks.0.progressReports.1.reportedOn DUPLICATE_KEY',
      'assessments.1.key DUPLICATE_KEY',
    ])
  })

  it('reports dangling references to organisations, directives and tasks', () => {
    const b = small()
    b.directives[0].issuer = 'BBT-X'
    b.tasks[0].monitor = 'BTG'
    b.tasks[0].reportingDuty = { cadence: 'YEARLY', recipient: 'VP' }
    b.tasks[0].parent = '06-CTr/TU#II.9'
    b.tasks.push({ directive: '07-CTr/TU', reference: '1', title: 'X', lead: 'LHH' })
    b.memberships = [{ member: 'HOI', union: 'LHH', from: '2010-01-01' }]
    expect(lines(errorsOf(b))).toEqual([
      'memberships.0.member UNKNOWN_ORGANIZATION',
      'directives.0.issuer UNKNOWN_ORGANIZATION',
      'tasks.0.monitor UNKNOWN_ORGANIZATION',
      'tasks.0.reportingDuty.recipient UNKNOWN_ORGANIZATION',
      'tasks.0.parent UNKNOWN_TASK',
      'tasks.1.directive UNKNOWN_DIRECTIVE',
    ])
  })

  it('checks statuses against completion dates, and dates against the directive', () => {
    const b = small()
    const task = b.tasks[0]
    b.tasks = [
      { ...task, reference: '1', status: 'DONE' },
      { ...task, reference: '2', status: 'IN_PROGRESS', completedOn: '2021-06-01' },
      { ...task, reference: '3', completedOn: '2021-06-01' },
      { ...task, reference: '4', status: 'COMPLETED' },
      { ...task, reference: '5', status: 'COMPLETED', completedOn: '2021-01-01' },
      {
        ...task,
        reference: '6',
        progressReports: [
          { reportedOn: '2021-01-01', organization: 'LHH', percent: 10 },
          { reportedOn: '2021-06-01', organization: 'LHH', percent: 101 },
          { reportedOn: '2021-07-01', organization: 'LHH' },
        ],
      },
    ]
    expect(lines(errorsOf(b))).toEqual([
      'tasks.0.status INVALID_TASK_STATUS',
      'tasks.1.completedOn COMPLETION_DATE_WITHOUT_COMPLETION',
      'tasks.2.completedOn COMPLETION_DATE_WITHOUT_COMPLETION',
      'tasks.3.completedOn COMPLETION_DATE_REQUIRED',
      'tasks.4.completedOn COMPLETED_BEFORE_ISSUED',
      'tasks.5.progressReports.0.reportedOn REPORT_BEFORE_ISSUED',
      'tasks.5.progressReports.1.percent INVALID_PERCENT',
      'tasks.5.progressReports.2.narrative EMPTY_PROGRESS_REPORT',
    ])
  })

  it('reuses the task rules: lead also coordinator, repeated coordinator, every one reported', () => {
    const b = small()
    b.tasks[0].coordinators = ['LHH', 'btv-tu', 'LHH']
    b.tasks[0].title = '   '
    b.tasks[0].reportingDuty = { cadence: 'WEEKLY', recipient: 'LHH' }
    const errors = errorsOf(b)
    expect(lines(errors)).toEqual([
      'tasks.0.title REQUIRED',
      'tasks.0.coordinators.1 LEAD_ALSO_COORDINATOR',
      'tasks.0.coordinators.2 DUPLICATE_COORDINATOR',
      'tasks.0.reportingDuty.cadence INVALID_CADENCE',
    ])
    expect(errors[1]!.message).toContain('"BTV-TU"')
  })

  it('reports every duplicate and cycle among relations', () => {
    const b = small()
    b.directives.push({
      symbol: '42-CT/TW',
      issuer: 'BBT',
      issuedOn: '2010-04-16',
      title: 'Chỉ thị',
    })
    b.relations.push(
      { from: '93-KL/TW', to: '42-CT/TW', type: 'CONTINUES', effectiveOn: '2020-11-20' },
      { from: '42-CT/TW', to: '06-CTr/TU', type: 'CITES', effectiveOn: '2021-04-01' },
      { from: '06-CTr/TU', to: '93-KL/TW', type: 'IMPLEMENTS', effectiveOn: '2021-03-15' },
      { from: '93-KL/TW', to: '93-KL/TW', type: 'CITES', effectiveOn: '2021-03-15' },
    )
    expect(lines(errorsOf(b))).toEqual([
      'relations.2 CYCLE_IN_RELATIONS',
      'relations.3 DUPLICATE_RELATION',
      'relations.4.to SELF_RELATION',
    ])
  })

  it('checks organisations: hierarchy, successions, memberships and the district level', () => {
    const b = small()
    b.organizations.push(
      { code: 'HU', name: 'Huyện ủy', kind: 'PARTY_COMMITTEE', level: 'DISTRICT' },
      {
        code: 'HU-CU',
        name: 'Huyện ủy cũ',
        kind: 'PARTY_COMMITTEE',
        level: 'DISTRICT',
        dissolvedOn: '2025-07-01',
        successor: 'DU-MOI',
      },
      {
        code: 'DU-MOI',
        name: 'Đảng ủy xã mới',
        kind: 'PARTY_COMMITTEE',
        level: 'COMMUNE',
        foundedOn: '2025-08-01',
      },
      { code: 'SO', name: 'Sở', kind: 'DEPARTMENT', level: 'PROVINCE', parent: 'DU-MOI' },
      { code: 'HOI', name: 'Hội', kind: 'MEMBER_ASSOCIATION', level: 'PROVINCE', kind2: 1 },
    )
    b.memberships = [
      { member: 'HOI', union: 'LHH', from: '2010-01-01' },
      { member: 'HOI', union: 'LHH', from: '2015-01-01', to: '2016-01-01' },
      { member: 'LHH', union: 'LHH', from: '2015-01-01' },
      { member: 'HOI', union: 'LHH', from: '2020-01-01', to: '2019-01-01' },
    ]
    expect(lines(errorsOf(b))).toEqual([
      'organizations.3.level DISTRICT_LEVEL_ABOLISHED',
      'organizations.4.successor SUCCESSOR_NOT_ACTIVE',
      'organizations.6.parent INVALID_PARENT_LEVEL',
      'organizations.7.kind2 UNKNOWN_FIELD',
      'memberships.1.from OVERLAPPING_MEMBERSHIP',
      'memberships.2.union SELF_MEMBERSHIP',
      'memberships.3.to INVALID_DATE_RANGE',
    ])
  })

  it('checks assessments: subject, rules, rating, critique', () => {
    const base = { key: 'k', ...YEARLY_REVIEW }
    const b = small()
    b.assessments = [
      { ...base, key: '1', subject: { directive: '06-CTr/TU' } },
      { ...base, key: '2', subject: { task: '06-CTr/TU#II.1', year: 2021 } },
      { ...base, key: '3', rating: { level: 'GOOD' } },
      { ...base, key: '4', rating: { level: 'GOOD', score: 60, rules: 'vn-366-qd-tw-2025' } },
      { ...base, key: '5', rating: { score: 60, rules: 'my-rules' } },
      { ...base, key: '6', rating: {} },
      { ...base, key: '7', kind: 'SOCIAL_CRITIQUE' },
      { ...base, key: '8', period: { from: '2022-01-01', to: '2021-12-31' } },
      { ...base, key: '9', findings: { result: ['x'] } },
      {
        ...base,
        key: '10',
        kind: 'SOCIAL_CRITIQUE',
        subject: { task: '06-CTr/TU#II.1' },
        socialCritique: {
          subjectTitle: 'Dự thảo',
          requestingBody: 'UBND',
          form: 'COUNCIL',
          heldOn: '2021-05-01',
        },
      },
    ]
    expect(lines(errorsOf(b))).toEqual([
      'assessments.0.subject INVALID_ASSESSMENT_SUBJECT',
      'assessments.1.subject INVALID_ASSESSMENT_SUBJECT',
      'assessments.2.rating.rules RATING_RULES_REQUIRED',
      'assessments.3.rating.level RATING_ABOVE_SCORE',
      'assessments.4.rating.rules UNKNOWN_RATING_RULES',
      'assessments.5.rating REQUIRED',
      'assessments.6.socialCritique SOCIAL_CRITIQUE_REQUIRED',
      'assessments.7.period.to INVALID_PERIOD',
      'assessments.8.findings.result UNKNOWN_FIELD',
      'assessments.9.socialCritique.requestingBody UNKNOWN_ORGANIZATION',
    ])
  })
})
