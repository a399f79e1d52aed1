import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { testBackends } from '@chidao/db/testing'
import { parseDocumentSymbol } from '@chidao/domain'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliScratch } from './support/cli-scratch.js'
import { gatewayHarness, TEST_TENANT, type TestIdentity } from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'

// 215-TB/TU is the example's notice marked MẬT; 06-CTr/TU its public programme.
const SECRET = '215-TB%2FTU'
const CLEARED: TestIdentity = { roles: ['VIEWER'], clearance: 'MAT' }
const UNCLEARED: TestIdentity = { roles: ['VIEWER'], clearance: 'PUBLIC' }

/** The paragraphs of a DOCX body, runs joined. */
function docxParagraphs(bytes: Uint8Array): string[] {
  const file = unzipSync(bytes)['word/document.xml']
  if (file === undefined) throw new Error('no word/document.xml')
  return [...strFromU8(file).matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  )
}

describe.each(testBackends())('a report drafted from a secret document on %s', (backend) => {
  let h: Awaited<ReturnType<typeof gatewayHarness>>
  let http: Listening

  beforeAll(async () => {
    h = await gatewayHarness(backend, { example: true })
    http = await listen(h.yoga)
  })
  afterAll(async () => {
    await http?.stop()
    await h?.dispose()
  })

  async function get(path: string, identity: TestIdentity | null) {
    const token = identity === null ? null : await h.tokenFor(identity)
    return fetch(`${http.base}${path}`, {
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    })
  }

  it('downloads with its mark in the file, the x-chidao-secrecy header and the file name', async () => {
    const md = await get(`/reports/${SECRET}?format=md`, CLEARED)
    expect(md.status).toBe(200)
    expect(md.headers.get('x-chidao-secrecy')).toBe('MAT')
    expect(md.headers.get('cache-control')).toBe('private, no-store')
    expect(md.headers.get('content-disposition')).toMatch(
      /^attachment; filename="MAT-bao-cao-dinh-ky-215-TB-TU-2026-03-01\.md"; filename\*=UTF-8''M%E1%BA%ACT-/,
    )
    expect((await md.text()).split('\n')[0]).toBe('**MẬT** <!-- secrecy:MAT -->')

    const html = await get(`/reports/${SECRET}?format=html`, CLEARED)
    expect(html.headers.get('x-chidao-secrecy')).toBe('MAT')
    const page = await html.text()
    expect(page).toContain('<meta name="secrecy" content="MAT">')
    expect(page).toContain('<body>\n<p class="secrecy" data-secrecy="MAT">MẬT</p>')

    const docx = await get(`/reports/${SECRET}?format=docx`, CLEARED)
    expect(docx.status).toBe(200)
    expect(docx.headers.get('x-chidao-secrecy')).toBe('MAT')
    const paragraphs = docxParagraphs(new Uint8Array(await docx.arrayBuffer()))
    // Party layout: the mark right under "Số …-BC/TU", before the date line.
    const number = paragraphs.findIndex((p) => /^Số \s+-BC\/TU$/u.test(p))
    expect(number).toBeGreaterThanOrEqual(0)
    expect(paragraphs[number + 1]).toBe('MẬT')

    const state = await get(`/reports/${SECRET}?format=docx&layout=state`, CLEARED)
    const stateParagraphs = docxParagraphs(new Uint8Array(await state.arrayBuffer()))
    const stateNumber = stateParagraphs.findIndex((p) => /^Số: \s+\/BC-TU$/u.test(p))
    expect(stateParagraphs[stateNumber + 1]).toBe('MẬT')
  })

  it('answers an uncleared caller 404, the same as a symbol that does not exist', async () => {
    const normalise = async (r: Response, key: string) => ({
      status: r.status,
      contentType: r.headers.get('content-type'),
      cacheControl: r.headers.get('cache-control'),
      secrecy: r.headers.get('x-chidao-secrecy'),
      body: (await r.text()).replaceAll(key, '<key>'),
    })
    const absent = await normalise(
      await get('/reports/999-TB%2FTU?format=md', UNCLEARED),
      '999-TB/TU',
    )
    expect(absent.status).toBe(404)
    expect(absent.secrecy).toBeNull()
    for (const identity of [UNCLEARED, null]) {
      for (const format of ['md', 'html', 'docx']) {
        const hidden = await get(`/reports/${SECRET}?format=${format}`, identity)
        expect(await normalise(hidden, '215-TB/TU')).toEqual(absent)
      }
    }
    // By id too: the hidden document's id and an id that names nothing answer alike.
    const symbol = parseDocumentSymbol('215-TB/TU')
    if (!symbol.ok) throw new Error('bad symbol')
    const [secret] = await h.db
      .forTenant(TEST_TENANT, { clearance: 'TUYET_MAT' })
      .directives.findBySymbol(symbol.value)
    const unknownId = '00000000-0000-4000-8000-000000000000'
    const byId = await normalise(await get(`/reports/${secret!.id}`, UNCLEARED), secret!.id)
    const noId = await normalise(await get(`/reports/${unknownId}`, UNCLEARED), unknownId)
    expect(byId).toEqual(noId)
    expect(byId.status).toBe(404)
  })

  it('carries the mark in Directive.report, as Markdown and as HTML', async () => {
    const query = `{ directive(symbol: "215-TB/TU") {
      md: report(format: MARKDOWN) html: report(format: HTML) } }`
    const r = await h.graphql<{ directive: { md: string; html: string } }>(
      query,
      undefined,
      CLEARED,
    )
    expect(r.errors).toBeUndefined()
    expect(r.data!.directive.md.startsWith('**MẬT** <!-- secrecy:MAT -->\n')).toBe(true)
    expect(r.data!.directive.html).toContain('<meta name="secrecy" content="MAT">')
    const open = await h.graphql<{ directive: { report: string } }>(
      `{ directive(symbol: "06-CTr/TU") { report } }`,
      undefined,
      CLEARED,
    )
    expect(open.data!.directive.report).not.toContain('MẬT')
  })

  it('is as secret as the most secret document it counts tasks of, as the caller sees them', async () => {
    // A plan marked TỐI MẬT implements the public programme and assigns it one task.
    const ids = await h.graphql<any>(`{ p: directive(symbol: "06-CTr/TU") { id }
      lhh: organization(code: "LHH") { id } }`)
    const plan = await h.graphql<any>(
      `mutation($input: CreateDirectiveInput!) { createDirective(input: $input) {
        ... on CreateDirectivePayload { directive { id } } ... on Error { code message } } }`,
      {
        input: {
          issuedOn: '2025-02-10',
          issuerCode: 'LHH',
          symbol: '31-KH/LHH',
          title: 'Kế hoạch tối mật thực hiện Chương trình 06-CTr/TU',
          secrecy: 'TOI_MAT',
        },
      },
    )
    const planId = plan.data.createDirective.directive.id
    const link = await h.graphql<any>(
      `mutation($input: LinkDirectivesInput!) { linkDirectives(input: $input) {
        ... on LinkDirectivesPayload { relation { type } } ... on Error { code message } } }`,
      {
        input: {
          sourceId: planId,
          targetId: ids.data.p.id,
          type: 'IMPLEMENTS',
          effectiveOn: '2025-02-10',
        },
      },
    )
    expect(link.data.linkDirectives.relation).toEqual({ type: 'IMPLEMENTS' })
    const task = await h.graphql<any>(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) {
        ... on TaskPayload { task { id } } ... on Error { code message } } }`,
      {
        input: {
          directiveId: planId,
          reference: '1',
          title: 'Nhiệm vụ tối mật',
          leadId: ids.data.lhh.id,
        },
      },
    )
    expect(task.data.createTask.task.id).toBeTruthy()

    const path = '/reports/06-CTr%2FTU?format=md'
    const topCleared = await get(path, { roles: ['VIEWER'], clearance: 'TOI_MAT' })
    expect(topCleared.headers.get('x-chidao-secrecy')).toBe('TOI_MAT')
    const marked = await topCleared.text()
    expect(marked.split('\n')[0]).toBe('**TỐI MẬT** <!-- secrecy:TOI_MAT -->')
    expect(marked).toContain('Nhiệm vụ tối mật')
    // Cleared for MẬT only: the plan and its task are hidden, so nothing secret is drawn on.
    for (const identity of [CLEARED, UNCLEARED]) {
      const r = await get(path, identity)
      expect(r.headers.get('x-chidao-secrecy')).toBe('PUBLIC')
      const text = await r.text()
      expect(text).not.toContain('Nhiệm vụ tối mật')
      expect(text).not.toContain('MẬT')
    }
  })
})

describe('chidao report of a secret document', () => {
  // The report commands run in this process: one process (the import) shows the binary works.
  const cli = cliScratch('chidao-report-secrecy-')
  const dir = cli.dir
  const chidao = (args: string[]) => cli.inProcess(args)

  it('writes a marked file, readable by its owner only, and says so', async () => {
    cli.importExample()
    const common = [
      'report',
      '--directive',
      '215-TB/TU',
      '--clearance',
      'MAT',
      '--to',
      '2025-12-31',
    ]
    const md = join(dir(), 'thong-bao.md')
    // A file already there, readable by all: it is narrowed when the secret report is written.
    await writeFile(md, 'old', { mode: 0o644 })
    const written = await chidao([...common, '--format', 'md', '--out', md])
    expect(written.code, written.stderr).toBe(0)
    expect((await readFile(md, 'utf8')).split('\n')[0]).toBe('**MẬT** <!-- secrecy:MAT -->')
    expect(written.stderr).toContain(
      'The report is marked MẬT (Confidential): keep and send it as a confidential document / Báo cáo mang độ mật MẬT',
    )
    if (process.platform !== 'win32') expect((await stat(md)).mode & 0o777).toBe(0o600)

    const docx = join(dir(), 'thong-bao.docx')
    const word = await chidao([...common, '--format', 'docx', '--out', docx])
    expect(word.code, word.stderr).toBe(0)
    const paragraphs = docxParagraphs(new Uint8Array(await readFile(docx)))
    const number = paragraphs.findIndex((p) => /^Số \s+-BC\/TU$/u.test(p))
    expect(paragraphs[number + 1]).toBe('MẬT')

    // Without the clearance the document is not there at all.
    const hidden = await chidao(['report', '--directive', '215-TB/TU', '--format', 'md'])
    expect(hidden.code).toBe(1)
    expect(hidden.stdout).toBe('')
    expect(hidden.stderr).toContain('No directive 215-TB/TU')
  })
})
