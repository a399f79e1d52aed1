/**
 * The read half of the authorisation matrix: every argument of every Query field that names a
 * record (an id, a code, a symbol, in an argument or in a filter) — found by walking the schema,
 * so that a new argument fails this test until it is listed in `read-matrix-references.ts` — ×
 * caller × each record the caller may not see behind it: a TỐI MẬT record (to callers cleared
 * for PUBLIC or MẬT) and a record of another tenant of the same database (to every caller, ADMIN cleared
 * for TUYỆT MẬT included). Each must be answered exactly as a record that does not exist: the
 * same data, the same errors (code, English and Vietnamese message, path), the value given
 * aside. Reading is decided by clearance alone (the policy of `@chidao/app`): a caller's place
 * in the tree of organisations changes nothing here.
 *
 * The number of cells is printed as `[figures] read matrix on <backend>: …`.
 */
import { readFile } from 'node:fs/promises'
import { testBackends } from '@chidao/db/testing'
import { asId, canSee, type Secrecy, type TenantId } from '@chidao/domain'
import {
  type GraphQLInputType,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schema } from '../src/schema/index.js'
import {
  type As,
  exampleGatewayForSuite,
  type GatewayHarness,
  gatewayOver,
  type TestIdentity,
} from './support/gateway-harness.js'
import {
  answerNaming,
  hiddenCases,
  READ_REFERENCES,
  type ReadFixture,
} from './support/read-matrix-references.js'

const OTHER_TENANT = asId<TenantId>('tinh-mau')
/** The mark of the secret records: above PUBLIC and MAT, below TUYET_MAT. */
const SECRET: Secrecy = 'TOI_MAT'
const OTHER_BUNDLE = new URL('../../../docs/examples/tinh-mau.yaml', import.meta.url)

/**
 * Who reads: anonymous (public read is on), each role at clearance PUBLIC, a VIEWER and an ADMIN
 * cleared for MẬT (below the secret records' TỐI MẬT), an ADMIN cleared for all.
 */
const READERS: Readonly<Record<string, TestIdentity | null>> = {
  anonymous: null,
  'VIEWER of SKHCN': { roles: ['VIEWER'], org: 'SKHCN', clearance: 'PUBLIC', sub: 'doc' },
  'REPORTER of SKHCN': { roles: ['REPORTER'], org: 'SKHCN', clearance: 'PUBLIC', sub: 'bao' },
  'EDITOR of BTV-TU': { roles: ['EDITOR'], org: 'BTV-TU', clearance: 'PUBLIC', sub: 'sua' },
  'ADMIN, PUBLIC': { roles: ['ADMIN'], org: null, clearance: 'PUBLIC', sub: 'qtv' },
  'VIEWER of SKHCN, MAT': { roles: ['VIEWER'], org: 'SKHCN', clearance: 'MAT', sub: 'doc-mat' },
  'ADMIN, MAT': { roles: ['ADMIN'], org: null, clearance: 'MAT', sub: 'qtv-mat' },
  'ADMIN, TUYET_MAT': { roles: ['ADMIN'], org: null, clearance: 'TUYET_MAT', sub: 'qtv-tm' },
}

/**
 * Every argument or input field that may name a record: of a Query field as `field.path.to.arg`,
 * of a field of an object type read below Query as `Type.field.path.to.arg`. (Mutation fields
 * are the policy matrix's; Subscription fields stream, and live-updates.test.ts walks their
 * arguments with the same hidden records: TỐI MẬT/Mật and of another tenant.)
 */
function readReferenceArguments(): string[] {
  const found: string[] = []
  const names = (name: string, leaf: string) =>
    leaf === 'ID' ||
    (leaf === 'String' && /(Code|Codes|Id|Ids|Key|Symbol)$|^(code|key|symbol)$/.test(name))
  const walk = (type: GraphQLInputType, name: string, path: string, depth: number) => {
    const named = getNamedType(type)
    if (isInputObjectType(named)) {
      if (depth < 4) {
        for (const field of Object.values(named.getFields()))
          walk(field.type, field.name, `${path}.${field.name}`, depth + 1)
      }
    } else if (names(name, named.name)) found.push(path)
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || type === schema.getMutationType()) continue
    if (type === schema.getSubscriptionType()) continue
    if (!isObjectType(type) && !isInterfaceType(type)) continue
    const prefix = type === schema.getQueryType() ? '' : `${type.name}.`
    for (const [name, field] of Object.entries(type.getFields())) {
      for (const arg of field.args) walk(arg.type, arg.name, `${prefix}${name}.${arg.name}`, 0)
    }
  }
  return found.sort()
}

