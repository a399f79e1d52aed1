/**
 * The authorisation matrix, generated from the schema and the written policy (`@chidao/app`):
 *
 * 1. Outcome cells: every mutation × caller (role × the place of its organisation: the task's
 *    lead, above the lead, a coordinator, the issuer of the document, elsewhere, none) ×
 *    clearance × the secrecy of the record aimed at. Each cell is one request; its answer
 *    (allowed, refused, or answered as absent) must be what the policy decides.
 * 2. Reference cells: every argument of every mutation that names another record (an
 *    organisation, a document, a task, a parent, a key) — found by walking the schema, so that a
 *    new argument fails this test until it is listed below — × caller: a record the caller may
 *    not see must be answered exactly as an absent one (same type, code, English and
 *    Vietnamese message, path).
 *
 * The number of cells is printed as `[figures] policy matrix on <backend>: …`.
 */
import { type Caller, hasRole, maySee, type OrganizationTree, POLICY, type Role } from '@chidao/app'
import { testBackends } from '@chidao/db/testing'
import type { Secrecy } from '@chidao/domain'
import { type GraphQLInputType, getNamedType, isInputObjectType } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schema } from '../src/schema/index.js'
import { exampleGatewayForSuite, type gatewayHarness } from './support/gateway-harness.js'
import { insertMatrixReminders } from './support/matrix-reminders.js'
import {
  type MatrixFixture,
  MUTATION_CASES,
  type MutationCase,
} from './support/policy-matrix-cases.js'
import { REFERENCES, type ReferenceKind } from './support/policy-matrix-references.js'

type Outcome = 'allow' | 'refused' | 'absent'

/** Where the caller's organisation stands: II.6 of 06-CTr/TU is led by SKHCN, LHH and SNV coordinate, BTV-TU issued it. */
const PLACES = {
  lead: 'SKHCN',
  'above the lead': 'UBND-TINH',
  coordinator: 'LHH',
  issuer: 'BTV-TU',
  elsewhere: 'STC',
  'no organisation': null,
} as const
type Place = keyof typeof PLACES

interface MatrixCaller {
  readonly role: Role | 'anonymous'
  readonly place: Place
}
const CALLERS: readonly MatrixCaller[] = [
  { role: 'anonymous', place: 'no organisation' },
  ...(['VIEWER', 'REPORTER', 'EDITOR'] as const).flatMap((role) =>
    (Object.keys(PLACES) as Place[]).map((place) => ({ role, place })),
  ),
  { role: 'ADMIN', place: 'no organisation' },
  { role: 'ADMIN', place: 'elsewhere' },
]
/** The callers the reference cells are asked as (clearance PUBLIC: MẬT records are hidden). */
const REFERENCE_CALLERS: readonly MatrixCaller[] = [
  { role: 'anonymous', place: 'no organisation' },
  { role: 'VIEWER', place: 'lead' },
  { role: 'REPORTER', place: 'lead' },
  { role: 'REPORTER', place: 'elsewhere' },
  { role: 'EDITOR', place: 'lead' },
  { role: 'EDITOR', place: 'issuer' },
  { role: 'EDITOR', place: 'elsewhere' },
  { role: 'ADMIN', place: 'no organisation' },
]
const CLEARANCES: readonly Secrecy[] = ['PUBLIC', 'MAT']
const SECRECIES = ['PUBLIC', 'MAT'] as const

/** The codes a refusal by the policy answers with. */
const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'ORGANIZATION_NOT_ON_TASK'])

function callerOf(c: MatrixCaller, clearance: Secrecy): Caller {
  const authenticated = c.role !== 'anonymous'
  return {
    authenticated,
    subject: authenticated ? 'matrix' : null,
    actor: authenticated ? 'user:matrix' : 'anonymous',
    organizationCode: PLACES[c.place],
    roles: authenticated ? [c.role as Role] : [],
    clearance: authenticated ? clearance : 'PUBLIC',
  }
}

/** The administrative tree of the example programme, as the test reads it from the database. */
async function exampleTree(
  graphql: (q: string) => Promise<{ data?: unknown }>,
): Promise<OrganizationTree> {
  const r = (await graphql(
    '{ organizations(first: 100) { edges { node { code parent { code } } } } }',
  )) as {
    data: {
      organizations: { edges: { node: { code: string; parent: { code: string } | null } }[] }
    }
  }
  const parent = new Map(r.data.organizations.edges.map((e) => [e.node.code, e.node.parent?.code]))
  return {
    async isWithin(code, ancestor) {
      for (let at: string | undefined = code; at; at = parent.get(at))
        if (at === ancestor) return true
      return false
    },
  }
}

/** What the policy says a cell must answer: role first, then visibility, then authority. */
async function expected(
  c: MutationCase,
  caller: Caller,
  secrecy: Secrecy,
  tree: OrganizationTree,
): Promise<Outcome> {
  if (!caller.authenticated || !hasRole(caller, POLICY[c.action].minimumRole)) return 'refused'
  if (c.aimsAtSecret && !maySee(caller, secrecy)) return 'absent'
  if (!(await c.decide(caller, secrecy, tree)).allowed) return 'refused'
  return (await c.absentFor?.(caller, tree)) ? 'absent' : 'allow'
}

