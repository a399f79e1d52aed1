import { testBackends } from '@chidao/db/testing'
import {
  RATING_LABELS,
  validateAssessment,
  validateNewDirective,
  validateNewOrganization,
  validateNewTask,
} from '@chidao/domain'
import { encodeGlobalID } from '@pothos/plugin-relay'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gatewayHarness, TEST_TENANT } from './support/gateway-harness.js'
import { expectTypedError } from './support/typed-error-shape.js'

/** The value of a result of the data set up behind the API, or the setup fails with its message. */
function valueOfResult<T>(
  result:
    | { readonly ok: true; readonly value: T }
    | { readonly ok: false; readonly error: { readonly message: string } },
): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      __typename
      ... on RecordAssessmentPayload { assessment { id key kind rating ratingRulesId score version } }
      ... on Error { code message messageVi path }
    }
  }
`

const FULL = /* GraphQL */ `
  fragment Full on Assessment {
    id key kind kindLabel { vi en }
    subjectKind subjectKindLabel { vi }
    directive { symbol } organization { code } task { title } year
    period { from to } title assessor { code } assessedOn
    findings {
      results limitations causesObjective causesSubjective lessons directions recommendations
      sections { part label { vi en } paragraphs }
    }
    indicators { name unit baseline { value date } periods { from to target actual } evidence }
    score rating ratingLabel { vi en } ratingRulesId
    socialCritique { subjectTitle requestingBody { code } form formLabel { vi } heldOn response responseLabel { vi } }
    version
  }
