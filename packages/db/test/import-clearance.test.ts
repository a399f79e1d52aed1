import { readFile } from 'node:fs/promises'
import type { Bundle, BundleAssessment } from '@chidao/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BundleAboveClearanceError } from '../src/bundle/bundle-clearance.js'
import { changedCount } from '../src/bundle/bundle-import-report.js'
import { EXAMPLE_BUNDLE_FILE, loadExampleBundle } from '../src/bundle/example-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import { loadBundle } from '../src/bundle/load-bundle.js'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { createTestDatabase, type TestDatabase, testBackends } from '../src/testing.js'

const ctx = { actor: 'test:import-clearance' }
const NOTICE = '215-TB/TU' // Mật in the example bundle

/**
 * A bundle import sees and writes only what its clearance allows. The example's Mật notice
 * 215-TB/TU has a task with reports and a relation; `withHidden` adds an assessment of it.
 * An importer without clearance brings a bundle naming the same notice as public, with its own
 * task, reports, relation and assessment of the same keys.
 */
describe.each(testBackends())('bundle imports fenced to the clearance on %s', (backend) => {
  let withHidden: TestDatabase
  let without: TestDatabase
  let example: Bundle
  let publicCopy: Bundle

  const touchesNotice = (ref: string) => ref === NOTICE || ref.startsWith(`${NOTICE}#`)

  /** The hidden notice and everything on it, as the owner reads it. */
  async function hiddenRecords(db: ChidaoDatabase) {
    const { rows } = await sql`
      select d.title, d.secrecy, d.sections, d.version,
        (select json_agg(json_build_object('secrecy', t.secrecy, 'title', t.title, 'version', t.version))
          from task t where t.directive_id = d.id) as tasks,
        (select count(*)::int from progress_report r join task t on t.id = r.task_id
          where t.directive_id = d.id) as reports,
        (select count(*)::int from directive_relation r where r.source_id = d.id or r.target_id = d.id) as relations,
        (select json_agg(json_build_object('title', a.title, 'version', a.version))
          from assessment a where a.subject_directive_id = d.id) as assessments
      from directive d where d.symbol_text = ${NOTICE} and d.secrecy = 'MAT'`.execute(db.kysely)
    return rows
  }

  async function tableCounts(db: ChidaoDatabase) {
    const { rows } = await sql<Record<string, number>>`
      select (select count(*)::int from directive) as directives, (select count(*)::int from task) as tasks,
        (select count(*)::int from progress_report) as reports, (select count(*)::int from assessment) as assessments,
        (select count(*)::int from audit_event) as audit`.execute(db.kysely)
    return rows[0]
  }

  beforeAll(async () => {
    ;[withHidden, without] = await Promise.all([
      createTestDatabase(backend),
      createTestDatabase(backend),
    ])
    example = await loadExampleBundle()
    const review = example.assessments.find((a) => a.subject.kind === 'DIRECTIVE_IMPLEMENTATION')!
    const ofNotice: BundleAssessment = {
      ...review,
      key: 'so-ket-215-tb-tu',
      subject: { ...review.subject, directive: NOTICE } as BundleAssessment['subject'],
    }
    // The notice's task gets a report, whose bundle key the public copy's report shares.
    const reported = example.tasks.map((t) =>
      touchesNotice(t.directive)
        ? {
            ...t,
            progressReports: [
              {
                reportedOn: '2024-01-15',
                organization: t.lead,
                percent: 40,
                narrative: 'Đã triển khai',
                evidence: [],
              },
            ],
          }
        : t,
    )
    await importBundle(
      withHidden.db,
      { ...example, tasks: reported, assessments: [...example.assessments, ofNotice] },
      ctx,
      { clearance: 'TUYET_MAT' },
    )
    // The same tenant, never holding the notice.
    await importBundle(
      without.db,
      {
        ...example,
        directives: example.directives.filter((d) => d.symbol !== NOTICE),
        relations: example.relations.filter((r) => !touchesNotice(r.from) && !touchesNotice(r.to)),
        tasks: example.tasks.filter((t) => !touchesNotice(t.directive)),
      },
      ctx,
      { clearance: 'TUYET_MAT' },
    )
    publicCopy = {
      ...example,
      directives: example.directives.map((d) =>
        d.symbol === NOTICE
          ? { ...d, secrecy: 'PUBLIC', title: 'Thông báo công khai', sections: [] }
          : d,
      ),
      tasks: reported,
      assessments: [...example.assessments, ofNotice],
    }
    expect(publicCopy.relations.some((r) => touchesNotice(r.from) || touchesNotice(r.to))).toBe(
      true,
    )
    expect(
      publicCopy.tasks.filter((t) => touchesNotice(t.directive)).flatMap((t) => t.progressReports)
        .length,
    ).toBeGreaterThan(0)
  })
  afterAll(async () => {
    await withHidden?.dispose()
    await without?.dispose()
  })

  it('answers an uncleared import as if the hidden document were absent, and leaves it whole', async () => {
    const before = await hiddenRecords(withHidden.db)
    expect(before).toHaveLength(1)
    const report = await importBundle(withHidden.db, publicCopy, ctx, { clearance: 'PUBLIC' })
    const absent = await importBundle(without.db, publicCopy, ctx, { clearance: 'PUBLIC' })
    expect(report).toEqual(absent)
    expect(report.directives).toEqual({
      created: 1,
      updated: 0,
      unchanged: example.directives.length - 1,
    })
    expect(report.assessments.created).toBe(1)
    expect(report.progressReports.created).toBeGreaterThan(0)
    expect(await hiddenRecords(withHidden.db)).toEqual(before)
    const { rows } = await sql<{ secrecy: string }>`
      select secrecy from directive where symbol_text = ${NOTICE} order by secrecy`.execute(
      withHidden.db.kysely,
    )
    expect(rows.map((r) => r.secrecy)).toEqual(['MAT', 'PUBLIC'])
    const again = await importBundle(withHidden.db, publicCopy, ctx, { clearance: 'PUBLIC' })
    expect(changedCount(again)).toBe(0)
  })

  it('refuses a bundle holding a document above the clearance, at its path, writing nothing', async () => {
    const before = await tableCounts(withHidden.db)
    const attempt = importBundle(withHidden.db, example, ctx, { clearance: 'PUBLIC' })
    await expect(attempt).rejects.toBeInstanceOf(BundleAboveClearanceError)
    await expect(attempt).rejects.toMatchObject({
      problems: [
        {
          code: 'SECRECY_ABOVE_CLEARANCE',
          path: ['directives', example.directives.findIndex((d) => d.symbol === NOTICE), 'secrecy'],
        },
      ],
    })
    expect(await tableCounts(withHidden.db)).toEqual(before)

    const text = await readFile(EXAMPLE_BUNDLE_FILE, 'utf8')
    const loaded = loadBundle(text, 'ket-luan-93.json', { clearance: 'PUBLIC' })
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    expect(loaded.error).toEqual([
      expect.objectContaining({
        path: `directives[${example.directives.findIndex((d) => d.symbol === NOTICE)}].secrecy`,
        code: 'SECRECY_ABOVE_CLEARANCE',
        line: expect.any(Number),
        column: expect.any(Number),
      }),
    ])
    expect(loaded.error[0]!.message).toContain(NOTICE)
    expect(loaded.error[0]!.messageVi).toContain('Mật')
    expect(loadBundle(text, 'ket-luan-93.json', { clearance: 'MAT' }).ok).toBe(true)
  })
})
