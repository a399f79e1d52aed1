import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { testBackends } from '@chidao/db/testing'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliScratch } from './support/cli-scratch.js'
import { exampleGatewayForSuite, type TestIdentity } from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'
import { expectQueryError } from './support/query-error-shape.js'

// The công văn đôn đốc of the example data, as the propaganda board (Ban Tuyên giáo Tỉnh ủy)
// would send it on 7 December 2026 about the provincial programme 06-CTr/TU.
const AS_OF = '2026-12-07'

const LETTER = /* GraphQL */ `
  query Letter($directive: String, $org: String, $number: String) {
    urgingLetter(
      issuerCode: "BTG-TU"
      asOf: "${AS_OF}"
      directiveSymbol: $directive
      organizationCode: $org
      letterNumber: $number
    ) {
      subject secrecy layout asOf replyBy overdueTaskCount missingReportCount
      issuer { code }
      legalBasis { citation directive { symbol } }
      organizations {
        organization { code name }
        overdueTasks { task { id } directiveSymbol reference deadlineText due daysLate }
        missingReports { directiveSymbol duty due daysLate }
      }
      closing recipients downloadPath
    }
  }
`

const VIEWER: TestIdentity = { roles: ['VIEWER'], clearance: 'PUBLIC' }
const CLEARED: TestIdentity = { roles: ['VIEWER'], clearance: 'MAT' }
const ADMIN: TestIdentity = { roles: ['ADMIN'], clearance: 'TUYET_MAT', sub: 'admin' }

type Letter = Record<string, any>

/** The paragraphs of a DOCX's body, runs joined. */
function paragraphsOf(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array())
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  )
}

