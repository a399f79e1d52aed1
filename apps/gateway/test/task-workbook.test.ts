import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { EXAMPLE_BUNDLE_FILE } from '@chidao/db'
import { testBackends } from '@chidao/db/testing'
import { readWorkbook } from '@chidao/spreadsheet'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliScratch } from './support/cli-scratch.js'
import { exampleGatewayForSuite, type TestIdentity } from './support/gateway-harness.js'
import { type Listening, listen } from './support/http-listener.js'
import { expectQueryError } from './support/query-error-shape.js'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const VIEWER: TestIdentity = { roles: ['VIEWER'], clearance: 'PUBLIC' }
const CLEARED: TestIdentity = { roles: ['VIEWER'], clearance: 'MAT' }

/** The rows of a workbook's first sheet, header first, as the intake reads them. */
async function taskRows(bytes: Uint8Array) {
  const document = await readWorkbook(bytes, 'tasks.xlsx')
  const table = document.blocks[0]
  if (table?.kind !== 'table') throw new Error('no task table')
  const [header = [], ...rows] = table.rows
  return { header, rows, title: table.title ?? '', sheets: document.blocks.length }
}

describe.each(testBackends())('GET /reports/tasks.xlsx on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  let http: Listening

  beforeAll(async () => {
    http = await listen(h.yoga)
  })
  afterAll(async () => {
    await http?.stop()
  })

  async function get(path: string, identity: TestIdentity | null = VIEWER) {
    const token = identity === null ? null : await h.tokenFor(identity)
    return fetch(`${http.base}${path}`, {
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    })
  }

  it('sends a document’s tables as XLSX, with both file names and no shared caching', async () => {
    const r = await get('/reports/tasks.xlsx?directive=06-CTr%2FTU&asOf=2024-03-31')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe(XLSX)
    expect(r.headers.get('content-disposition')).toBe(
      `attachment; filename="nhiem-vu-06-CTr-TU-2024-03-31.xlsx"; filename*=UTF-8''nhi%E1%BB%87m-v%E1%BB%A5-06-CTr-TU-2024-03-31.xlsx`,
    )
    expect(r.headers.get('cache-control')).toBe('private, no-store')
    expect(r.headers.get('x-chidao-secrecy')).toBe('PUBLIC')
    const bytes = new Uint8Array(await r.arrayBuffer())
    expect(Number(r.headers.get('content-length'))).toBe(bytes.byteLength)
    const { header, rows, title, sheets } = await taskRows(bytes)
    expect(sheets).toBe(3)
    expect(title).toContain('06-CTr/TU')
    expect(title).toContain('31/03/2024')
    expect(header).toContain('Nội dung nhiệm vụ')
    // Every task of the document and of those implementing it, as the task list counts them.
    const listed = await h.graphql<{ directive: { tasks: { totalCount: number } } }>(
      '{ directive(symbol: "06-CTr/TU") { tasks(includeImplementing: true) { totalCount } } }',
      undefined,
      VIEWER,
    )
    expect(rows).toHaveLength(listed.data!.directive.tasks.totalCount)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getCell('A5').font?.name).toBe('Times New Roman')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 })
  })

  it('sends an organisation’s tables, by its code', async () => {
    const r = await get('/reports/tasks.xlsx?organization=BTG-TU&asOf=2024-03-31')
    expect(r.status).toBe(200)
    const { header, rows } = await taskRows(new Uint8Array(await r.arrayBuffer()))
    const lead = header.indexOf('Cơ quan chủ trì')
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((row) => row[lead]))).toEqual(new Set([rows[0]?.[lead]]))
  })

  it('answers a secret document exactly as an absent one, and marks it for a cleared caller', async () => {
    const hidden = await get('/reports/tasks.xlsx?directive=215-TB%2FTU')
    const missing = await get('/reports/tasks.xlsx?directive=999-TB%2FTU')
    expect(hidden.status).toBe(404)
    expect(missing.status).toBe(404)
    const hiddenError = ((await hidden.json()) as { errors: { extensions: object }[] }).errors[0]
    const missingError = ((await missing.json()) as { errors: { extensions: object }[] }).errors[0]
    expectQueryError(hiddenError as never, 'DIRECTIVE_NOT_FOUND', ['directive'])
    expectQueryError(missingError as never, 'DIRECTIVE_NOT_FOUND', ['directive'])
    expect(JSON.stringify(hiddenError).replaceAll('215', '999')).toBe(JSON.stringify(missingError))
    const cleared = await get('/reports/tasks.xlsx?directive=215-TB%2FTU', CLEARED)
    expect(cleared.status).toBe(200)
    expect(cleared.headers.get('x-chidao-secrecy')).toBe('MAT')
    expect(cleared.headers.get('content-disposition')).toContain(
      'filename="MAT-nhiem-vu-215-TB-TU-',
    )
    const { title } = await taskRows(new Uint8Array(await cleared.arrayBuffer()))
    expect(title.split('\n')[0]).toBe('MẬT')
  })

  it('authenticates as GraphQL does and refuses bad parameters, naming them', async () => {
    const anonymous = await get('/reports/tasks.xlsx?directive=06-CTr%2FTU', null)
    expect([401, 200]).toContain(anonymous.status)
    const bad = await fetch(`${http.base}/reports/tasks.xlsx?directive=06-CTr%2FTU`, {
      headers: { authorization: 'Bearer not-a-token' },
    })
    expect(bad.status).toBe(401)
    const both = await get('/reports/tasks.xlsx?directive=06-CTr%2FTU&organization=BTG-TU')
    expect(both.status).toBe(400)
    const date = await get('/reports/tasks.xlsx?organization=BTG-TU&asOf=31/03/2024')
    expect(date.status).toBe(400)
    expect(
      ((await date.json()) as { errors: { extensions: object }[] }).errors[0]?.extensions,
    ).toMatchObject({
      code: 'INVALID_DATE',
      path: ['asOf'],
    })
    const unknown = await get('/reports/tasks.xlsx?organization=KHONG-CO')
    expect(unknown.status).toBe(404)
    const post = await fetch(`${http.base}/reports/tasks.xlsx?organization=BTG-TU`, {
      method: 'POST',
    })
    expect(post.status).toBe(405)
  })

  it('gives the download path in GraphQL, on a document and on an organisation', async () => {
    const r = await h.graphql<{
      directive: { id: string; tasksWorkbookPath: string }
      organization: { tasksWorkbookPath: string }
    }>(
      `{ directive(symbol: "06-CTr/TU") { id tasksWorkbookPath(asOf: "2024-03-31") }
         organization(code: "BTG-TU") { tasksWorkbookPath } }`,
      undefined,
      VIEWER,
    )
    expect(r.errors).toBeUndefined()
    const path = r.data!.directive.tasksWorkbookPath
    expect(path).toMatch(/^\/reports\/tasks\.xlsx\?directive=[0-9a-f-]{36}&asOf=2024-03-31$/)
    expect(r.data!.organization.tasksWorkbookPath).toBe('/reports/tasks.xlsx?organization=BTG-TU')
    const download = await get(path)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toContain('06-CTr-TU-2024-03-31.xlsx')
  })
})