describe.each(testBackends())('read matrix on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  let fx: ReadFixture
  let otherTenant: GatewayHarness
  let cells = 0

  beforeAll(async () => {
    otherTenant = await gatewayOver({ db: h.db, dispose: async () => {} }, { tenant: OTHER_TENANT })
    fx = await makeFixture(h, otherTenant)
  })
  afterAll(() => {
    console.log(
      `[figures] read matrix on ${backend}: ${cells} cells (a hidden record's answer compared with an absent one's)`,
    )
  })

  it('lists every argument of a field read that names a record, and no more', () => {
    expect(Object.keys(READ_REFERENCES).sort()).toEqual(readReferenceArguments())
  })

  it('hides records that exist: each is read by a reader who may see it', async () => {
    /** The ids the query asks `nodes` for, in its order. */
    const idsOf = (
      records: Pick<ReadFixture['otherTenant'], 'task' | 'directive' | 'report' | 'assessment'>,
    ) => [records.task, records.directive, records.report, records.assessment]
    const read = (g: Pick<GatewayHarness, 'graphql'>, records: ReadFixture['otherTenant']) =>
      g.graphql<any>(
        `query($ids: [ID!]!, $code: String!, $symbol: String!) {
          nodes(ids: $ids) { id } organization(code: $code) { id } directive(symbol: $symbol) { id }
        }`,
        {
          ids: idsOf(records),
          code: records.organizationCode,
          symbol: records.directiveSymbol,
        },
        READERS['ADMIN, TUYET_MAT'],
      )
    const own = await read(h, { ...fx.secret, organization: '', organizationCode: 'SKHCN' })
    expect(own.data.nodes.map((n: any) => n?.id)).toEqual(idsOf(fx.secret))
    expect(own.data.directive.id).toBe(fx.secret.directive)
    const other = await read(otherTenant, fx.otherTenant)
    expect(other.data.nodes.map((n: any) => n?.id)).toEqual(idsOf(fx.otherTenant))
    expect(other.data.organization.id).toBe(fx.otherTenant.organization)
    expect(other.data.directive.id).toBe(fx.otherTenant.directive)
  })

  for (const [argument, reference] of Object.entries(READ_REFERENCES)) {
    it(`${argument} (${reference.kind})`, async () => {
      const ask = async (value: string, as: As) =>
        h.graphql(reference.query, { v: reference.list ? [value] : value }, as)
      const got: Record<string, string> = {}
      const want: Record<string, string> = {}
      for (const [reader, as] of Object.entries(READERS)) {
        const clearance: Secrecy = as?.clearance ?? 'PUBLIC'
        for (const c of hiddenCases(reference.kind, fx)) {
          if (c.secret && canSee(clearance, SECRET)) continue
          const cell = `${c.label} as ${reader}`
          got[cell] = answerNaming(await ask(c.hidden, as), c.hidden)
          want[cell] = answerNaming(await ask(c.absent, as), c.absent)
          cells++
        }
      }
      expect(got).toEqual(want)
    })
  }

  // Last: it adds documents the cells above do not expect.
  it('answers a symbol two communes share as before, when a hidden document shares it too', async () => {
    const asked = `{
      directive(symbol: "15-KH/ĐU", year: 2025) { id }
      tasks(filter: { directiveSymbol: "15-KH/ĐU", directiveYear: 2025 }) { totalCount }
      scorecard(directiveSymbol: "15-KH/ĐU", directiveYear: 2025) { counts { total } }
    }`
    const answers = async () => {
      const all: Record<string, unknown> = {}
      for (const [reader, as] of Object.entries(READERS)) {
        if (!canSee(as?.clearance ?? 'PUBLIC', SECRET)) all[reader] = await h.graphql(asked, {}, as)
      }
      return all
    }
    const before = await answers()
    expect(JSON.stringify(before)).toContain('AMBIGUOUS_DIRECTIVE')
    // The same symbol and year, by a third commune, marked TỐI MẬT; and in the other tenant.
    const create = `mutation($issuer: String!) { createDirective(input: { symbol: "15-KH/ĐU",
      issuerCode: $issuer, issuedOn: "2025-09-01", title: "Kế hoạch", secrecy: ${SECRET} }) {
      __typename } }`
    const hidden = await h.graphql<any>(create, { issuer: 'DU-PHUONG-TAN-THINH' })
    const elsewhere = await otherTenant.graphql<any>(create, { issuer: 'TU' })
    expect([hidden.data, elsewhere.data]).toEqual([
      { createDirective: { __typename: 'CreateDirectivePayload' } },
      { createDirective: { __typename: 'CreateDirectivePayload' } },
    ])
    expect(await answers()).toEqual(before)
    cells += Object.keys(before).length
  })
})

