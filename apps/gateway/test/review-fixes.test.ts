import { testBackends } from '@chidao/db/testing'
import { describe, expect, it } from 'vitest'
import { exampleGatewayForSuite } from './support/gateway-harness.js'

const RESULT = (payload: string) =>
  `__typename ... on Error { code message messageVi path } ${payload}`

describe.each(testBackends())('fixes from the review through GraphQL on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)

  const create = (input: Record<string, unknown>) =>
    h.graphql<{ createDirective: any }>(
      `mutation($input: CreateDirectiveInput!) { createDirective(input: $input) { ${RESULT(
        `... on CreateDirectivePayload { directive { symbol kind } notices { code message messageVi path } }`,
      )} } }`,
      { input },
    )

  it('records the Party regulation 366-QĐ/TW as a Quy định', async () => {
    const r = await create({
      symbol: '366-QĐ/TW',
      kind: 'REGULATION',
      issuerCode: 'BCT',
      issuedOn: '2025-08-30',
      title:
        'Quy định về việc kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị',
    })
    expect(r.errors).toBeUndefined()
    expect(r.data!.createDirective, JSON.stringify(r.data)).toMatchObject({
      __typename: 'CreateDirectivePayload',
      directive: { symbol: '366-QĐ/TW', kind: 'REGULATION' },
      notices: [],
    })
    const byWords = await create({
      symbol: '367-QĐ/TW',
      issuerCode: 'BCT',
      issuedOn: '2025-08-30',
      title: 'Quy định về chức năng, nhiệm vụ của cơ quan tham mưu',
    })
    expect(byWords.data!.createDirective.directive).toMatchObject({ kind: 'REGULATION' })
  })

  it('records a document whose issuer contradicts its symbol, with a warning naming both', async () => {
    const r = await create({
      symbol: '94-KL/TW',
      issuerCode: 'UBND-TINH',
      issuedOn: '2021-01-10',
      title: 'Kết luận về một việc',
    })
    expect(r.data!.createDirective.__typename, JSON.stringify(r.data)).toBe(
      'CreateDirectivePayload',
    )
    const [notice, ...more] = r.data!.createDirective.notices
    expect(more).toEqual([])
    expect(notice).toMatchObject({
      code: 'ISSUER_CONTRADICTS_SYMBOL',
      path: ['input', 'issuerCode'],
    })
    for (const text of [notice.message, notice.messageVi]) {
      expect(text).toContain('94-KL/TW')
      expect(text).toContain('UBND-TINH')
    }
  })

  it('tells two communes’ plans 15-KH/ĐU of 2025 apart by issuer, and refuses to pick', async () => {
    const r = await h.graphql<any>(`{
      binhAn: directive(symbol: "15-KH/ĐU", issuerCode: "DU-XA-BINH-AN") { symbol issuer { code } tasks { totalCount } }
      anThanh: directive(symbol: "15-kh/đu", year: 2025, issuerCode: "du-xa-an-thanh") { symbol issuer { code } }
      unseen: directive(symbol: "15-KH/ĐU", issuerCode: "KHONG-CO") { symbol }
    }`)
    expect(r.errors).toBeUndefined()
    expect(r.data.binhAn).toMatchObject({ symbol: '15-KH/ĐU', issuer: { code: 'DU-XA-BINH-AN' } })
    expect(r.data.binhAn.tasks.totalCount).toBe(2)
    expect(r.data.anThanh).toMatchObject({ issuer: { code: 'DU-XA-AN-THANH' } })
    expect(r.data.unseen).toBeNull()
    const byId = await h.graphql<any>(`{ organization(code: "DU-XA-AN-THANH") { id } }`)
    const withId = await h.graphql<any>(
      `query($id: ID) { directive(symbol: "15-KH/ĐU", issuerId: $id) { issuer { code } } }`,
      { id: byId.data.organization.id },
    )
    expect(withId.data.directive).toMatchObject({ issuer: { code: 'DU-XA-AN-THANH' } })
    const ambiguous = await h.graphql<any>(`{ directive(symbol: "15-KH/ĐU") { symbol } }`)
    expect(ambiguous.data?.directive ?? null).toBeNull()
    const [error] = ambiguous.errors ?? []
    expect(error?.extensions).toMatchObject({ code: 'AMBIGUOUS_DIRECTIVE', path: ['symbol'] })
    expect(error?.message).toContain('DU-XA-BINH-AN')
    expect(error?.message).toContain('DU-XA-AN-THANH')
    expect(String(error?.extensions?.messageVi)).toContain('DU-XA-AN-THANH')
  })
})

describe.each(testBackends())(
  'dissolving into several successors through GraphQL on %s',
  (backend) => {
    const h = exampleGatewayForSuite(backend)
    const DISSOLVE = `mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) {
    __typename ... on Error { code message messageVi path }
    ... on DissolveOrganizationPayload { organization { dissolvedOn successor { code } successors { code } } }
  } }`

    it('names every successor; the example district shows its two communes', async () => {
      const district = await h.graphql<any>(
        `{ organization(code: "HU-AN-PHU") { successor { code } successors { code } } }`,
      )
      expect(district.data.organization).toEqual({
        successor: { code: 'DU-XA-BINH-AN' },
        successors: [{ code: 'DU-XA-BINH-AN' }, { code: 'DU-XA-AN-THANH' }],
      })
      const created = await h.graphql<any>(
        `mutation { createOrganization(input: { code: "BAN-TAM", name: "Ban tạm thời", kind: OTHER, level: PROVINCE, foundedOn: "2020-01-01" }) {
        __typename ... on CreateOrganizationPayload { organization { id version } } ... on Error { code message } } }`,
      )
      const org = created.data.createOrganization.organization
      expect(org, JSON.stringify(created)).toBeTruthy()
      const unknown = await h.graphql<any>(DISSOLVE, {
        input: {
          id: org.id,
          version: org.version,
          on: '2026-01-01',
          successorCodes: ['LHH', 'KHONG-CO'],
        },
      })
      expect(unknown.data.dissolveOrganization).toMatchObject({
        __typename: 'NotFoundError',
        code: 'SUCCESSOR_NOT_FOUND',
        path: ['input', 'successorCodes', '1'],
      })
      const r = await h.graphql<any>(DISSOLVE, {
        input: {
          id: org.id,
          version: org.version,
          on: '2026-01-01',
          successorCodes: ['LHH', 'SKHCN'],
        },
      })
      expect(r.data.dissolveOrganization, JSON.stringify(r)).toMatchObject({
        organization: {
          dissolvedOn: '2026-01-01',
          successor: { code: 'LHH' },
          successors: [{ code: 'LHH' }, { code: 'SKHCN' }],
        },
      })
    })
  },
)