describe.each(testBackends())('the công văn đôn đốc on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  let http: Listening

  beforeAll(async () => {
    http = await listen(h.yoga)
    // A MẬT plan implementing the programme, with a task of the Department of Finance overdue.
    const created = await h.graphql<any>(
      `mutation { createDirective(input: { symbol: "77-KH/TU", issuerCode: "TU", issuedOn: "2026-01-10",
          title: "Kế hoạch bảo đảm kinh phí", secrecy: MAT }) {
        __typename ... on CreateDirectivePayload { directive { id } } ... on Error { code message } } }`,
      {},
      ADMIN,
    )
    const plan = created.data.createDirective.directive.id
    const programme = (await h.graphql<any>('{ directive(symbol: "06-CTr/TU") { id } }', {}, ADMIN))
      .data.directive.id
    const linked = await h.graphql<any>(
      `mutation($p: ID!, $c: ID!) { linkDirectives(input: { sourceId: $p, targetId: $c, type: IMPLEMENTS, effectiveOn: "2026-01-10" }) {
        __typename ... on Error { code message } } }`,
      { p: plan, c: programme },
      ADMIN,
    )
    expect(linked.data.linkDirectives.__typename).toBe('LinkDirectivesPayload')
    const stc = (await h.graphql<any>('{ organization(code: "STC") { id } }', {}, ADMIN)).data
      .organization.id
    const task = await h.graphql<any>(
      `mutation($d: ID!, $l: ID!) { createTask(input: { directiveId: $d, reference: "1", leadId: $l,
          title: "Bố trí kinh phí mật", deadline: "30/6/2026" }) { __typename ... on Error { code message } } }`,
      { d: plan, l: stc },
      ADMIN,
    )
    expect(task.data.createTask.__typename).toBe('TaskPayload')
  })
  afterAll(async () => {
    await http?.stop()
  })

  async function letter(as: TestIdentity, variables: Record<string, unknown> = {}) {
    const r = await h.graphql<{ urgingLetter: Letter }>(
      LETTER,
      { directive: '06-CTr/TU', ...variables },
      as,
    )
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined()
    return r.data!.urgingLetter
  }

  it('lists per organisation its overdue tasks and missing reports, with the legal basis', async () => {
    const l = await letter(VIEWER)
    expect(l).toMatchObject({
      subject: 'Đôn đốc thực hiện nhiệm vụ theo Chương trình số 06-CTr/TU và báo cáo kết quả',
      secrecy: 'PUBLIC',
      layout: 'PARTY',
      asOf: AS_OF,
      replyBy: '2026-12-22',
      issuer: { code: 'BTG-TU' },
      recipients: [
        'Như trên',
        'Tỉnh ủy tỉnh Minh Họa (để báo cáo)',
        'Lưu Văn phòng Tỉnh ủy Minh Họa',
      ],
    })
    // The scorecard's order: provincial bodies by name, then the district, then the communes.
    expect(l.organizations.map((o: Letter) => o.organization.code)).toEqual([
      'BTC-TU',
      'BTG-TU',
      'LHH',
      'SKHCN',
      'STC',
      'UBND-TINH',
      'VP-TU',
      'HU-AN-PHU',
      'DU-XA-AN-THANH',
      'DU-XA-BINH-AN',
    ])
    const of = (code: string) => l.organizations.find((o: Letter) => o.organization.code === code)
    // The deadline in force as written and as a day, and the days late on 7/12/2026.
    expect(of('UBND-TINH').overdueTasks).toEqual([
      expect.objectContaining({
        directiveSymbol: '06-CTr/TU',
        reference: 'II.3.b',
        deadlineText: 'tháng 12/2022',
        due: '2022-12-31',
        daysLate: 1437,
      }),
    ])
    // Recurring work is late against its latest period left without a report.
    expect(of('LHH').overdueTasks.map((t: Letter) => [t.reference, t.deadlineText])).toEqual([
      ['II.2.b', 'Hằng năm (Năm 2025)'],
      ['III.6', 'Trước 30/6 hằng năm (Năm 2026)'],
    ])
    // Tasks of the plans implementing the programme are listed too.
    expect(of('SKHCN').overdueTasks[0]).toMatchObject({
      directiveSymbol: '128/KH-UBND',
      reference: '3',
    })
    expect(of('BTC-TU').overdueTasks).toEqual([])
    expect(of('BTC-TU').missingReports[0]).toEqual({
      directiveSymbol: '06-CTr/TU',
      duty: 'Báo cáo 6 tháng đầu năm 2021 (định kỳ 6 tháng), theo chế độ báo cáo của văn bản',
      due: '2021-06-30',
      daysLate: 1986,
    })
    expect(l.overdueTaskCount).toBe(8)
    expect(l.missingReportCount).toBe(
      l.organizations.reduce((n: number, o: Letter) => n + o.missingReports.length, 0),
    )
    // The implementation chain, oldest first: 42-CT/TW → 93-KL/TW → the programme → its plans.
    expect(l.legalBasis.slice(0, 3).map((b: Letter) => b.directive.symbol)).toEqual([
      '42-CT/TW',
      '93-KL/TW',
      '06-CTr/TU',
    ])
    expect(l.legalBasis[1].citation).toMatch(
      /^Kết luận số 93-KL\/TW ngày 20\/11\/2020 của Ban Bí thư Trung ương Đảng về việc tiếp tục/,
    )
    expect(l.closing).toContain(
      'báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 22 tháng 12 năm 2026.',
    )
    expect(l.downloadPath).toBe(
      '/reports/urging-letter.docx?issuer=BTG-TU&asOf=2026-12-07&replyBy=2026-12-22&directive=06-CTr%2FTU&year=2021&layout=party',
    )
  })

  it('leaves a MẬT task out for a PUBLIC caller; lists it, and is marked MẬT, for one cleared', async () => {
    const open = await letter(VIEWER)
    expect(JSON.stringify(open)).not.toContain('77-KH/TU')
    const cleared = await letter(CLEARED)
    expect(cleared.secrecy).toBe('MAT')
    const stc = cleared.organizations.find((o: Letter) => o.organization.code === 'STC')
    expect(stc.overdueTasks.map((t: Letter) => t.directiveSymbol)).toContain('77-KH/TU')
    expect(cleared.legalBasis.map((b: Letter) => b.directive.symbol)).toContain('77-KH/TU')
    expect(cleared.overdueTaskCount).toBe(open.overdueTaskCount + 1)
  })

  it('answers a hidden document, issuer or scope exactly as an absent one', async () => {
    const fail = async (variables: Record<string, unknown>) => {
      const r = await h.graphql(LETTER, variables, VIEWER)
      expect(r.data).toBeNull()
      return r.errors![0]!
    }
    const hidden = await fail({ directive: '77-KH/TU' })
    const absent = await fail({ directive: '987-KH/TU' })
    expectQueryError(hidden, 'DIRECTIVE_NOT_FOUND', ['directive'])
    expect(hidden.message).toBe(absent.message)
    const org = await fail({ org: 'NOPE' })
    expectQueryError(org, 'ORGANIZATION_NOT_FOUND', ['organizationCode'])
    const number = await fail({ number: 'không phải số' })
    expectQueryError(number, 'INVALID_DOCUMENT_SYMBOL', ['symbol'])
  })

  async function get(path: string, token: string | null) {
    return fetch(`${http.base}${path}`, {
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    })
  }

  it('downloads the letter as DOCX from its download path, at the caller’s clearance', async () => {
    const l = await letter(VIEWER, { number: '25-CV/BTGTU' })
    const viewer = await h.tokenFor(VIEWER)
    const r = await get(l.downloadPath, viewer)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(r.headers.get('content-disposition')).toContain(
      'filename="cong-van-don-doc-BTG-TU-2026-12-07.docx"',
    )
    expect(r.headers.get('cache-control')).toBe('private, no-store')
    expect(r.headers.get('x-chidao-secrecy')).toBe('PUBLIC')
    const p = paragraphsOf(new Uint8Array(await r.arrayBuffer()))
    for (const text of [
      'BAN TUYÊN GIÁO TỈNH ỦY',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 25-CV/BTGTU',
      'V/v đôn đốc thực hiện nhiệm vụ theo Chương trình số 06-CTr/TU và báo cáo kết quả',
      'Minh Họa, ngày 07 tháng 12 năm 2026',
      'Kính gửi:',
      '- Ủy ban nhân dân tỉnh Minh Họa;',
      'tháng 12/2022 (31/12/2022)',
      l.closing,
      'TRƯỞNG BAN',
    ]) {
      expect(p, text).toContain(text)
    }
    expect(p.join('\n')).not.toContain('77-KH/TU')

    const cleared = await get(l.downloadPath, await h.tokenFor(CLEARED))
    expect(cleared.status).toBe(200)
    expect(cleared.headers.get('x-chidao-secrecy')).toBe('MAT')
    expect(cleared.headers.get('content-disposition')).toContain('filename="MAT-cong-van-don-doc-')
    const secret = paragraphsOf(new Uint8Array(await cleared.arrayBuffer()))
    expect(secret).toContain('MẬT')
    expect(secret).toContain('77-KH/TU, 1')
  })

  it('refuses on the route as GraphQL does: 404 for hidden and absent alike, 400 naming the parameter', async () => {
    const viewer = await h.tokenFor(VIEWER)
    const base = '/reports/urging-letter.docx?issuer=BTG-TU&asOf=2026-12-07'
    const hidden = await get(`${base}&directive=77-KH%2FTU`, viewer)
    const absent = await get(`${base}&directive=987-KH%2FTU`, viewer)
    expect([hidden.status, absent.status]).toEqual([404, 404])
    const [h1, a1] = [(await hidden.json()) as any, (await absent.json()) as any]
    expectQueryError(h1.errors[0], 'DIRECTIVE_NOT_FOUND', ['directive'])
    expect(h1.errors[0].message).toBe(a1.errors[0].message)
    const issuer = await get('/reports/urging-letter.docx?issuer=NOPE', viewer)
    expect(issuer.status).toBe(404)
    expectQueryError(((await issuer.json()) as any).errors[0], 'ORGANIZATION_NOT_FOUND', ['issuer'])
    const date = await get(`${base.replace('2026-12-07', '7/12/2026')}`, viewer)
    expect(date.status).toBe(400)
    expectQueryError(((await date.json()) as any).errors[0], 'INVALID_DATE', ['asOf'])
    const unknown = await get(`${base}&format=pdf`, viewer)
    expect(unknown.status).toBe(400)
    expect(
      (await get(base, 'not-a-token')).status,
      'a bad token is refused as on the report route',
    ).toBe(401)
    const post = await fetch(`${http.base}${base}`, { method: 'POST' })
    expect(post.status).toBe(405)
  })
})

