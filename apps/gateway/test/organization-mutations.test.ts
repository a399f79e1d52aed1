import { testBackends } from '@chidao/db/testing'
import { validateNewOrganization } from '@chidao/domain'
import { encodeGlobalID } from '@pothos/plugin-relay'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gatewayHarness, TEST_TENANT } from './support/gateway-harness.js'
import { expectTypedError } from './support/typed-error-shape.js'

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      __typename
      ... on UpdateOrganizationPayload {
        organization { code name shortName level version parent { code } ancestors { code } }
      }
      ... on Error { code message messageVi path }
    }
  }
`

const DISSOLVE = /* GraphQL */ `
  mutation Dissolve($input: DissolveOrganizationInput!) {
    dissolveOrganization(input: $input) {
      __typename
      ... on DissolveOrganizationPayload {
        organization { code dissolvedOn version successor { code } }
      }
      ... on Error { code message messageVi path }
    }
  }
`

type Result = Record<string, any>

describe.each(testBackends())('organisation mutations through GraphQL on %s', (backend) => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  const id: Record<string, string> = {}

  async function update(input: Record<string, unknown>, as?: Parameters<typeof h.graphql>[2]) {
    const r = await h.graphql<{ updateOrganization: Result }>(UPDATE, { input }, as)
    expect(r.errors).toBeUndefined()
    return r.data!.updateOrganization
  }
  async function dissolve(input: Record<string, unknown>, as?: Parameters<typeof h.graphql>[2]) {
    const r = await h.graphql<{ dissolveOrganization: Result }>(DISSOLVE, { input }, as)
    expect(r.errors).toBeUndefined()
    return r.data!.dissolveOrganization
  }

  beforeAll(async () => {
    h = await gatewayHarness(backend)
    const orgs = h.db.forTenant(TEST_TENANT).organizations
    for (const [code, parentCode, foundedOn] of [
      ['TU', null, '1945-01-01'],
      ['BTV', 'TU', null],
      ['BTG', 'BTV', '1950-01-01'],
      ['BDV', 'BTV', '1950-01-01'],
      ['XA', null, null],
    ] as const) {
      const v = validateNewOrganization(
        {
          code,
          name: `Cơ quan ${code}`,
          kind: 'PARTY_ADVISORY_BOARD',
          level: code === 'XA' ? 'COMMUNE' : 'PROVINCE',
          parentCode,
          foundedOn,
        },
        { today: '2026-01-01' },
      )
      if (!v.ok) throw new Error(v.error.message)
      const r = await orgs.create(v.value, { actor: 'test' })
      if (!r.ok) throw new Error(r.error.message)
      id[code] = encodeGlobalID('Organization', r.value.id)
    }
  })
  afterAll(() => h?.dispose())

  it('updates an organisation, returning the new version and its ancestors', async () => {
    const r = await update({
      id: id.BTG,
      version: 1,
      name: 'Ban Tuyên giáo và Dân vận',
      shortName: 'BTGDV',
    })
    expect(r).toMatchObject({
      __typename: 'UpdateOrganizationPayload',
      organization: {
        code: 'BTG',
        name: 'Ban Tuyên giáo và Dân vận',
        shortName: 'BTGDV',
        version: 2,
        parent: { code: 'BTV' },
        ancestors: [{ code: 'BTV' }, { code: 'TU' }],
      },
    })
    const cleared = await update({ id: id.BTG, version: 2, shortName: null })
    expect(cleared.organization).toMatchObject({ shortName: null, version: 3 })
  })

  it('refuses a stale version with ConflictError CONFLICT and changes nothing', async () => {
    const stale = await update({ id: id.BTG, version: 1, name: 'Ghi đè' })
    expectTypedError(stale, 'ConflictError', 'CONFLICT', ['input', 'version'])
    expect(stale.message).toContain('version 3')
    expect(stale.messageVi).toContain('phiên bản hiện tại là 3')
    const read = await h.graphql<{ organization: Result }>(
      `{ organization(code: "BTG") { name version } }`,
    )
    expect(read.data!.organization).toEqual({ name: 'Ban Tuyên giáo và Dân vận', version: 3 })
  })

  it('moves a body, and refuses a move under itself or below it', async () => {
    const moved = await update({ id: id.BDV, version: 1, parentCode: 'btg' })
    expect(moved.organization).toMatchObject({
      parent: { code: 'BTG' },
      ancestors: [{ code: 'BTG' }, { code: 'BTV' }, { code: 'TU' }],
      version: 2,
    })
    const cycle = await update({ id: id.TU, version: 1, parentCode: 'BDV' })
    expectTypedError(cycle, 'ValidationError', 'CYCLE_IN_HIERARCHY', ['input', 'parentCode'])
    expect(cycle.message).toContain('TU → BDV → BTG → BTV → TU')
    const lower = await update({ id: id.BDV, version: 2, parentCode: 'XA' })
    expect(lower).toMatchObject({ code: 'INVALID_PARENT_LEVEL', path: ['input', 'parentCode'] })
    const missing = await update({ id: id.BDV, version: 2, parentCode: 'KHONG-CO' })
    expectTypedError(missing, 'NotFoundError', 'PARENT_NOT_FOUND', ['input', 'parentCode'])
    const blank = await update({ id: id.BDV, version: 2, name: ' ' })
    expect(blank).toMatchObject({ code: 'REQUIRED', path: ['input', 'name'] })
    const noSuch = await update({ id: encodeGlobalID('Task', id.BDV!), version: 1, name: 'X' })
    expectTypedError(noSuch, 'NotFoundError', 'ORGANIZATION_NOT_FOUND', ['input', 'id'])
  })

  it('dissolves an organisation with its successor, by the domain rules', async () => {
    const early = await dissolve({ id: id.BDV, version: 2, on: '1940-01-01' })
    expectTypedError(early, 'ValidationError', 'DISSOLVED_BEFORE_FOUNDED', ['input', 'on'])
    const self = await dissolve({ id: id.BDV, version: 2, on: '2025-03-01', successorCode: 'BDV' })
    expect(self).toMatchObject({ code: 'SUCCESSOR_IS_SELF', path: ['input', 'successorCode'] })
    const nobody = await dissolve({ id: id.BDV, version: 2, on: '2025-03-01', successorCode: 'X' })
    expectTypedError(nobody, 'NotFoundError', 'SUCCESSOR_NOT_FOUND', ['input', 'successorCode'])
    const stale = await dissolve({ id: id.BDV, version: 1, on: '2025-03-01' })
    expectTypedError(stale, 'ConflictError', 'CONFLICT')
    const done = await dissolve({ id: id.BDV, version: 2, on: '2025-03-01', successorCode: 'BTG' })
    expect(done).toMatchObject({
      __typename: 'DissolveOrganizationPayload',
      organization: {
        code: 'BDV',
        dissolvedOn: '2025-03-01',
        successor: { code: 'BTG' },
        version: 3,
      },
    })
    const again = await dissolve({ id: id.BDV, version: 3, on: '2025-04-01' })
    expect(again).toMatchObject({ code: 'ORGANIZATION_ALREADY_DISSOLVED', path: ['input', 'on'] })
  })

  it('lets only ADMIN change organisations; refusals come back typed and change nothing', async () => {
    for (const roles of [['EDITOR'], ['VIEWER'], ['REPORTER']] as const) {
      const r = await update({ id: id.TU, version: 1, name: 'Chiếm' }, { roles: [...roles] })
      expectTypedError(r, 'ForbiddenError', 'FORBIDDEN')
      const d = await dissolve({ id: id.TU, version: 1, on: '2025-01-01' }, { roles: [...roles] })
      expectTypedError(d, 'ForbiddenError', 'FORBIDDEN')
    }
    const anonymous = await h.graphql<{ updateOrganization: Result }>(
      UPDATE,
      { input: { id: id.TU, version: 1, name: 'Chiếm' } },
      null,
    )
    const refusal = anonymous.data?.updateOrganization ?? anonymous.errors?.[0]?.extensions
    expect(refusal).toMatchObject({ code: 'UNAUTHENTICATED' })
    const read = await h.graphql<{ organization: Result }>(
      `{ organization(code: "TU") { name version } }`,
    )
    expect(read.data!.organization).toEqual({ name: 'Cơ quan TU', version: 1 })
  })

  it('loads ancestors of a whole list at once', async () => {
    const r = await h.graphql<{ organizations: Result }>(
      `{ organizations(first: 10) { edges { node { code ancestors { code } } } } }`,
    )
    expect(r.errors).toBeUndefined()
    const byCode = Object.fromEntries(
      r.data!.organizations.edges.map((e: Result) => [
        e.node.code,
        e.node.ancestors.map((a: Result) => a.code),
      ]),
    )
    expect(byCode).toEqual({
      BDV: ['BTG', 'BTV', 'TU'],
      BTG: ['BTV', 'TU'],
      BTV: ['TU'],
      TU: [],
      XA: [],
    })
  })
})
