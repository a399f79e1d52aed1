import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asId, type Bundle, bundleToJson, type TenantId } from '@chidao/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changedCount } from '../src/bundle/bundle-import-report.js'
import { EXAMPLE_BUNDLE_FILE, loadExampleBundle } from '../src/bundle/example-bundle.js'
import { exportBundle } from '../src/bundle/export-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import {
  formatBundleProblems,
  loadBundle,
  MAX_BUNDLE_BYTES,
  readBundleFile,
} from '../src/bundle/load-bundle.js'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { createTestDatabase, type TestDatabase, testBackends } from '../src/testing.js'

const ctx = { actor: 'test:import' }

async function counts(db: ChidaoDatabase) {
  const { rows } = await sql<Record<string, number>>`
    select
      (select count(*) from organization) as organizations,
      (select count(*) from directive) as directives,
      (select count(*) from task) as tasks,
      (select count(*) from progress_report) as reports,
      (select count(*) from assessment) as assessments,
      (select count(*) from audit_event) as audit`.execute(db.kysely)
  return rows[0]!
}

describe.each(testBackends())('bundles on %s', (backend) => {
  let first: TestDatabase
  let second: TestDatabase
  let example: Bundle

  beforeAll(async () => {
    ;[first, second] = await Promise.all([createTestDatabase(backend), createTestDatabase(backend)])
    example = await loadExampleBundle()
  })
  afterAll(async () => {
    await first?.dispose()
    await second?.dispose()
  })

  it('imports the example bundle, and a second import changes nothing', async () => {
    const report = await importBundle(first.db, example, ctx, { clearance: 'TUYET_MAT' })
    expect(report.organizations.created).toBe(example.organizations.length)
    expect(report.tasks.created).toBe(example.tasks.length)
    expect(report.assessments.created).toBe(example.assessments.length)
    const after = await counts(first.db)
    expect(after.tasks).toBe(example.tasks.length)
    expect(after.reports).toBe(example.tasks.reduce((n, t) => n + t.progressReports.length, 0))

    const again = await importBundle(first.db, example, ctx, { clearance: 'TUYET_MAT' })
    expect(changedCount(again)).toBe(0)
    expect(await counts(first.db)).toEqual(after)
  })

  it('exports deterministically: export → import elsewhere → export is byte-identical', async () => {
    const tenant = asId<TenantId>(example.tenant.id)
    const text = bundleToJson(await exportBundle(first.db, tenant))
    expect(bundleToJson(await exportBundle(first.db, tenant))).toBe(text)
    const reloaded = loadBundle(text, 'export.json')
    expect(reloaded.ok).toBe(true)
    if (!reloaded.ok) return
    await importBundle(second.db, reloaded.value, ctx, { clearance: 'TUYET_MAT' })
    expect(bundleToJson(await exportBundle(second.db, tenant))).toBe(text)
    // The export holds what the example holds.
    expect(reloaded.value.tasks).toHaveLength(example.tasks.length)
    expect(reloaded.value.directives.map((d) => d.symbol).sort()).toEqual(
      example.directives.map((d) => d.symbol).sort(),
    )
    // The programme's reporting rule survives the round trip, written as the document words it.
    const programme = reloaded.value.directives.find((d) => d.symbol === '06-CTr/TU')
    expect(programme?.reportingRule).toEqual({
      text: 'Báo cáo định kỳ 6 tháng, năm',
      cadences: ['HALF_YEARLY', 'YEARLY'],
      dueDays: {},
      recipient: null,
    })
    expect(text).toContain('"reportingRule": "Báo cáo định kỳ 6 tháng, năm"')
  })

  it('keeps a reporting rule given field by field, with its recipient and due days', async () => {
    const tenant = asId<TenantId>(example.tenant.id)
    const rule = {
      text: 'Báo cáo hằng quý',
      cadences: ['QUARTERLY'],
      dueDays: { QUARTERLY: { month: 3, day: 20 } },
      recipient: 'VP-TU',
    }
    const raw = JSON.parse(bundleToJson(example))
    raw.directives.find((d: { symbol: string }) => d.symbol === '06-CTr/TU').reportingRule = rule
    const edited = loadBundle(JSON.stringify(raw), 'edited.json')
    if (!edited.ok) throw new Error(JSON.stringify(edited.error))
    await importBundle(second.db, edited.value, ctx, { clearance: 'TUYET_MAT' })
    const exported = loadBundle(bundleToJson(await exportBundle(second.db, tenant)), 'x.json')
    if (!exported.ok) throw new Error('export does not load')
    expect(exported.value.directives.find((d) => d.symbol === '06-CTr/TU')?.reportingRule).toEqual(
      rule,
    )
    const row = await second.db.kysely
      .selectFrom('directive')
      .select(['reporting_cadences', 'reporting_due_days'])
      .where('symbol_text', '=', '06-CTr/TU')
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ reporting_cadences: ['QUARTERLY'], reporting_due_days: rule.dueDays })
  })

  it('refuses a broken bundle with file, line and path, writing nothing', async () => {
    const before = await counts(second.db)
    const text = (await readFile(EXAMPLE_BUNDLE_FILE, 'utf8')).replace(
      /"lead": "([^"]+)"/,
      '"lead": "NO-SUCH-ORG"',
    )
    const loaded = loadBundle(text, 'broken.json')
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    const problem = loaded.error.find((p) => p.path.endsWith('.lead'))
    expect(problem).toMatchObject({ file: 'broken.json', code: 'UNKNOWN_ORGANIZATION' })
    expect(problem?.line).toBeGreaterThan(1)
    expect(problem?.messageVi.length).toBeGreaterThan(0)
    expect(await counts(second.db)).toEqual(before)
  })

  it('rolls back the whole import when the database refuses any part of it', async () => {
    const before = await counts(second.db)
    const last = example.tasks.at(-1)!
    const poisoned: Bundle = {
      ...example,
      organizations: [
        ...example.organizations,
        { ...example.organizations[0]!, code: 'BRAND-NEW', name: 'Tổ chức mới' },
      ],
      // A completed task without a completion day: the database's check refuses it.
      tasks: [
        ...example.tasks,
        { ...last, reference: 'Z.99', status: 'COMPLETED', completedOn: null },
      ],
    }
    await expect(
      importBundle(second.db, poisoned, ctx, { clearance: 'TUYET_MAT' }),
    ).rejects.toThrow()
    expect(await counts(second.db)).toEqual(before)
    const brandNew = await second.db
      .forTenant(asId<TenantId>(example.tenant.id))
      .organizations.findByCode('BRAND-NEW')
    expect(brandNew).toBeNull()
  })
})

