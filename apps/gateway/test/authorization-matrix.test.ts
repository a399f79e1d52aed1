/**
 * What no token may do, and what no API may touch: tokens expired, not yet valid, wrongly signed,
 * unsigned (`alg: none`), tampered with or for another tenant are refused with 401 on every
 * operation; and no part of the schema reaches the audit log, which no mutation changes.
 *
 * Who may do what with a valid token is the policy matrix (`policy-matrix.test.ts`), generated
 * from the schema and the written policy of `@chidao/app`.
 */
import { testBackends } from '@chidao/db/testing'
import type { Secrecy } from '@chidao/domain'
import { type GraphQLType, getNamedType, isInputObjectType, isObjectType } from 'graphql'
import { SignJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { schema } from '../src/schema/index.js'
import { createdSecretTask } from './support/created-records.js'
import { exampleGatewayForSuite, TEST_JWT_SECRET, TEST_TENANT } from './support/gateway-harness.js'

type Operation =
  | 'read'
  | 'reportProgress'
  | 'updateTask'
  | 'pauseTask'
  | 'createTask'
  | 'createOrganization'
  | 'importBundle'
const OPERATIONS: readonly Operation[] = [
  'read',
  'reportProgress',
  'updateTask',
  'pauseTask',
  'createTask',
  'createOrganization',
  'importBundle',
]

type Outcome = 'allow' | 'refused' | 'hidden'

describe.each(testBackends())('authorisation matrix on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  const task: Record<Secrecy, { id: string; directiveId: string }> = {} as never
  let leadId: string
  let n = 0

  beforeAll(async () => {
    const r = await h.graphql<any>(`{
      tasks(filter: { search: "II.6" }) { edges { node { id reference lead { id code } directive { id secrecy } } } }
      lhh: organization(code: "LHH") { id }
    }`)
    const node = r.data.tasks.edges.find((e: any) => e.node.reference === 'II.6').node
    expect(node.lead.code).toBe('SKHCN')
    expect(node.directive.secrecy).toBe('PUBLIC')
    leadId = node.lead.id
    task.PUBLIC = { id: node.id, directiveId: node.directive.id }
    // The same task in a document marked MẬT.
    const secret = await createdSecretTask(h, {
      symbol: '77/KH-UBND',
      issuedOn: '2026-01-15',
      leadId,
      coordinatorIds: [r.data.lhh.id],
    })
    task.MAT = { id: secret.taskId, directiveId: secret.directiveId }
  })

  async function version(id: string): Promise<number> {
    const r = await h.graphql<any>(
      `query($id: ID!) { node(id: $id) { ... on Task { version } } }`,
      {
        id,
      },
    )
    return r.data.node.version
  }

  async function attempt(
    op: Operation,
    target: { id: string; directiveId: string },
    as: { token: string } | null,
  ): Promise<Outcome> {
    n++
    if (op === 'read') {
      const r = await h.graphql<any>(
        `query($id: ID!) { node(id: $id) { id } }`,
        { id: target.id },
        as,
      )
      const code = r.errors?.[0]?.extensions?.code
      if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return 'refused'
      expect(r.errors).toBeUndefined()
      return r.data.node ? 'allow' : 'hidden'
    }
    const inputs: Record<Exclude<Operation, 'read'>, () => Promise<Record<string, unknown>>> = {
      reportProgress: async () => ({ taskId: target.id, percent: 50, narrative: `Báo cáo ${n}` }),
      updateTask: async () => ({
        id: target.id,
        version: await version(target.id),
        description: `Mô tả ${n}`,
      }),
      pauseTask: async () => ({ id: target.id, version: await version(target.id) }),
      createTask: async () => ({
        directiveId: target.directiveId,
        reference: `IX.${n}`,
        title: `Nhiệm vụ ${n}`,
        leadId,
      }),
      createOrganization: async () => ({
        code: `ORG-${n}`,
        name: `Tổ chức ${n}`,
        kind: 'OTHER',
        level: 'PROVINCE',
      }),
      importBundle: async () => ({ bundle: '{}' }),
    }
    const type = `${op[0]!.toUpperCase()}${op.slice(1)}Input`
    const r = await h.graphql<any>(
      `mutation($input: ${type}!) { ${op}(input: $input) { __typename ... on Error { code } } }`,
      { input: await inputs[op]() },
      as,
    )
    const code = r.errors?.[0]?.extensions?.code ?? r.data?.[op]?.code
    const typename = r.data?.[op]?.__typename
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return 'refused'
    if (typename === 'NotFoundError') return 'hidden'
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return 'allow'
  }

  describe('tokens that must be refused on every operation', () => {
    const secret = new TextEncoder().encode(TEST_JWT_SECRET)
    const claims = { tenant: TEST_TENANT, roles: ['ADMIN'], clearance: 'TUYET_MAT' }
    const now = () => Math.floor(Date.now() / 1000)
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
    /** An admin's token for subject `x`, signed HS256: each case sets its own times and key. */
    const adminToken = () =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('x')
    const bad: [string, string, () => Promise<string>][] = [
      [
        'expired (beyond the 30 s tolerance)',
        'TOKEN_EXPIRED',
        () =>
          adminToken()
            .setIssuedAt(now() - 7200)
            .setExpirationTime(now() - 3600)
            .sign(secret),
      ],
      [
        'not yet valid (nbf in an hour)',
        'TOKEN_NOT_YET_VALID',
        () =>
          adminToken()
            .setNotBefore(now() + 3600)
            .setExpirationTime(now() + 7200)
            .sign(secret),
      ],
      [
        'wrongly signed',
        'BAD_SIGNATURE',
        () =>
          adminToken()
            .setExpirationTime(now() + 600)
            .sign(new TextEncoder().encode('another-secret-that-is-at-least-32-bytes-long')),
      ],
      [
        'unsigned (alg none)',
        'UNSUPPORTED_ALGORITHM',
        async () =>
          `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, sub: 'x', exp: now() + 600 })}.`,
      ],
      [
        'signed, then the payload changed',
        'BAD_SIGNATURE',
        async () => {
          const good = await new SignJWT({ ...claims, clearance: 'PUBLIC', roles: ['VIEWER'] })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('x')
            .setExpirationTime(now() + 600)
            .sign(secret)
          const [header, , signature] = good.split('.')
          return `${header}.${b64({ ...claims, sub: 'x', exp: now() + 600 })}.${signature}`
        },
      ],
      [
        'for another tenant',
        'WRONG_TENANT',
        () =>
          new SignJWT({ ...claims, tenant: 'tinh-khac' })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('x')
            .setExpirationTime(now() + 600)
            .sign(secret),
      ],
    ]
    for (const [name, reason, make] of bad) {
      it(`refuses a token ${name} (${reason}) on every operation, with 401`, async () => {
        const token = await make()
        for (const op of OPERATIONS) {
          expect(await attempt(op, task.PUBLIC, { token }), op).toBe('refused')
        }
        const response = await h.post('{ organizations { totalCount } }', undefined, { token })
        expect(response.status).toBe(401)
        expect((await response.json()).errors[0].extensions).toEqual({
          code: 'UNAUTHENTICATED',
          messageVi: expect.stringMatching(/^Mã xác thực|^Chữ ký|^Trường/),
          reason,
        })
      })
    }
  })

  describe('the audit log', () => {
    it('is exposed by no mutation, no input type and no output field', () => {
      const names: string[] = []
      for (const type of Object.values(schema.getTypeMap())) {
        if (type.name.startsWith('__')) continue
        if (/audit/i.test(type.name)) names.push(type.name)
        if (isObjectType(type) || isInputObjectType(type)) {
          for (const field of Object.values(type.getFields())) {
            if (
              /audit/i.test(field.name) ||
              /audit/i.test(String(getNamedType(field.type as GraphQLType)))
            ) {
              names.push(`${type.name}.${field.name}`)
            }
          }
        }
      }
      expect(names).toEqual([])
    })

    it('keeps every earlier event unchanged whatever mutations run', async () => {
      const events = () =>
        h.db.kysely
          .selectFrom('audit_event')
          .selectAll()
          .orderBy('id')
          .execute()
          .then((rows) => rows.map((r) => JSON.stringify(r)))
      const before = await events()
      expect(before.length).toBeGreaterThan(0)
      for (const op of OPERATIONS)
        await attempt(op, task.PUBLIC, {
          token: await h.tokenFor({ roles: ['ADMIN'], clearance: 'TUYET_MAT' }),
        })
      const after = await events()
      expect(after.length).toBeGreaterThan(before.length)
      expect(after.filter((e) => before.includes(e))).toEqual(before)
    })
  })
})
