import { testBackends } from '@chidao/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gatewayHarness } from './support/gateway-harness.js'
import { expectTypedError } from './support/typed-error-shape.js'

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      __typename
      ... on CreateOrganizationPayload { organization { id code name kind level version parent { code } } }
      ... on Error { code message messageVi path }
    }
  }
`

describe.each(testBackends())('organisations through GraphQL on %s', (backend) => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  beforeAll(async () => {
    h = await gatewayHarness(backend)
  })
  afterAll(() => h?.dispose())

  it('creates an organisation and reads it back by code and by global id', async () => {
    const created = await h.graphql<{ createOrganization: Record<string, any> }>(CREATE, {
      input: { code: 'tu', name: 'Tỉnh ủy', kind: 'PARTY_COMMITTEE', level: 'PROVINCE' },
    })
    expect(created.errors).toBeUndefined()
    const org = created.data!.createOrganization.organization
    expect(org).toMatchObject({ code: 'TU', name: 'Tỉnh ủy', version: 1, parent: null })
    expect(org.id).not.toContain('-') // opaque global id, not the raw UUID

    const child = await h.graphql<{ createOrganization: Record<string, any> }>(CREATE, {
      input: {
        code: 'BTG',
        name: 'Ban Tuye\u0302n gia\u0301o Ti\u0309nh u\u0309y', // decomposed: stored as NFC
        kind: 'PARTY_ADVISORY_BOARD',
        level: 'PROVINCE',
        parentCode: 'TU',
      },
    })
    expect(child.data!.createOrganization.organization).toMatchObject({
      name: 'Ban Tuyên giáo Tỉnh ủy',
      parent: { code: 'TU' },
    })

    const byCode = await h.graphql<{ organization: any }>(
      `{ organization(code: "btg") { code name kindLabel { vi en } parent { code } } }`,
    )
    expect(byCode.data!.organization).toMatchObject({
      code: 'BTG',
      kindLabel: { vi: 'Cơ quan tham mưu, giúp việc cấp ủy' },
    })
    const byId = await h.graphql<{ organization: any; node: any }>(
      `query($id: ID!) { organization(id: $id) { code } node(id: $id) { ... on Organization { code } } }`,
      { id: org.id },
    )
    expect(byId.errors).toBeUndefined()
    expect(byId.data).toEqual({ organization: { code: 'TU' }, node: { code: 'TU' } })
    const missing = await h.graphql<{ organization: any }>(
      `{ organization(id: "bm90LWFuLWlk") { code } }`,
    )
    expect(missing.data!.organization).toBeNull()
  })

  it('returns typed errors that name the field, in English and Vietnamese', async () => {
    const taken = await h.graphql<{ createOrganization: any }>(CREATE, {
      input: { code: 'TU', name: 'Trùng', kind: 'OTHER', level: 'PROVINCE' },
    })
    expectTypedError(taken.data!.createOrganization, 'ConflictError', 'ORGANIZATION_CODE_TAKEN', [
      'input',
      'code',
    ])
    const district = await h.graphql<{ createOrganization: any }>(CREATE, {
      input: { code: 'HU-1', name: 'Huyện ủy', kind: 'PARTY_COMMITTEE', level: 'DISTRICT' },
    })
    expectTypedError(
      district.data!.createOrganization,
      'ValidationError',
      'DISTRICT_LEVEL_ABOLISHED',
      ['input', 'level'],
    )
    expect(district.data!.createOrganization.messageVi).toContain('Cấp huyện')
    const orphan = await h.graphql<{ createOrganization: any }>(CREATE, {
      input: { code: 'X', name: 'X', kind: 'OTHER', level: 'PROVINCE', parentCode: 'NOPE' },
    })
    expectTypedError(orphan.data!.createOrganization, 'NotFoundError', 'PARENT_NOT_FOUND')
    const badDate = await h.graphql(CREATE, {
      input: { code: 'Y', name: 'Y', kind: 'OTHER', level: 'PROVINCE', foundedOn: '2021-02-29' },
    })
    expect(badDate.errors?.[0]?.message).toContain('YYYY-MM-DD')
  })

  it('pages through organisations with totalCount and stable cursors', async () => {
    for (let i = 0; i < 5; i++) {
      await h.graphql(CREATE, {
        input: {
          code: `HOI-${i}`,
          name: `Hội ${i}`,
          kind: 'MEMBER_ASSOCIATION',
          level: 'PROVINCE',
        },
      })
    }
    const q = `query($after: String) { organizations(first: 3, after: $after, filter: { kind: [MEMBER_ASSOCIATION] }) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } } }`
    const p1 = await h.graphql<{ organizations: any }>(q)
    expect(p1.data!.organizations.totalCount).toBe(5)
    expect(p1.data!.organizations.pageInfo.hasNextPage).toBe(true)
    const p2 = await h.graphql<{ organizations: any }>(q, {
      after: p1.data!.organizations.pageInfo.endCursor,
    })
    const codes = [...p1.data!.organizations.edges, ...p2.data!.organizations.edges].map(
      (e: any) => e.node.code,
    )
    expect(codes).toEqual(['HOI-0', 'HOI-1', 'HOI-2', 'HOI-3', 'HOI-4'])
    expect(p2.data!.organizations.pageInfo.hasNextPage).toBe(false)
    const children = await h.graphql<{ organization: any }>(
      `{ organization(code: "TU") { children { totalCount edges { node { code } } } } }`,
    )
    expect(children.data!.organization.children).toEqual({
      totalCount: 1,
      edges: [{ node: { code: 'BTG' } }],
    })
  })
})