/** Every input field of every mutation that may name another record, as `field.path.to.arg`. */
function referenceArguments(): string[] {
  const found: string[] = []
  const walk = (type: GraphQLInputType, path: string, depth: number) => {
    const named = getNamedType(type)
    if (isInputObjectType(named) && depth < 4) {
      for (const field of Object.values(named.getFields())) {
        const leaf = getNamedType(field.type).name
        const at = `${path}.${field.name}`
        if (
          leaf === 'ID' ||
          (leaf === 'String' && /(Code|Codes|Key|Id)$|^(key|symbol)$/.test(field.name))
        ) {
          found.push(at)
        }
        walk(field.type, at, depth + 1)
      }
    }
  }
  for (const [name, field] of Object.entries(schema.getMutationType()!.getFields())) {
    for (const arg of field.args) walk(arg.type, `${name}.${arg.name}`, 0)
  }
  return found.sort()
}

/** Sets `value` at a dotted path inside an input (lists where the schema has a list). */
function withValue(input: Record<string, unknown>, path: string, value: unknown, list: boolean) {
  const copy = structuredClone(input)
  const parts = path.split('.')
  let at: Record<string, unknown> = copy
  for (const part of parts.slice(0, -1)) {
    at[part] = (at[part] as Record<string, unknown> | undefined) ?? {}
    at = at[part] as Record<string, unknown>
  }
  at[parts.at(-1)!] = list ? [value] : value
  return copy
}

describe.each(testBackends())('policy matrix on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  let fx: MatrixFixture
  let tree: OrganizationTree
  let n = 0
  const counts = { outcome: 0, reference: 0 }
  const tokens = new Map<string, string>()

  beforeAll(async () => {
    fx = await makeFixture(h)
    tree = await exampleTree((q) => h.graphql(q))
  })
  afterAll(async () => {
    console.log(
      `[figures] policy matrix on ${backend}: ${counts.outcome} outcome cells, ${counts.reference} reference cells (hidden and absent compared)`,
    )
  })

  async function as(c: MatrixCaller, clearance: Secrecy) {
    if (c.role === 'anonymous') return null
    const key = `${c.role}/${c.place}/${clearance}`
    let token = tokens.get(key)
    if (!token) {
      token = await h.tokenFor({ roles: [c.role], org: PLACES[c.place], clearance, sub: key })
      tokens.set(key, token)
    }
    return { token }
  }

  async function post(
    field: string,
    input: Record<string, unknown>,
    who: { token: string } | null,
  ) {
    const type = `${field[0]!.toUpperCase()}${field.slice(1)}Input`
    return h.graphql<Record<string, any>>(
      `mutation($input: ${type}!) { ${field}(input: $input) {
        __typename ... on Error { code message messageVi path }
        ${field === 'reportProgress' ? '... on ReportProgressPayload { report { narrative } }' : ''}
        ${field === 'correctProgressReport' ? '... on CorrectProgressReportPayload { report { narrative } }' : ''} } }`,
      { input },
      who,
    )
  }

  function classify(field: string, r: { data?: Record<string, any>; errors?: any[] }): Outcome {
    const code = r.errors?.[0]?.extensions?.code ?? r.data?.[field]?.code
    if (REFUSALS.has(code)) return 'refused'
    if (r.data?.[field]?.__typename === 'NotFoundError') return 'absent'
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return 'allow'
  }

  describe('outcome cells: each answer is the policy’s', () => {
    for (const c of CALLERS) {
      for (const clearance of c.role === 'anonymous' ? (['PUBLIC'] as const) : CLEARANCES) {
        it(`${c.role} (${c.place}), clearance ${clearance}`, async () => {
          const who = await as(c, clearance)
          const caller = callerOf(c, clearance)
          const got: Record<string, Outcome> = {}
          const want: Record<string, Outcome> = {}
          for (const secrecy of SECRECIES) {
            for (const m of MUTATION_CASES) {
              const name = `${m.field}${m.label ? ` ${m.label}` : ''} on ${secrecy}`
              const r = await post(m.field, await m.input(fx, secrecy, ++n), who)
              got[name] = classify(m.field, r)
              want[name] = await expected(m, caller, secrecy, tree)
              if (got[name] === 'allow') await m.undo?.(fx, secrecy)
              counts.outcome++
            }
          }
          expect(got).toEqual(want)
        })
      }
    }
  })

  describe('reference cells: a hidden record is answered exactly as an absent one', () => {
    it('lists every argument that names another record, and no more', () => {
      expect(Object.keys(REFERENCES).sort()).toEqual(referenceArguments())
    })

    for (const [argument, reference] of Object.entries(REFERENCES)) {
      if (reference.kind === 'static') continue
      it(`${argument} (${reference.kind})`, async () => {
        const [field, ...rest] = argument.split('.')
        const path = rest.slice(1).join('.')
        for (const c of REFERENCE_CALLERS) {
          const who = await as(c, 'PUBLIC')
          const base = await reference.base(fx, ++n)
          const { absent, hidden } = await reference.values(fx, ++n)
          const absentAnswer = await post(
            field!,
            withValue(base, path, absent, reference.list),
            who,
          )
          if (hidden === undefined) {
            // Organisations are not secret: an absent one is named, to the caller who may write.
            const outcome = classify(field!, absentAnswer)
            expect(outcome, `${argument} as ${c.role} (${c.place})`).not.toBe('allow')
            counts.reference++
            continue
          }
          const hiddenAnswer = await post(
            field!,
            withValue(base, path, hidden, reference.list),
            who,
          )
          expect(answerOf(field!, hiddenAnswer), `${argument} as ${c.role} (${c.place})`).toEqual(
            answerOf(field!, absentAnswer),
          )
          counts.reference++
        }
      })
    }
  })
})