`

type Result = Record<string, any>

describe.each(testBackends())('assessments through GraphQL on %s', (backend) => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  const g: Record<string, string> = {}
  let secretAssessmentId: string

  async function record(input: Record<string, unknown>, as?: Parameters<typeof h.graphql>[2]) {
    const r = await h.graphql<{ recordAssessment: Result }>(RECORD, { input }, as)
    expect(r.errors).toBeUndefined()
    return r.data!.recordAssessment
  }

  function review(overrides: Record<string, unknown> = {}) {
    return {
      kind: 'INTERIM_REVIEW',
      subject: { kind: 'DIRECTIVE_IMPLEMENTATION', directiveId: g.plan, organizationId: g.LHH },
      period: { from: '2025-01-01', to: '2025-06-30' },
      title: 'Sơ kết 6 tháng',
      assessorId: g.BTV,
      assessedOn: '2025-07-15',
      findings: { results: ['Tổ chức 4 hội thảo'], lessons: ['Phối hợp sớm'] },
      indicators: [
        {
          name: 'Số đề án được phản biện',
          unit: 'đề án',
          baseline: { value: 2, date: '2024-12-31' },
          periods: [{ from: '2025-01-01', to: '2025-06-30', target: 3, actual: 4 }],
          evidence: ['15-BC/LHH'],
        },
      ],
      score: 92,
      ...overrides,
    }
  }

  beforeAll(async () => {
    h = await gatewayHarness(backend)
    const scope = h.db.forTenant(TEST_TENANT, { clearance: 'TUYET_MAT' })
    const ctx = { actor: 'test' }
    for (const [code, kind] of [
      ['BTV', 'STANDING_COMMITTEE'],
      ['LHH', 'ASSOCIATION_UNION'],
      ['UBND', 'PEOPLES_COMMITTEE'],
    ] as const) {
      const v = validateNewOrganization(
        { code, name: `Cơ quan ${code}`, kind, level: 'PROVINCE' },
        { today: '2026-01-01' },
      )
      const { id } = valueOfResult(await scope.organizations.create(valueOfResult(v), ctx))
      g[code] = encodeGlobalID('Organization', id)
      g[`${code}:local`] = id
    }
    for (const [key, symbol, secrecy] of [
      ['plan', '06-CTr/TU', 'PUBLIC'],
      ['secret', '12-KH/TU', 'MAT'],
    ] as const) {
      const v = validateNewDirective(
        { symbol, issuerOrganizationCode: 'BTV', issuedOn: '2021-03-01', title: symbol, secrecy },
        { today: '2026-01-01' },
      )
      const { id } = valueOfResult(await scope.directives.create(valueOfResult(v), ctx))
      g[key] = encodeGlobalID('Directive', id)
      g[`${key}:local`] = id
    }
    const task = validateNewTask({
      directiveId: g['plan:local']!,
      title: 'Tổ chức hội thảo',
      leadId: g['LHH:local']!,
    })
    g.task = encodeGlobalID(
      'Task',
      valueOfResult(await scope.tasks.create(valueOfResult(task), ctx)).id,
    )
    // An assessment of the secret plan, stored behind the API's back.
    const secret = validateAssessment({
      kind: 'SELF_ASSESSMENT',
      subject: {
        kind: 'DIRECTIVE_IMPLEMENTATION',
        directiveId: g['secret:local']!,
        organizationId: g['LHH:local']!,
      },
      period: { from: '2025-01-01', to: '2025-12-31' },
      assessorId: g['LHH:local']!,
      assessedOn: '2026-01-10',
    })
    const stored = valueOfResult(
      await scope.assessments.create({ ...valueOfResult(secret), key: 'mat' }, ctx),
    )
    secretAssessmentId = encodeGlobalID('Assessment', stored.id)
  })
  afterAll(() => h?.dispose())

  it('records an assessment, rating it by the rules in force when only a score is given', async () => {
    const r = await record({ ...review(), key: 'so-ket-2025' })
    expect(r).toMatchObject({
      __typename: 'RecordAssessmentPayload',
      assessment: {
        key: 'so-ket-2025',
        kind: 'INTERIM_REVIEW',
        score: 92,
        rating: 'EXCELLENT',
        ratingRulesId: 'vn-366-qd-tw-2025',
        version: 1,
      },
    })
    const read = await h.graphql<{ assessment: Result }>(
      `query($id: ID!) { assessment(id: $id) { ...Full } } ${FULL}`,
      { id: r.assessment.id },
    )
    expect(read.errors).toBeUndefined()
    const a = read.data!.assessment
    expect(a).toMatchObject({
      kindLabel: { vi: 'Sơ kết', en: 'Interim review' },
      subjectKind: 'DIRECTIVE_IMPLEMENTATION',
      directive: { symbol: '06-CTr/TU' },
      organization: { code: 'LHH' },
      task: null,
      year: null,
      period: { from: '2025-01-01', to: '2025-06-30' },
      title: 'Sơ kết 6 tháng',
      assessor: { code: 'BTV' },
      assessedOn: '2025-07-15',
      ratingLabel: RATING_LABELS.EXCELLENT,
      socialCritique: null,
    })
    expect(a.findings.results).toEqual(['Tổ chức 4 hội thảo'])
    expect(a.findings.limitations).toEqual([])
    expect(a.findings.sections).toHaveLength(7)
    expect(a.findings.sections[4]).toEqual({
      part: 'lessons',
      label: { vi: 'Bài học kinh nghiệm', en: 'Lessons' },
      paragraphs: ['Phối hợp sớm'],
    })
    expect(a.indicators).toEqual([
      {
        name: 'Số đề án được phản biện',
        unit: 'đề án',
        baseline: { value: 2, date: '2024-12-31' },
        periods: [{ from: '2025-01-01', to: '2025-06-30', target: 3, actual: 4 }],
        evidence: ['15-BC/LHH'],
      },
    ])
  })

  it('records task and organisation-year subjects, and social critiques with their record', async () => {
    const ofTask = await record({
      kind: 'SELF_ASSESSMENT',
      subject: { kind: 'TASK', taskId: g.task },
      period: { from: '2025-01-01', to: '2025-12-31' },
      assessorId: g.LHH,
      assessedOn: '2026-01-05',
      score: 75,
      rating: 'COMPLETED',
      ratingRulesId: 'vn-366-qd-tw-2025',
    })
    expect(ofTask.assessment).toMatchObject({ rating: 'COMPLETED', kind: 'SELF_ASSESSMENT' })
    expect(ofTask.assessment.key).toMatch(/^self-assessment-2026-01-05-/)
    const critique = await record({
      kind: 'SOCIAL_CRITIQUE',
      subject: { kind: 'ORGANIZATION_YEAR', organizationId: g.LHH, year: 2025 },
      period: { from: '2025-01-01', to: '2025-12-31' },
      assessorId: g.LHH,
      assessedOn: '2025-06-30',
      socialCritique: {
        subjectTitle: 'Dự thảo Đề án chuyển đổi số',
        requestingBodyId: g.UBND,
        form: 'WORKSHOP',
        heldOn: '2025-05-20',
        response: 'EXPLAINED',
      },
    })
    const read = await h.graphql<{ assessment: Result }>(
      `query($id: ID!) { assessment(id: $id) { ...Full } } ${FULL}`,
      { id: critique.assessment.id },
    )
    expect(read.data!.assessment).toMatchObject({
      subjectKind: 'ORGANIZATION_YEAR',
      organization: { code: 'LHH' },
      year: 2025,
      rating: null,
      ratingLabel: null,
      socialCritique: {
        requestingBody: { code: 'UBND' },
        form: 'WORKSHOP',
        formLabel: { vi: 'Hội thảo' },
        responseLabel: { vi: 'Giải trình' },
      },
    })
  })

  it('returns typed errors that name the field, in English and Vietnamese', async () => {
    const period = await record(review({ period: { from: '2025-06-30', to: '2025-01-01' } }))
    expectTypedError(period, 'ValidationError', 'INVALID_PERIOD', ['input', 'period', 'to'])
    expect(period.messageVi).toBeTruthy()
    const overlap = await record(
      review({
        indicators: [
          {
            name: 'X',
            unit: 'cái',
            periods: [
              { from: '2025-01-01', to: '2025-06-30' },
              { from: '2025-06-01', to: '2025-12-31' },
            ],
          },
        ],
      }),
    )
    expect(overlap).toMatchObject({
      code: 'OVERLAPPING_PERIODS',
      path: ['input', 'indicators', '0', 'periods', '1', 'from'],
    })
    const critique = await record(review({ kind: 'SOCIAL_CRITIQUE' }))
    expect(critique).toMatchObject({
      code: 'SOCIAL_CRITIQUE_REQUIRED',
      path: ['input', 'socialCritique'],
    })
    const rules = await record(review({ ratingRulesId: 'khong-co' }))
    expect(rules).toMatchObject({ code: 'UNKNOWN_RATING_RULES', path: ['input', 'ratingRulesId'] })
    const score = await record(review({ score: 101 }))
    expect(score).toMatchObject({ code: 'INVALID_SCORE', path: ['input', 'score'] })
    expect(score).toMatchObject({
      message: expect.stringContaining('101'),
      messageVi: expect.stringContaining('101'),
    })
    const notADirective = await record(
      review({
        subject: { kind: 'DIRECTIVE_IMPLEMENTATION', directiveId: g.LHH, organizationId: g.LHH },
      }),
    )
    expectTypedError(notADirective, 'ValidationError', 'INVALID_ID', [
      'input',
      'subject',
      'directiveId',
    ])
    const missing = await record(
      review({
        subject: {
          kind: 'DIRECTIVE_IMPLEMENTATION',
          directiveId: encodeGlobalID('Directive', '00000000-0000-4000-8000-000000000000'),
          organizationId: g.LHH,
        },
      }),
    )
    expectTypedError(missing, 'NotFoundError', 'DIRECTIVE_NOT_FOUND', [
      'input',
      'subject',
      'directiveId',
    ])
    const taken = await record({ ...review(), key: 'so-ket-2025' })
    expectTypedError(taken, 'ConflictError', 'ASSESSMENT_KEY_TAKEN', ['input', 'key'])
  })

  it('lets EDITOR and ADMIN record, and refuses others with typed errors', async () => {
    // An editor of the assessing body records its judgements.
    const editor = await record(review(), { roles: ['EDITOR'], org: 'BTV', clearance: 'PUBLIC' })
    expect(editor.__typename).toBe('RecordAssessmentPayload')
    for (const roles of [['VIEWER'], ['REPORTER']] as const) {
      const r = await record(review(), { roles: [...roles] })
      expectTypedError(r, 'ForbiddenError', 'FORBIDDEN')
      expect(r.message).toContain('EDITOR')
    }
    const anonymous = await h.graphql<{ recordAssessment: Result }>(
      RECORD,
      { input: review() },
      null,
    )
    const refusal = anonymous.data?.recordAssessment ?? anonymous.errors?.[0]?.extensions
    expect(refusal).toMatchObject({ code: 'UNAUTHENTICATED' })
    // A caller not cleared for a secret plan cannot assess it, nor learn that it exists.
    const blind = await record(
      review({
        subject: { kind: 'DIRECTIVE_IMPLEMENTATION', directiveId: g.secret, organizationId: g.LHH },
      }),
      { roles: ['EDITOR'], clearance: 'PUBLIC' },
    )
    expectTypedError(blind, 'NotFoundError', 'DIRECTIVE_NOT_FOUND')
  })

  it('lists assessments with filters, and beside their document and organisation', async () => {
    const all = await h.graphql<{ assessments: Result }>(
      `{ assessments(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { key assessedOn } } } }`,
    )
    expect(all.errors).toBeUndefined()
    expect(all.data!.assessments.totalCount).toBe(5)
    expect(all.data!.assessments.pageInfo.hasNextPage).toBe(true)
    expect(all.data!.assessments.edges[0].node.key).toBe('mat') // newest first
    const filtered = await h.graphql<{ assessments: Result }>(
      `query($f: AssessmentFilter) { assessments(filter: $f, orderBy: ASSESSED_ON_ASC) { totalCount edges { node { kind } } } }`,
      { f: { kind: ['SOCIAL_CRITIQUE', 'SELF_ASSESSMENT'], organizationId: g.LHH, year: 2025 } },
    )
    expect(filtered.data!.assessments.totalCount).toBe(2)
    const beside = await h.graphql<{ directive: Result; organization: Result }>(
      `query($d: ID!) {
        directive(id: $d) { assessments { totalCount edges { node { key } } } }
        organization(code: "LHH") { assessments(filter: { kind: [INTERIM_REVIEW] }) { totalCount } }
      }`,
      { d: g.plan },
    )
    expect(beside.errors).toBeUndefined()
    expect(beside.data!.directive.assessments.totalCount).toBe(2)
    expect(beside.data!.organization.assessments.totalCount).toBe(2)
    const task = await h.graphql<{ assessments: Result }>(
      `query($t: ID) { assessments(filter: { taskId: $t }) { edges { node { task { title } } } } }`,
      { t: g.task },
    )
    expect(task.data!.assessments.edges).toEqual([
      { node: { task: { title: 'Tổ chức hội thảo' } } },
    ])
  })

  it('hides assessments of a document above the caller’s clearance', async () => {
    const cleared = await h.graphql<{ assessment: Result }>(
      `query($id: ID!) { assessment(id: $id) { key } }`,
      { id: secretAssessmentId },
    )
    expect(cleared.data!.assessment).toEqual({ key: 'mat' })
    const viewer = { roles: ['VIEWER' as const], clearance: 'PUBLIC' as const }
    const hidden = await h.graphql<{ assessment: Result; assessments: Result }>(
      `query($id: ID!) { assessment(id: $id) { key } assessments { totalCount edges { node { key } } } }`,
      { id: secretAssessmentId },
      viewer,
    )
    expect(hidden.errors).toBeUndefined()
    expect(hidden.data!.assessment).toBeNull()
    expect(hidden.data!.assessments.totalCount).toBe(4)
    expect(hidden.data!.assessments.edges.map((e: Result) => e.node.key)).not.toContain('mat')
    const org = await h.graphql<{ organization: Result }>(
      `{ organization(code: "LHH") { assessments { edges { node { key } } } } }`,
      undefined,
      viewer,
    )
    expect(org.data!.organization.assessments.edges.map((e: Result) => e.node.key)).not.toContain(
      'mat',
    )
  })
})
