import { testBackends } from '@chidao/db/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../src/auth/viewer.js'
import { exampleGatewayForSuite } from './support/gateway-harness.js'

/**
 * Role × operation × ownership, on task II.6 of the example programme: led by SKHCN (a
 * department under UBND-TINH), coordinated by LHH and SNV, in 06-CTr/TU issued by BTV-TU. "allow"
 * means the authorisation
 * passed (the operation may still fail for a domain reason, e.g. completing twice).
 */
type Caller = { roles: Role[]; org: string | null } | null
const CALLERS: Record<string, Caller> = {
  anonymous: null,
  'VIEWER of the lead': { roles: ['VIEWER'], org: 'SKHCN' },
  'REPORTER of the lead': { roles: ['REPORTER'], org: 'SKHCN' },
  'REPORTER of a coordinator': { roles: ['REPORTER'], org: 'LHH' },
  'REPORTER elsewhere': { roles: ['REPORTER'], org: 'STC' },
  'EDITOR above the lead': { roles: ['EDITOR'], org: 'UBND-TINH' },
  'EDITOR elsewhere': { roles: ['EDITOR'], org: 'BTG-TU' },
  ADMIN: { roles: ['ADMIN'], org: null },
}

const OPERATIONS = [
  'reportProgress',
  'updateTask',
  'createTask',
  'pauseTask',
  'createOrganization',
  'importBundle',
] as const
type Operation = (typeof OPERATIONS)[number]
const Y = 'allow'
const N = 'deny'
/** What each caller may do; every other operation is denied. */
const ALLOWED: Record<string, readonly Operation[]> = {
  anonymous: [],
  'VIEWER of the lead': [],
  'REPORTER of the lead': ['reportProgress'],
  'REPORTER of a coordinator': ['reportProgress'],
  'REPORTER elsewhere': [],
  // UBND-TINH holds the lead but not LHH and SNV, and did not issue 06-CTr/TU: it may report for
  // SKHCN and assign a task SKHCN alone leads, but not manage II.6 (the policy's task.manage).
  'EDITOR above the lead': ['reportProgress', 'createTask'],
  'EDITOR elsewhere': [],
  ADMIN: OPERATIONS,
}

describe.each(testBackends())('permission matrix on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  let taskId: string
  let directiveId: string
  let leadId: string
  let n = 0

  beforeAll(async () => {
    const r = await h.graphql<any>(`{
      tasks(filter: { search: "II.6" }) { edges { node { id reference lead { id code } directive { id } } } }
    }`)
    const node = r.data.tasks.edges.find((e: any) => e.node.reference === 'II.6').node
    expect(node.lead.code).toBe('SKHCN')
    taskId = node.id
    directiveId = node.directive.id
    leadId = node.lead.id
  })

  async function version(): Promise<number> {
    const r = await h.graphql<any>(
      `query($id: ID!) { node(id: $id) { ... on Task { version } } }`,
      { id: taskId },
    )
    return r.data.node.version
  }

  async function attempt(op: Operation, caller: Caller): Promise<string> {
    n++
    const run = async (input: Record<string, unknown>) => {
      const type = `${op[0]!.toUpperCase()}${op.slice(1)}Input`
      const r = await h.graphql<any>(
        `mutation($input: ${type}!) { ${op}(input: $input) { __typename ... on Error { code } } }`,
        { input },
        caller,
      )
      const code = r.errors?.[0]?.extensions?.code ?? r.data?.[op]?.code
      return code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? N : Y
    }
    switch (op) {
      case 'reportProgress':
        return run({ taskId, percent: 50, narrative: `Báo cáo ${n}` })
      case 'updateTask':
        return run({ id: taskId, version: await version(), description: `Mô tả ${n}` })
      case 'createTask':
        return run({ directiveId, reference: `IX.${n}`, title: `Nhiệm vụ ${n}`, leadId })
      case 'pauseTask':
        return run({ id: taskId, version: await version() })
      case 'createOrganization':
        return run({ code: `ORG-${n}`, name: `Tổ chức ${n}`, kind: 'OTHER', level: 'PROVINCE' })
      case 'importBundle':
        return run({ bundle: '{}' })
    }
  }

  for (const [who, caller] of Object.entries(CALLERS)) {
    for (const op of OPERATIONS) {
      const expected = ALLOWED[who]!.includes(op) ? Y : N
      it(`${who} may ${expected === Y ? '' : 'not '}${op}`, async () => {
        expect(await attempt(op, caller)).toBe(expected)
      })
    }
  }
})
