import { testBackends } from '@chidao/db/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { createdDirectiveId } from './support/created-records.js'
import { exampleGatewayForSuite } from './support/gateway-harness.js'

// The example holds two communes' plans 15-KH/ĐU of 2025 (Bình An's and An Thạnh's).
const TEXT =
  'Thực hiện Kế hoạch số 15-KH/ĐU ngày 10/9/2025 của Đảng ủy xã Bình An và Kế hoạch số 15-KH/ĐU năm 2025.'
const QUERY = `query($text: String!) { extractCitations(text: $text) {
  symbol issuer match directive { issuedOn issuer { code } } candidates { issuer { code } } } }`

const codes = (candidates: readonly { issuer: { code: string } }[]) =>
  candidates.map((c) => c.issuer.code).sort()

describe.each(testBackends())('ambiguous citations through GraphQL on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  /** The citations of the text, as a viewer of the province with that clearance reads them. */
  const citationsReadBy = (clearance: 'PUBLIC' | 'MAT') =>
    h.graphql<{ extractCitations: any[] }>(QUERY, { text: TEXT }, { roles: ['VIEWER'], clearance })

  beforeAll(async () => {
    // A third commune's plan of that number and year, secret (Mật).
    await createdDirectiveId(h, {
      symbol: '15-KH/ĐU',
      issuerCode: 'DU-PHUONG-TAN-THINH',
      issuedOn: '2025-10-02',
      title: 'Kế hoạch mật của Đảng ủy phường Tân Thịnh',
      secrecy: 'MAT',
    })
  })

  it('names the document when the citation names its issuer, and picks none when it does not', async () => {
    const r = await citationsReadBy('PUBLIC')
    expect(r.errors).toBeUndefined()
    const [named, bare] = r.data!.extractCitations
    expect(named).toMatchObject({
      symbol: '15-KH/ĐU',
      issuer: 'Đảng ủy xã Bình An',
      match: 'FOUND',
      directive: { issuedOn: '2025-09-10', issuer: { code: 'DU-XA-BINH-AN' } },
      candidates: [{ issuer: { code: 'DU-XA-BINH-AN' } }],
    })
    expect(bare).toMatchObject({ symbol: '15-KH/ĐU', match: 'AMBIGUOUS_CITATION', directive: null })
    // The secret plan is as absent to a caller not cleared for it.
    expect(codes(bare.candidates)).toEqual(['DU-XA-AN-THANH', 'DU-XA-BINH-AN'])
  })

  it('lists a secret candidate only to a caller cleared for it', async () => {
    const r = await citationsReadBy('MAT')
    const [named, bare] = r.data!.extractCitations
    expect(named.match).toBe('FOUND')
    expect(bare.match).toBe('AMBIGUOUS_CITATION')
    expect(codes(bare.candidates)).toEqual([
      'DU-PHUONG-TAN-THINH',
      'DU-XA-AN-THANH',
      'DU-XA-BINH-AN',
    ])
  })

  it('answers NOT_FOUND with no candidates for a document nobody stored', async () => {
    const r = await h.graphql<{ extractCitations: any[] }>(QUERY, {
      text: 'Theo Kế hoạch số 99-KH/ĐU năm 2025',
    })
    expect(r.data!.extractCitations[0]).toMatchObject({
      match: 'NOT_FOUND',
      directive: null,
      candidates: [],
    })
  })
})
