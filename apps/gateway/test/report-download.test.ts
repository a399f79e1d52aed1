import { testBackends } from '@chidao/db/testing'
import { TIMELINESS_LABELS } from '@chidao/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  exampleGatewayForSuite,
  gatewayHarness,
  type TestIdentity,
} from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'
import { expectQueryError } from './support/query-error-shape.js'

const SO_KET = 'kind=INTERIM_REVIEW&from=2021-03-15&to=2024-03-31'
const VIEWER: TestIdentity = { roles: ['VIEWER'], clearance: 'PUBLIC' }

type Card = Record<string, any>

describe.each(testBackends())('GET /reports/<directive> over HTTP on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  let http: Listening
  let adminToken: string

  beforeAll(async () => {
    http = await listen(h.yoga)
    adminToken = await h.tokenFor({ roles: ['ADMIN'], clearance: 'TUYET_MAT', sub: 'admin' })
  })
  afterAll(async () => {
    await http?.stop()
  })

  async function get(path: string, identity: TestIdentity | string | null = adminToken) {
    const token =
      identity === null
        ? null
        : typeof identity === 'string'
          ? identity
          : await h.tokenFor(identity)
    return fetch(`${http.base}${path}`, {
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    })
  }

  async function errorOf(response: Response) {
    expect(response.headers.get('content-type')).toContain('application/json')
    const body = (await response.json()) as {
      errors: { message: string; extensions: Record<string, string> }[]
    }
    return body.errors[0]!
  }

  it('sends the sơ kết as DOCX with its media type and both file names', async () => {
    const r = await get(`/reports/06-CTr%2FTU?${SO_KET}&format=docx`)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(r.headers.get('content-disposition')).toBe(
      `attachment; filename="so-ket-06-CTr-TU-2024-03-31.docx"; filename*=UTF-8''s%C6%A1-k%E1%BA%BFt-06-CTr-TU-2024-03-31.docx`,
    )
    expect(r.headers.get('cache-control')).toBe('private, no-store')
    const bytes = new Uint8Array(await r.arrayBuffer())
    expect(Number(r.headers.get('content-length'))).toBe(bytes.byteLength)
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]) // a zip: the DOCX package
    expect(bytes.byteLength).toBeGreaterThan(20_000) // with its two chart images
  })

  it('takes the symbol with a raw slash too, and HTML with the scorecard’s numbers', async () => {
    const id = (
      await h.graphql<{ directive: { id: string } }>(`{ directive(symbol: "06-CTr/TU") { id } }`)
    ).data!.directive.id
    const card = (
      await h.graphql<{ scorecard: Card }>(
        `query($id: ID!) { scorecard(directiveId: $id, asOf: "2024-03-31") {
          counts { completedOnTime completedLate inProgress overdue total }
          completionRateAllAssigned { numerator denominator } } }`,
        { id },
      )
    ).data!.scorecard
    const r = await get(`/reports/06-CTr/TU?${SO_KET}&format=html`)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(r.headers.get('content-disposition')).toContain(
      'filename="so-ket-06-CTr-TU-2024-03-31.html"',
    )
    const html = await r.text()
    expect(html).toContain('<h2>I. KẾT QUẢ ĐẠT ĐƯỢC</h2>')
    expect(html).toContain(
      `<tr><td>${TIMELINESS_LABELS.OVERDUE.vi}</td><td class="n">${card.counts.overdue}</td></tr>`,
    )
    const a = card.completionRateAllAssigned
    expect(html).toContain(`<td>${a.numerator}/${a.denominator} (`)
  })

  it('hides a MẬT document from a caller without clearance: 404, as if it did not exist', async () => {
    const hidden = await get('/reports/215-TB%2FTU?format=html', VIEWER)
    expect(hidden.status).toBe(404)
    const error = await errorOf(hidden)
    expect(expectQueryError(error, 'DIRECTIVE_NOT_FOUND', ['directive'])).toMatchObject({
      messageVi: 'Không có văn bản 215-TB/TU mà bạn được xem',
      value: '215-TB/TU',
    })
    expect(error.message).toBe('No document 215-TB/TU that you may see')
    const missing = await get('/reports/999-TB%2FTU?format=html', VIEWER)
    expect(missing.status).toBe(404)
    const absent = await errorOf(missing)
    expectQueryError(absent, 'DIRECTIVE_NOT_FOUND', ['directive'])
    expect(absent.message).toContain('No document 999-TB/TU')
    const anonymous = await get('/reports/215-TB%2FTU?format=html', null)
    expect(anonymous.status).toBe(404)
    // Cleared for MẬT: the same document is there.
    const cleared = await get('/reports/215-TB%2FTU?format=html', {
      roles: ['VIEWER'],
      clearance: 'MAT',
    })
    expect(cleared.status).toBe(200)
    // A public document is there for the public (this deployment allows anonymous reading).
    expect((await get(`/reports/06-CTr%2FTU?${SO_KET}&format=md`, null)).status).toBe(200)
  })

  it('refuses a bad token, and a token of another tenant, with 401', async () => {
    const bad = await get('/reports/06-CTr%2FTU', 'not-a-token')
    expect(bad.status).toBe(401)
    expect(bad.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/)
    expect(expectQueryError(await errorOf(bad), 'UNAUTHENTICATED').messageVi).toBe(
      'Mã xác thực (bearer token) không phải JWT hợp lệ',
    )
    const other = await get('/reports/06-CTr%2FTU', {
      roles: ['ADMIN'],
      clearance: 'TUYET_MAT',
      tenant: 'other-tinh',
    })
    expect(other.status).toBe(401)
    expect((await errorOf(other)).message).toMatch(/tenant/i)
  })

  it('names a bad parameter and its value, in English and Vietnamese', async () => {
    const cases: [string, string, string, RegExp, RegExp][] = [
      [
        'from=2024-02-30',
        'from',
        'INVALID_DATE',
        /^from must be a date YYYY-MM-DD, got "2024-02-30"$/,
        /^from phải là ngày/,
      ],
      [
        'format=pdf',
        'format',
        'VALIDATION',
        /^format must be one of md, html, docx, got "pdf"$/,
        /^format phải là/,
      ],
      [
        'layout=word',
        'layout',
        'VALIDATION',
        /^layout must be party or state, got "word"$/,
        /^layout phải là party/,
      ],
      [
        'kind=MONTHLY',
        'kind',
        'VALIDATION',
        /^kind must be one of PERIODIC_REPORT, /,
        /^kind phải là/,
      ],
      [
        'year=abc',
        'year',
        'VALIDATION',
        /^year must be a year of issue, got "abc"$/,
        /^year phải là năm/,
      ],
      [
        'colour=red',
        'colour',
        'VALIDATION',
        /^Unknown parameter "colour"/,
        /^Tham số "colour" không có/,
      ],
    ]
    for (const [query, parameter, code, message, messageVi] of cases) {
      const r = await get(`/reports/06-CTr%2FTU?${query}`)
      expect(r.status, query).toBe(400)
      const error = await errorOf(r)
      const extensions = expectQueryError(error, code, [parameter])
      expect(extensions.value).toBe(query.split('=')[1])
      expect(error.message).toMatch(message)
      expect(extensions.messageVi).toMatch(messageVi)
    }
    const symbol = await get('/reports/hello?format=md')
    expect(symbol.status).toBe(400)
    const notSymbol = await errorOf(symbol)
    expectQueryError(notSymbol, 'INVALID_DOCUMENT_SYMBOL', ['directive'])
    expect(notSymbol.message).toContain('Not a document symbol or id: "hello"')
    const period = await get('/reports/06-CTr%2FTU?from=2024-01-01&to=2023-01-01')
    expect(period.status).toBe(400)
    expect((await errorOf(period)).extensions.code).toBe('INVALID_REPORT_PERIOD')
    const org = await get('/reports/06-CTr%2FTU?org=NOPE')
    expect(org.status).toBe(404)
    const noOrg = await errorOf(org)
    expect(noOrg.message).toBe('No organisation NOPE in this tenant')
    expect(expectQueryError(noOrg, 'ORGANIZATION_NOT_FOUND', ['org']).messageVi).toBe(
      'Không có tổ chức NOPE',
    )
    const post = await fetch(`${http.base}/reports/06-CTr%2FTU`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}` },
    })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })

  it('scopes the report to an organisation’s subtree with org=', async () => {
    const r = await get(`/reports/06-CTr%2FTU?${SO_KET}&format=md&org=UBND-TINH`)
    expect(r.status).toBe(200)
    const md = await r.text()
    expect(md).toContain('Đơn vị: Ủy ban nhân dân tỉnh Minh Họa')
    // Only tasks led by the committee and its departments are listed.
    const leads = [...md.matchAll(/^\| (.+?) \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|/gm)].map(
      (m) => m[1],
    )
    expect(leads.length).toBeGreaterThan(0)
    for (const lead of leads) {
      expect([
        'Ủy ban nhân dân tỉnh Minh Họa',
        'Sở Khoa học và Công nghệ',
        'Sở Tài chính',
      ]).toContain(lead)
    }
  })
})

describe('GET /reports/… where anonymous reading is off', () => {
  it('asks for a token with 401', async () => {
    const [backend] = testBackends()
    const h = await gatewayHarness(backend!, { security: { publicRead: false } })
    const http = await listen(h.yoga)
    try {
      const r = await fetch(`${http.base}/reports/06-CTr%2FTU`)
      expect(r.status).toBe(401)
      expect(r.headers.get('www-authenticate')).toBe('Bearer')
      const body = (await r.json()) as {
        errors: { message: string; extensions: Record<string, unknown> }[]
      }
      expect(body.errors[0]).toEqual({
        message: 'Sign in first: this deployment serves no anonymous callers (CHIDAO_PUBLIC_READ)',
        extensions: {
          code: 'UNAUTHENTICATED',
          messageVi:
            'Cần đăng nhập: hệ thống không phục vụ người dùng ẩn danh (CHIDAO_PUBLIC_READ)',
        },
      })
    } finally {
      await http.stop()
      await h.dispose()
    }
  })
})