describe('chidao export --format xlsx', () => {
  const cli = cliScratch('chidao-export-xlsx-')
  const chidao = (args: string[]) => cli.inProcess(args)

  it('writes a document’s tables, reads back every task, marks a secret one and keeps the bundle export', async () => {
    const imported = await chidao(['import', EXAMPLE_BUNDLE_FILE])
    expect(imported.code, imported.stderr).toBe(0)
    const out = join(cli.dir(), 'nhiem-vu.xlsx')
    const written = await chidao([
      'export',
      '--format',
      'xlsx',
      '--directive',
      '06-CTr/TU',
      '--as-of',
      '2024-03-31',
      '--out',
      out,
    ])
    expect(written.code, written.stderr).toBe(0)
    expect(written.stdout).toMatch(/^Wrote the tables of 06-CTr\/TU as of 2024-03-31 \(\d+ tasks/)
    const bundle = JSON.parse(await readFile(EXAMPLE_BUNDLE_FILE, 'utf8')) as {
      tasks: {
        directive: string
        reference?: string
        title: string
        lead: string
        deadline?: string
      }[]
      organizations: { code: string; name: string }[]
    }
    const { header, rows } = await taskRows(new Uint8Array(await readFile(out)))
    const col = (name: string) => header.indexOf(name)
    const nameOf = new Map(bundle.organizations.map((o) => [o.code, o.name]))
    const own = bundle.tasks.filter((t) => t.directive === '06-CTr/TU')
    for (const task of own) {
      const row = rows.find((r) => r[col('Nội dung nhiệm vụ')] === task.title)
      expect(row, task.title).toBeDefined()
      expect(row?.[col('Mục')]).toBe(task.reference ?? '')
      expect(row?.[col('Cơ quan chủ trì')]).toBe(nameOf.get(task.lead))
      expect(row?.[col('Thời hạn')]).toBe(task.deadline ?? '')
    }

    const secret = join(cli.dir(), 'mat.xlsx')
    const hidden = await chidao(['export', '--format', 'xlsx', '-d', '215-TB/TU', '--out', secret])
    expect(hidden.code).toBe(1)
    expect(hidden.stderr).toContain('No directive 215-TB/TU')
    const marked = await chidao([
      'export',
      '--format',
      'xlsx',
      '-d',
      '215-TB/TU',
      '--clearance',
      'MAT',
      '--out',
      secret,
    ])
    expect(marked.code, marked.stderr).toBe(0)
    expect(marked.stderr).toContain('Bảng tính mang độ mật MẬT')
    if (process.platform !== 'win32') expect((await stat(secret)).mode & 0o777).toBe(0o600)

    const usage = await chidao(['export', '--format', 'xlsx', '--directive', '06-CTr/TU'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('--out')
    const mixed = await chidao(['export', '--directive', '06-CTr/TU'])
    expect(mixed.code).toBe(2)
    const json = await chidao(['export'])
    expect(json.code, json.stderr).toBe(0)
    expect(json.stdout).toBe(await readFile(EXAMPLE_BUNDLE_FILE, 'utf8'))
    const help = await chidao(['export', '--help'])
    expect(help.stdout).toContain('--format xlsx')
  })
})