/** What a caller can read from an answer: the union member and its error fields, or the GraphQL errors. */
function answerOf(field: string, r: { data?: Record<string, any>; errors?: any[] }) {
  if (r.errors)
    return { errors: r.errors.map((e) => ({ message: e.message, code: e.extensions?.code })) }
  // A report answered to a key must be the caller's own (its narrative), never another's.
  const { __typename, code, message, messageVi, path, report } = r.data?.[field] ?? {}
  return { __typename, code, message, messageVi, path, narrative: report?.narrative }
}

/** The records of the matrix: the example programme, a MẬT twin of II.6, a spare organisation. */
async function makeFixture(h: Awaited<ReturnType<typeof gatewayHarness>>): Promise<MatrixFixture> {
  const r = await h.graphql<any>(`{
    tasks(filter: { search: "II.6" }) { edges { node { id reference directive { id symbol } } } }
    conclusion: directive(symbol: "93-KL/TW") { id }
    organizations(first: 100) { edges { node { id code } } }
  }`)
  const ii6 = r.data.tasks.edges.find((e: any) => e.node.reference === 'II.6').node
  const org = Object.fromEntries(
    r.data.organizations.edges.map((e: any) => [e.node.code, e.node.id]),
  )
  const mutate = async (field: string, input: Record<string, unknown>, select: string) => {
    const type = `${field[0]!.toUpperCase()}${field.slice(1)}Input`
    const answer = await h.graphql<any>(
      `mutation($input: ${type}!) { ${field}(input: $input) { __typename ${select} ... on Error { code message } } }`,
      { input },
    )
    expect(answer.data?.[field]?.code, JSON.stringify(answer)).toBeUndefined()
    return answer.data[field]
  }
  const secret = await mutate(
    'createDirective',
    {
      symbol: '88-KH/TU',
      issuerCode: 'BTV-TU',
      issuedOn: '2026-01-05',
      title: 'Kế hoạch mật thực hiện Chương trình 06',
      secrecy: 'MAT',
    },
    '... on CreateDirectivePayload { directive { id } }',
  )
  const twin = await mutate(
    'createTask',
    {
      directiveId: secret.directive.id,
      reference: 'II.6',
      title: 'Nhiệm vụ mật',
      leadId: org.SKHCN,
      coordinatorIds: [org.LHH, org.SNV],
      deadline: 'Quý III/2027',
    },
    '... on TaskPayload { task { id } }',
  )
  const reports = await Promise.all(
    [ii6.id, twin.task.id].map((taskId) =>
      mutate(
        'reportProgress',
        { taskId, organizationId: org.SKHCN, percent: 10, narrative: 'Báo cáo để đính chính' },
        '... on ReportProgressPayload { report { id } }',
      ),
    ),
  )
  const spare = await mutate(
    'createOrganization',
    { code: 'DU-PHONG', name: 'Tổ chức dự phòng', kind: 'OTHER', level: 'PROVINCE' },
    '... on CreateOrganizationPayload { organization { id } }',
  )
  const reminders = await insertMatrixReminders(h.db, h.tenant, {
    skhcn: org.SKHCN,
    task: { PUBLIC: ii6.id, MAT: twin.task.id },
  })
  return {
    ...reminders,
    task: { PUBLIC: ii6.id, MAT: twin.task.id },
    directive: { PUBLIC: ii6.directive.id, MAT: secret.directive.id },
    report: { PUBLIC: reports[0].report.id, MAT: reports[1].report.id },
    conclusion: r.data.conclusion.id,
    org,
    spareOrganization: spare.organization.id,
    mutate,
    async read(query: string, variables?: Record<string, unknown>) {
      const r = await h.graphql<any>(query, variables)
      if (r.errors) throw new Error(JSON.stringify(r.errors))
      return r.data
    },
    async version(id: string) {
      const v = await h.graphql<any>(
        'query($id: ID!) { node(id: $id) { ... on Task { version } ... on Organization { version } ... on Directive { version } } }',
        { id },
      )
      return v.data.node.version
    },
  }
}

export type { ReferenceKind }
