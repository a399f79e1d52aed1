import { randomUUID } from 'node:crypto'
import { keysStoredTwiceOf } from '@chidao/app'
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  type Directive,
  type DirectiveId,
  type Organization,
  parseDocumentSymbol,
  type Task,
} from '@chidao/domain'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { BundleExportConflictError } from '../src/bundle/bundle-export-conflict.js'
import { BundleMergeConflictError } from '../src/bundle/bundle-merge-conflict.js'
import { bundleStore } from '../src/bundle/bundle-store.js'
import { exportBundle } from '../src/bundle/export-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import { testBackends } from '../src/testing.js'
import { secrecyFixture } from './support/secrecy-fixture.js'
import { useTestDatabase } from './support/test-database.js'

/**
 * Natural keys are per secrecy level (migration 0008): a record the caller cannot see never
 * takes a key from it — the caller's own record is created at its level, answered as if the
 * hidden one were absent — while a record it sees, at any level up to its clearance, does.
 */
describe.each(testBackends())('polyinstantiated natural keys on %s', (backend) => {
  const test = useTestDatabase(backend)
  let f: Awaited<ReturnType<typeof secrecyFixture>>
  let lead: Organization
  let hidden: Directive
  let open: Directive
  let secretPlan: Directive
  let plan: Directive
  let secretRoot: Task
  let hiddenSubtask: Task

  const notice = (secrecy: 'PUBLIC' | 'MAT' | 'TOI_MAT') => ({
    symbol: '41-TB/TU',
    issuer: 'TU',
    issuedOn: '2025-04-01',
    secrecy,
  })

  beforeAll(async () => {
    f = await secrecyFixture(test.db, 'tinh-da-muc')
    lead = await f.organization('TU')
    hidden = await f.directiveOrThrow(f.operator, notice('MAT'))
    open = await f.documentOfTu('5-KH/TU', '2025-01-10', 'PUBLIC')
    secretPlan = await f.documentOfTu('7-KH/TU', '2025-02-01', 'TOI_MAT')
    plan = await f.documentOfTu('8-KH/TU', '2025-03-01', 'PUBLIC')
    secretRoot = await f.taskOrThrow(f.operator, { directive: secretPlan, lead, reference: '1' })
    // Cascaded into a public plan from a Tối mật task: Tối mật itself.
    hiddenSubtask = await f.taskOrThrow(f.operator, {
      directive: plan,
      lead,
      reference: '2.1',
      parent: secretRoot,
    })
  })

  it('lets a caller who cannot see a document create its own of the same key, as if it were absent', async () => {
    const created = await f.directive(f.at('PUBLIC'), notice('PUBLIC'))
    expect(created.ok).toBe(true)
    if (!created.ok) return
    expect(created.value).toMatchObject({ symbolText: '41-TB/TU', secrecy: 'PUBLIC' })
    expect(created.value.id).not.toBe(hidden.id)
    expect(await f.ownerRead('directive', hidden.id, 'title')).toBe(hidden.title)
  })

  it('refuses a document of a key the caller sees, at any level up to its clearance', async () => {
    const refusals = [
      await f.directive(f.at('PUBLIC'), notice('PUBLIC')),
      await f.directive(f.at('MAT'), notice('PUBLIC')),
      await f.directive(f.at('MAT'), notice('MAT')),
      await f.directive(f.at('TOI_MAT'), notice('TOI_MAT')),
    ]
    for (const r of refusals) {
      expect(r).toMatchObject({ ok: false, error: { code: 'DIRECTIVE_EXISTS', path: ['symbol'] } })
    }
  })

  it('refuses a document marked above the clearance as SECRECY_ABOVE_CLEARANCE', async () => {
    const r = await f.directive(f.at('PUBLIC'), { ...notice('MAT'), symbol: '42-TB/TU' })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'SECRECY_ABOVE_CLEARANCE', path: ['secrecy'] },
    })
    if (!r.ok) expect(r.error.messageVi).toContain('Mật')
  })

  it('finds by symbol the most secret instance the caller sees first, then the oldest', async () => {
    const symbol = parseDocumentSymbol('41-TB/TU')
    if (!symbol.ok) throw new Error('symbol')
    const levels = async (clearance: 'PUBLIC' | 'MAT' | 'TUYET_MAT') =>
      (await f.at(clearance).directives.findBySymbol(symbol.value, { year: 2025 })).map(
        (d) => d.secrecy,
      )
    expect(await levels('TUYET_MAT')).toEqual(['MAT', 'PUBLIC'])
    expect(await levels('MAT')).toEqual(['MAT', 'PUBLIC'])
    expect(await levels('PUBLIC')).toEqual(['PUBLIC'])
  })

  it('answers a link to or from a hidden document exactly as one to an absent id', async () => {
    const directives = f.at('PUBLIC').directives
    const link = (sourceId: string, targetId: string) =>
      directives.link(
        {
          sourceId: sourceId as DirectiveId,
          targetId: targetId as DirectiveId,
          type: 'CITES',
          effectiveOn: '2025-05-01',
        },
        f.ctx,
      )
    const toAbsent = await link(open.id, randomUUID())
    expect(toAbsent).toMatchObject({
      ok: false,
      error: { code: 'DIRECTIVE_NOT_FOUND', path: ['targetId'] },
    })
    expect(await link(open.id, hidden.id)).toEqual(toAbsent)
    const fromAbsent = await link(randomUUID(), open.id)
    expect(fromAbsent).toMatchObject({ ok: false, error: { path: ['sourceId'] } })
    expect(await link(hidden.id, open.id)).toEqual(fromAbsent)
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from directive_relation where source_id = ${open.id} or target_id = ${open.id}`.execute(
      test.db.kysely,
    )
    expect(rows[0]!.n).toBe(0)
  })

  it('lets a task reference held by a hidden task be taken by the caller, once', async () => {
    const uncleared = f.at('PUBLIC')
    const created = await f.task(uncleared, { directive: plan, lead, reference: '2.1' })
    expect(created.ok).toBe(true)
    const again = await f.task(uncleared, { directive: plan, lead, reference: '2.1' })
    expect(again).toMatchObject({ ok: false, error: { code: 'TASK_REFERENCE_TAKEN' } })
    const cleared = await f.task(f.at('TOI_MAT'), { directive: plan, lead, reference: '2.1' })
    expect(cleared).toMatchObject({ ok: false, error: { code: 'TASK_REFERENCE_TAKEN' } })
    // The hidden instance still stands, seen by the cleared handle only.
    expect((await f.at('TOI_MAT').tasks.findById(hiddenSubtask.id))?.reference).toBe('2.1')
    expect(await uncleared.tasks.findById(hiddenSubtask.id)).toBeNull()
  })

  it('lets an assessment key held by a hidden assessment be taken by the caller, once', async () => {
    const secretReview = await f.assessmentOrThrow(f.operator, {
      key: 'so-ket-41-tb-tu',
      directive: hidden,
      organization: lead,
    })
    const uncleared = f.at('PUBLIC')
    const review = { key: 'so-ket-41-tb-tu', directive: open, organization: lead }
    const created = await f.assessment(uncleared, review)
    expect(created.ok).toBe(true)
    expect(await f.assessment(uncleared, review)).toMatchObject({
      ok: false,
      error: { code: 'ASSESSMENT_KEY_TAKEN' },
    })
    expect(await f.assessment(f.at('MAT'), review)).toMatchObject({
      ok: false,
      error: { code: 'ASSESSMENT_KEY_TAKEN' },
    })
    // The hidden instance still stands, seen by the cleared handle only.
    expect((await f.at('MAT').assessments.findById(secretReview.id))?.key).toBe('so-ket-41-tb-tu')
    expect(await uncleared.assessments.findById(secretReview.id)).toBeNull()
  })

  it('refuses an import that would bring two instances of a key to one level, naming the record', async () => {
    const bundle: Bundle = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      tenant: { id: f.tenantId, name: 'Tỉnh đa mức' },
      title: null,
      description: null,
      source: null,
      organizations: [],
      memberships: [],
      directives: [
        {
          symbol: plan.symbolText,
          kind: 'PLAN',
          issuer: 'TU',
          issuerTerm: null,
          issuedOn: '2025-03-01',
          title: plan.title,
          secrecy: 'TOI_MAT',
          urgency: 'NORMAL',
          sections: [],
        },
      ],
      relations: [],
      tasks: [],
      assessments: [],
    }
    const attempt = importBundle(test.db, bundle, f.ctx, { clearance: 'TUYET_MAT' })
    await expect(attempt).rejects.toBeInstanceOf(BundleMergeConflictError)
    await expect(attempt).rejects.toMatchObject({
      problem: { code: 'NATURAL_KEY_TAKEN', path: ['directives', 0] },
    })
    expect(await f.ownerRead('directive', plan.id, 'secrecy')).toBe('PUBLIC')
    // The bundle store of the import use case answers both refusals as values.
    const bundles = bundleStore(test.db, f.tenantId)
    const taken = await bundles.import(bundle, f.ctx, { clearance: 'TUYET_MAT' })
    expect(taken.ok || [taken.error.code, taken.error.path]).toEqual([
      'NATURAL_KEY_TAKEN',
      ['directives', 0],
    ])
    const above = await bundles.import(bundle, f.ctx, { clearance: 'MAT' })
    expect(above.ok || [above.error.code, above.error.path]).toEqual([
      'SECRECY_ABOVE_CLEARANCE',
      ['directives', 0, 'secrecy'],
    ])
    expect(await f.ownerRead('directive', plan.id, 'secrecy')).toBe('PUBLIC')
  })

  it('refuses to export a tenant holding a key at two levels, naming each pair', async () => {
    const attempt = exportBundle(test.db, f.tenantId)
    await expect(attempt).rejects.toBeInstanceOf(BundleExportConflictError)
    const error = (await attempt.catch((e: unknown) => e)) as BundleExportConflictError
    expect(error.problems.map((p) => p.path)).toEqual([
      ['directives', '41-TB/TU@TU/2025'],
      ['tasks', '08-KH/TU#2.1'],
      ['assessments', 'so-ket-41-tb-tu'],
    ])
    expect(error.problems[0]!.message).toMatch(/Confidential.*Public|Public.*Confidential/)
    expect(error.problems[0]!.messageVi).toMatch(/Mật/)
    for (const p of error.problems) expect(p.code).toBe('KEY_STORED_TWICE')
    // The bundle store of the export use case answers the same, as one value listing them.
    const exported = await bundleStore(test.db, f.tenantId).export()
    expect(exported.ok || keysStoredTwiceOf(exported.error)).toEqual(error.problems)
  })
})