/** The TỐI MẬT records of the example tenant, and the tenant tinh-mau loaded beside it. */
async function makeFixture(h: GatewayHarness, other: GatewayHarness): Promise<ReadFixture> {
  const secret = await secretRecords(h)
  const imported = await other.graphql<any>(
    `mutation($input: ImportBundleInput!) { importBundle(input: $input) {
      __typename ... on Error { code message } } }`,
    { input: { bundle: await readFile(OTHER_BUNDLE, 'utf8'), fileName: 'tinh-mau.yaml' } },
  )
  expect(imported.data?.importBundle, JSON.stringify(imported)).toEqual({
    __typename: 'ImportBundlePayload',
  })
  return { secret, otherTenant: await recordsOf(other, '07-KH/TU#2', 'HOI-TIN-HOC', 'LHH') }
}

/** A document marked TỐI MẬT with a task, a progress report and an assessment. */
async function secretRecords(h: GatewayHarness): Promise<ReadFixture['secret']> {
  const created = await h.graphql<any>(
    `mutation { createDirective(input: { symbol: "88-KH/TU", issuerCode: "BTV-TU",
      issuedOn: "2026-01-05", title: "Kế hoạch tối mật", secrecy: TOI_MAT }) {
      __typename ... on Error { code message } } }`,
  )
  expect(created.data?.createDirective, JSON.stringify(created)).toEqual({
    __typename: 'CreateDirectivePayload',
  })
  const lead = await h.graphql<any>('{ organization(code: "SKHCN") { id } }')
  const plan = await h.graphql<any>('{ directive(symbol: "88-KH/TU") { id } }')
  const task = await h.graphql<any>(
    `mutation($input: CreateTaskInput!) { createTask(input: $input) {
      ... on TaskPayload { task { id } } ... on Error { code message } } }`,
    {
      input: {
        directiveId: plan.data.directive.id,
        reference: '1',
        title: 'Nhiệm vụ tối mật',
        leadId: lead.data.organization.id,
        deadline: 'Quý IV/2026',
      },
    },
  )
  expect(task.data?.createTask?.task, JSON.stringify(task)).toBeDefined()
  const records = await recordsOf(h, '88-KH/TU#1', 'SKHCN', 'SKHCN')
  return {
    task: records.task,
    directive: records.directive,
    directiveSymbol: records.directiveSymbol,
    report: records.report,
    assessment: records.assessment,
  }
}

/**
 * The ids of a document of the gateway's tenant, of one of its tasks (`SYMBOL#REFERENCE`), of a
 * progress report on the task and of an assessment of the document (both made here), and of an
 * organisation.
 */
async function recordsOf(
  g: Pick<GatewayHarness, 'graphql'>,
  taskKey: string,
  organizationCode: string,
  assessedCode: string,
): Promise<ReadFixture['otherTenant']> {
  const [symbol, reference] = taskKey.split('#')
  const r = await g.graphql<any>(
    `query($s: String!, $o: String!, $a: String!) {
      directive(symbol: $s) { id symbol issuer { id } tasks { edges { node { id reference } } } }
      organization(code: $o) { id }
      assessed: organization(code: $a) { id }
    }`,
    { s: symbol, o: organizationCode, a: assessedCode },
  )
  const directive = r.data.directive
  const task = directive.tasks.edges.find((e: any) => e.node.reference === reference).node
  const report = await g.graphql<any>(
    `mutation($input: ReportProgressInput!) { reportProgress(input: $input) {
      ... on ReportProgressPayload { report { id } } ... on Error { code message } } }`,
    { input: { taskId: task.id, percent: 20, narrative: 'Báo cáo tiến độ' } },
  )
  const assessment = await g.graphql<any>(
    `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) {
      ... on RecordAssessmentPayload { assessment { id } } ... on Error { code message } } }`,
    {
      input: {
        kind: 'SELF_ASSESSMENT',
        subject: {
          kind: 'DIRECTIVE_IMPLEMENTATION',
          directiveId: directive.id,
          organizationId: r.data.assessed.id,
        },
        period: { from: '2026-01-01', to: '2026-06-30' },
        assessorId: directive.issuer.id,
        assessedOn: '2026-07-01',
      },
    },
  )
  expect(report.data?.reportProgress?.report, JSON.stringify(report)).toBeDefined()
  expect(assessment.data?.recordAssessment?.assessment, JSON.stringify(assessment)).toBeDefined()
  return {
    organization: r.data.organization.id,
    organizationCode,
    task: task.id,
    directive: directive.id,
    directiveSymbol: directive.symbol,
    report: report.data.reportProgress.report.id,
    assessment: assessment.data.recordAssessment.assessment.id,
  }
}
