import {
  type AssessmentId,
  type AssessmentInput,
  asId,
  type Directive,
  type DirectiveId,
  type NewAssessment,
  type Organization,
  type Task,
  validateAssessment,
  validateNewDirective,
  validateNewTask,
} from '@chidao/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBundle } from '../src/bundle/export-bundle.js'
import type { ChidaoDatabase, TenantDatabase } from '../src/chidao-database.js'
import { testBackends } from '../src/testing.js'
import { auditEventsOf } from './support/audit-events.js'
import { createOrganization } from './support/create-organization.js'
import {
  TENANT_B as OTHER,
  TENANT_A as TENANT,
  useTwoTenantDatabase,
} from './support/test-database.js'

const ctx = { actor: 'test', requestId: 'req-a' }

/** An indicator given whole, so that it reads back exactly as written. */
const COUNTED = {
  name: 'Số đề án được phản biện',
  unit: 'đề án',
  baseline: { value: 2.5, date: '2024-12-31' },
  periods: [
    { from: '2025-01-01', to: '2025-03-31', target: 2, actual: 3 },
    { from: '2025-04-01', to: '2025-06-30', target: 2, actual: null },
  ],
  evidence: ['Báo cáo 15-BC/LHH'],
}

describe.each(testBackends())('assessment repository on %s', (backend) => {
  const test = useTwoTenantDatabase(backend, TENANT, OTHER)
  let db: ChidaoDatabase
  let scope: TenantDatabase
  const o: Record<string, Organization> = {}
  let plan: Directive
  let secret: Directive
  let task: Task
  let secretTask: Task

  function valid(input: Partial<AssessmentInput> & Pick<AssessmentInput, 'kind' | 'subject'>) {
    const r = validateAssessment({
      period: { from: '2025-01-01', to: '2025-06-30' },
      assessorId: o.BTV!.id,
      assessedOn: '2025-07-15',
      ...input,
    } as AssessmentInput)
    if (!r.ok) throw new Error(`${r.error.code} ${r.error.path.join('.')}`)
    return r.value
  }

  function review(overrides: Partial<AssessmentInput> = {}): NewAssessment {
    return valid({
      kind: 'INTERIM_REVIEW',
      subject: {
        kind: 'DIRECTIVE_IMPLEMENTATION',
        directiveId: plan.id,
        organizationId: o.LHH!.id,
      },
      title: 'Sơ kết 6 tháng đầu năm 2025',
      findings: {
        results: ['Tổ chức 4 hội thảo phản biện'],
        limitations: ['Kinh phí còn hạn chế'],
        lessons: ['Cần phối hợp sớm với các sở'],
      },
      indicators: [COUNTED, { name: 'Hội thảo', unit: 'cuộc' }],
      score: 87.5,
      rating: 'GOOD',
      ratingRulesId: 'vn-366-qd-tw-2025',
      ...overrides,
    })
  }

  beforeAll(async () => {
    db = test.db
    scope = db.forTenant(TENANT, { clearance: 'TUYET_MAT' })
    for (const [code, kind] of [
      ['BTV', 'STANDING_COMMITTEE'],
      ['LHH', 'ASSOCIATION_UNION'],
      ['UBND', 'PEOPLES_COMMITTEE'],
    ] as const) {
      o[code] = await createOrganization(scope.organizations, { code, kind }, ctx)
    }
    const directive = async (symbol: string, secrecy: string) => {
      const v = validateNewDirective(
        { symbol, issuerOrganizationCode: 'BTV', issuedOn: '2021-03-01', title: symbol, secrecy },
        { today: '2026-01-01' },
      )
      if (!v.ok) throw new Error(v.error.message)
      const r = await scope.directives.create(v.value, ctx)
      if (!r.ok) throw new Error(r.error.message)
      return r.value
    }
    plan = await directive('06-CTr/TU', 'PUBLIC')
    secret = await directive('12-KH/TU', 'MAT')
    const newTask = async (directiveId: string, title: string) => {
      const v = validateNewTask({ directiveId, title, leadId: o.LHH!.id, deadline: 'năm 2025' })
      if (!v.ok) throw new Error(v.error.message)
      const r = await scope.tasks.create(v.value, ctx)
      if (!r.ok) throw new Error(r.error.message)
      return r.value
    }
    task = await newTask(plan.id, 'Tổ chức hội thảo')
    secretTask = await newTask(secret.id, 'Việc mật')
  })

  it('creates an assessment with findings and indicators, reads it back whole, and audits it', async () => {
    const created = await scope.assessments.create({ ...review(), key: 'so-ket-2025' }, ctx)
    if (!created.ok) throw new Error(created.error.message)
    const a = created.value
    expect(a).toMatchObject({
      key: 'so-ket-2025',
      kind: 'INTERIM_REVIEW',
      subject: {
        kind: 'DIRECTIVE_IMPLEMENTATION',
        directiveId: plan.id,
        organizationId: o.LHH!.id,
      },
      period: { from: '2025-01-01', to: '2025-06-30' },
      assessorId: o.BTV!.id,
      assessedOn: '2025-07-15',
      score: 87.5,
      rating: 'GOOD',
      ratingRulesId: 'vn-366-qd-tw-2025',
      socialCritique: null,
      version: 1,
      tenantId: TENANT,
    })
    expect(a.findings.results).toEqual(['Tổ chức 4 hội thảo phản biện'])
    expect(a.findings.causesObjective).toEqual([])
    expect(a.indicators).toEqual([
      COUNTED,
      { name: 'Hội thảo', unit: 'cuộc', baseline: null, periods: [], evidence: [] },
    ])
    expect(Object.isFrozen(a)).toBe(true)
    expect(await scope.assessments.findById(a.id)).toEqual(a)
    expect(await scope.assessments.findByIds([a.id, asId('nope'), a.id])).toEqual([a, null, a])
    const audit = await auditEventsOf(db, a.id)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      action: 'assessment.create',
      entity_type: 'Assessment',
      actor: 'test',
      request_id: 'req-a',
      before: null,
    })
    expect(audit[0]!.after).toMatchObject({ key: 'so-ket-2025', rating: 'GOOD' })
  })

  it('generates a key when none is given, and refuses a key already taken with nothing written', async () => {
    const r = await scope.assessments.create(
      valid({ kind: 'SELF_ASSESSMENT', subject: { kind: 'TASK', taskId: task.id } }),
      ctx,
    )
    expect(r.ok && r.value.key).toMatch(/^self-assessment-2025-07-15-[0-9a-f-]{36}$/)
    expect(r.ok && r.value.key.endsWith(r.value.id)).toBe(true)
    const before = await count()
    const taken = await scope.assessments.create({ ...review(), key: 'so-ket-2025' }, ctx)
    expect(!taken.ok && taken.error).toMatchObject({
      code: 'ASSESSMENT_KEY_TAKEN',
      path: ['key'],
    })
    expect(await count()).toEqual(before)
  })

  it('stores a social critique with its requesting body, exported by code as bundles write it', async () => {
    const r = await scope.assessments.create(
      {
        ...valid({
          kind: 'SOCIAL_CRITIQUE',
          subject: { kind: 'ORGANIZATION_YEAR', organizationId: o.LHH!.id, year: 2025 },
          period: { from: '2025-01-01', to: '2025-12-31' },
          assessorId: o.LHH!.id,
          socialCritique: {
            subjectTitle: 'Dự thảo Đề án chuyển đổi số tỉnh',
            requestingBodyId: o.UBND!.id,
            form: 'COUNCIL',
            heldOn: '2025-05-20',
            reportNumber: '45/BC-LHH',
            response: 'ACCEPTED',
            respondedOn: '2025-06-10',
          },
        }),
        key: 'phan-bien-cds',
      },
      ctx,
    )
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.socialCritique).toEqual({
      subjectTitle: 'Dự thảo Đề án chuyển đổi số tỉnh',
      requestingBodyId: o.UBND!.id,
      form: 'COUNCIL',
      requestedOn: null,
      heldOn: '2025-05-20',
      reportedOn: null,
      reportNumber: '45/BC-LHH',
      response: 'ACCEPTED',
      respondedOn: '2025-06-10',
    })
    // The export writes it as stored, as bundles do: the requester by code, nothing more.
    const bundle = await exportBundle(db, TENANT)
    const exported = bundle.assessments.find((a) => a.key === 'phan-bien-cds')
    const { requestingBodyId: _byId, ...asStored } = r.value.socialCritique!
    expect(exported?.socialCritique).toEqual({ ...asStored, requestingBody: 'UBND' })
    expect(exported).toMatchObject({
      subject: { kind: 'ORGANIZATION_YEAR', organization: 'LHH', year: 2025 },
      assessor: 'LHH',
    })
  })

  it('refuses subjects, assessors and requesters the tenant does not have, naming the field', async () => {
    const missing = '00000000-0000-4000-8000-000000000000'
    const before = await count()
    const directive = await scope.assessments.create(
      review({
        subject: {
          kind: 'DIRECTIVE_IMPLEMENTATION',
          directiveId: missing,
          organizationId: o.LHH!.id,
        },
      }),
      ctx,
    )
    expect(!directive.ok && directive.error).toMatchObject({
      code: 'DIRECTIVE_NOT_FOUND',
      path: ['subject', 'directiveId'],
    })
    const assessor = await scope.assessments.create(review({ assessorId: missing }), ctx)
    expect(!assessor.ok && assessor.error).toMatchObject({
      code: 'ORGANIZATION_NOT_FOUND',
      path: ['assessorId'],
    })
    expect(!assessor.ok && assessor.error.message).toContain('assessorId')
    const taskMissing = await scope.assessments.create(
      valid({ kind: 'SELF_ASSESSMENT', subject: { kind: 'TASK', taskId: missing } }),
      ctx,
    )
    expect(!taskMissing.ok && taskMissing.error).toMatchObject({
      code: 'TASK_NOT_FOUND',
      path: ['subject', 'taskId'],
    })
    const otherTenant = await db
      .forTenant(OTHER, { clearance: 'TUYET_MAT' })
      .assessments.create(review(), ctx)
    expect(!otherTenant.ok && otherTenant.error.code).toBe('DIRECTIVE_NOT_FOUND')
    expect(await count()).toEqual(before)
  })

  it('lists with filters, keyset pages and totals, newest first by default', async () => {
    for (const [i, day] of ['2024-03-01', '2024-09-01', '2025-03-01'].entries()) {
      const r = await scope.assessments.create(
        {
          ...valid({
            kind: 'PERIODIC_REPORT',
            subject: {
              kind: 'DIRECTIVE_IMPLEMENTATION',
              directiveId: plan.id,
              organizationId: o.UBND!.id,
            },
            period: { from: `${day.slice(0, 4)}-01-01`, to: day },
            assessedOn: day,
          }),
          key: `bao-cao-${i}`,
        },
        ctx,
      )
      expect(r.ok).toBe(true)
    }
    const all = await scope.assessments.list({})
    expect(all.totalCount).toBe(6)
    const days = all.edges.map((e) => e.node.assessedOn)
    expect(days).toEqual([...days].sort().reverse())
    const first = await scope.assessments.list({ first: 2, filter: { kind: ['PERIODIC_REPORT'] } })
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true, hasPreviousPage: false })
    expect(first.edges.map((e) => e.node.key)).toEqual(['bao-cao-2', 'bao-cao-1'])
    const next = await scope.assessments.list({
      first: 2,
      after: first.edges.at(-1)!.cursor,
      filter: { kind: ['PERIODIC_REPORT'] },
    })
    expect(next.edges.map((e) => e.node.key)).toEqual(['bao-cao-0'])
    expect(next.hasNextPage).toBe(false)
    const asc = await scope.assessments.list({
      filter: { kind: ['PERIODIC_REPORT'] },
      orderBy: 'ASSESSED_ON_ASC',
    })
    expect(asc.edges.map((e) => e.node.key)).toEqual(['bao-cao-0', 'bao-cao-1', 'bao-cao-2'])
    const keys = async (filter: Parameters<typeof scope.assessments.list>[0]['filter']) =>
      (await scope.assessments.list({ filter, orderBy: 'ASSESSED_ON_ASC' })).edges
        .map((e) => e.node.key)
        .sort()
    expect(await keys({ directiveId: plan.id, organizationId: o.UBND!.id })).toEqual([
      'bao-cao-0',
      'bao-cao-1',
      'bao-cao-2',
    ])
    expect(await keys({ organizationId: o.LHH!.id })).toEqual(['phan-bien-cds', 'so-ket-2025'])
    expect(await keys({ taskId: task.id })).toHaveLength(1)
    expect(await keys({ assessorId: o.LHH!.id })).toEqual(['phan-bien-cds'])
    expect(await keys({ year: 2024 })).toEqual(['bao-cao-0', 'bao-cao-1'])
    expect(await keys({ from: '2025-06-01', to: '2025-06-30', kind: ['INTERIM_REVIEW'] })).toEqual([
      'so-ket-2025',
    ])
    expect(await keys({ directiveId: asId<DirectiveId>('not-a-uuid') })).toEqual([])
  })

  it('hides assessments of a secret directive, and of its tasks, above the clearance', async () => {
    const ofDirective = await scope.assessments.create(
      {
        ...review({
          subject: {
            kind: 'DIRECTIVE_IMPLEMENTATION',
            directiveId: secret.id,
            organizationId: o.LHH!.id,
          },
        }),
        key: 'mat-1',
      },
      ctx,
    )
    const ofTask = await scope.assessments.create(
      {
        ...valid({ kind: 'SELF_ASSESSMENT', subject: { kind: 'TASK', taskId: secretTask.id } }),
        key: 'mat-2',
      },
      ctx,
    )
    expect(ofDirective.ok && ofTask.ok).toBe(true)
    if (!ofDirective.ok || !ofTask.ok) return
    const publicView = db.forTenant(TENANT).assessments
    expect(await publicView.findById(ofDirective.value.id)).toBeNull()
    expect(await publicView.findByIds([ofDirective.value.id, ofTask.value.id])).toEqual([
      null,
      null,
    ])
    const seen = await publicView.list({ first: 100 })
    expect(seen.edges.map((e) => e.node.key)).not.toContain('mat-1')
    expect(seen.totalCount).toBe((await scope.assessments.list({})).totalCount - 2)
    expect((await publicView.list({ filter: { directiveId: secret.id } })).totalCount).toBe(0)
    // A handle that cannot see the directive cannot assess it either, and learns nothing.
    const blind = await publicView.create(
      review({
        subject: {
          kind: 'DIRECTIVE_IMPLEMENTATION',
          directiveId: secret.id,
          organizationId: o.LHH!.id,
        },
      }),
      ctx,
    )
    expect(!blind.ok && blind.error.code).toBe('DIRECTIVE_NOT_FOUND')
    const cleared = db.forTenant(TENANT, { clearance: 'MAT' }).assessments
    expect((await cleared.findById(ofDirective.value.id))?.key).toBe('mat-1')
  })

  it('is fenced to its tenant', async () => {
    const other = db.forTenant(OTHER, { clearance: 'TUYET_MAT' }).assessments
    expect((await other.list({})).totalCount).toBe(0)
    const mine = (await scope.assessments.list({ first: 100 })).edges.find(
      (e) => e.node.key === 'so-ket-2025',
    )?.node
    expect(await other.findById(mine!.id as AssessmentId)).toBeNull()
  })

  async function count() {
    const [a, i, e] = await Promise.all(
      (['assessment', 'assessment_indicator', 'audit_event'] as const).map((table) =>
        db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    )
    return [Number(a!.n), Number(i!.n), Number(e!.n)]
  }
})