describe('chidao urge-letter', () => {
  const cli = cliScratch('chidao-urge-letter-')
  const chidao = (args: string[]) => cli.inProcess(args)

  it('writes the letter of the example data as DOCX, and refuses what it cannot draft', async () => {
    cli.importExample()
    const out = join(cli.dir(), 'cong-van.docx')
    const args = ['urge-letter', '--issuer', 'BTG-TU', '--as-of', AS_OF, '--out', out]
    const written = await chidao([...args, '--directive', '06-CTr/TU', '--symbol', '25-CV/BTGTU'])
    expect(written.code, written.stderr).toBe(0)
    expect(written.stdout).toContain(
      `Wrote the urging letter of BTG-TU as of ${AS_OF} to ${out}: 8 overdue tasks`,
    )
    const p = paragraphsOf(await readFile(out))
    expect(p).toContain('Số 25-CV/BTGTU')
    expect(p).toContain('Minh Họa, ngày 07 tháng 12 năm 2026')
    expect(p).toContain('1. Ban Tổ chức Tỉnh ủy')
    expect(p.some((t) => t.startsWith('Thực hiện Chỉ thị số 42-CT/TW ngày 16/4/2010'))).toBe(true)
    expect((await stat(out)).size).toBeGreaterThan(5_000)

    const scoped = await chidao([...args, '--organization', 'UBND-TINH', '--layout', 'state'])
    expect(scoped.code, scoped.stderr).toBe(0)
    const state = paragraphsOf(await readFile(out))
    expect(state).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(state).not.toContain('1. Ban Tổ chức Tỉnh ủy')

    const noIssuer = await chidao(['urge-letter', '--out', out])
    expect(noIssuer.code).toBe(2)
    expect(noIssuer.stderr).toContain("required option '--issuer <code>' not specified")
    const org = await chidao([...args, '--organization', 'NOPE'])
    expect(org.code).toBe(1)
    expect(org.stderr).toContain('ORGANIZATION_NOT_FOUND: No organisation NOPE in this tenant')
    const help = await chidao(['urge-letter', '--help'])
    expect(help.stdout).toContain('công văn đôn đốc')
  })
})