describe('hostile bundle text', () => {
  it('locates a duplicate key and names it, in JSON and YAML', () => {
    const json = loadBundle('{\n  "format": "chidao-bundle",\n  "format": "x"\n}', 'd.json')
    expect(json.ok).toBe(false)
    if (!json.ok) {
      expect(json.error[0]).toMatchObject({
        file: 'd.json',
        line: 3,
        column: 3,
        code: 'DUPLICATE_FIELD',
        message: 'Duplicate key "format": Map keys must be unique',
        messageVi: 'Khóa bị lặp "format": các khóa trong một bảng phải khác nhau',
      })
    }
    const yaml = loadBundle('tenant:\n  id: a\n  id: b\n', 'd.yaml')
    expect(!yaml.ok && yaml.error[0]).toMatchObject({ line: 3, column: 3, code: 'DUPLICATE_FIELD' })
  })

  it("words a JSON file's syntax error as JSON's, in English and in Vietnamese, at its place", () => {
    const text = '{\n  "format": "chidao-bundle",\n  "version": 1,\n}\n'
    const loaded = loadBundle(text, 'trailing.json')
    expect(!loaded.ok && loaded.error).toEqual([
      {
        file: 'trailing.json',
        line: 4,
        column: 1,
        path: '',
        code: 'SYNTAX_ERROR',
        message: expect.stringMatching(/^JSON syntax error: .*property name.*\("}"\)$/),
        messageVi:
          'Lỗi cú pháp JSON: cần tên thuộc tính trong dấu ngoặc kép (có dấu phẩy thừa trước dấu } không?) ("}")',
      },
    ])
    const cut = loadBundle('{"format": "chidao-bundle", "tenant": {"id": "a"', 'cut.json')
    expect(!cut.ok && cut.error[0]).toMatchObject({ line: 1, code: 'SYNTAX_ERROR' })
    expect(!cut.ok && cut.error[0]?.messageVi).toMatch(/^Lỗi cú pháp JSON: [^A-Z]*$/u)
    // The same text as YAML is not held to JSON's rules.
    expect(loadBundle(text, 'trailing.yaml').ok).toBe(false)
    expect(
      !loadBundle(text, 'trailing.yaml').ok && JSON.stringify(loadBundle(text, 'trailing.yaml')),
    ).not.toMatch(/JSON syntax/)
  })

  it('folds the errors one YAML mistake causes into it, worded in Vietnamese throughout', () => {
    const loaded = loadBundle(
      'format: chidao-bundle\ntenant:\n  id: x\n   name: X\norganizations: [\n',
      'bad.yaml',
    )
    expect(!loaded.ok && loaded.error).toHaveLength(1)
    const [problem] = !loaded.ok ? loaded.error : []
    expect(problem).toMatchObject({ line: 3, code: 'SYNTAX_ERROR' })
    expect(problem?.message).toMatch(
      /^YAML syntax error: .*\(and \d+ more syntax errors? after it, most likely caused by this one\)$/,
    )
    expect(problem?.messageVi).toMatch(
      /^Lỗi cú pháp YAML: [a-zà-ỹđ ()(),]+\(và \d+ lỗi cú pháp phía sau, nhiều khả năng do lỗi này gây ra\)$/u,
    )
  })

  it('lists the problems of a bundle in the order of the file', () => {
    const text = [
      'format: chidao-bundle',
      'version: 1',
      'tenant: { id: x, name: X }',
      'organizations:',
      '  - code: TU',
      '    kind: NOPE',
      '    level: PROVINCE',
      '    name: null',
    ].join('\n')
    const loaded = loadBundle(text, 'order.yaml')
    const lines = !loaded.ok ? loaded.error.map((p) => p.line) : []
    expect(lines.length).toBeGreaterThan(1)
    expect(lines).toEqual([...lines].sort((a, b) => (a ?? 0) - (b ?? 0)))
  })

  it('refuses a YAML alias bomb instead of expanding it', () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for (const [name, prev] of ['ba', 'cb', 'dc', 'ed', 'fe', 'gf', 'hg', 'ih']) {
      text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`
    }
    const loaded = loadBundle(text, 'bomb.yaml')
    expect(!loaded.ok && loaded.error).toEqual([
      expect.objectContaining({ file: 'bomb.yaml', code: 'TOO_MANY_ALIASES', path: '' }),
    ])
  })

  it('refuses a file over 16 MiB by its size, before reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chidao-bundle-size-'))
    try {
      const file = join(dir, 'big.json')
      await writeFile(file, Buffer.alloc(MAX_BUNDLE_BYTES + 1, 0x20))
      const read = await readBundleFile(file)
      expect(!read.ok && read.error[0]).toMatchObject({
        code: 'BUNDLE_TOO_LARGE',
        message: `The bundle is ${MAX_BUNDLE_BYTES + 1} bytes, larger than the limit of 16 MiB (16777216 bytes)`,
      })
      const missing = await readBundleFile(join(dir, 'none.json'))
      expect(!missing.ok && missing.error[0]).toMatchObject({ code: 'FILE_NOT_READABLE' })
      expect(loadBundle(' '.repeat(MAX_BUNDLE_BYTES + 1), 'x').ok).toBe(false)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('formatBundleProblems', () => {
  const problems = [
    {
      file: 'b.yaml',
      line: 12,
      column: 5,
      path: 'tasks[0].lead',
      code: 'REQUIRED',
      message: 'Required',
      messageVi: 'Bắt buộc',
    },
    {
      file: 'b.yaml',
      line: null,
      column: null,
      path: '',
      code: 'BUNDLE_TOO_LARGE',
      message: 'Too large',
      messageVi: 'Quá lớn',
    },
  ]

  it('lists each problem in one language for a message in that language', () => {
    expect(formatBundleProblems(problems, 'en')).toBe(
      'b.yaml:12:5 tasks[0].lead: [REQUIRED] Required\nb.yaml: [BUNDLE_TOO_LARGE] Too large',
    )
    expect(formatBundleProblems(problems, 'vi')).toBe(
      'b.yaml:12:5 tasks[0].lead: [REQUIRED] Bắt buộc\nb.yaml: [BUNDLE_TOO_LARGE] Quá lớn',
    )
  })

  it('gives both languages on each line for a terminal, by default', () => {
    expect(formatBundleProblems(problems)).toBe(
      'b.yaml:12:5 tasks[0].lead: [REQUIRED] Required / Bắt buộc\nb.yaml: [BUNDLE_TOO_LARGE] Too large / Quá lớn',
    )
  })
})
