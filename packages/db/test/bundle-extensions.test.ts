import { asId, type Bundle, bundleToJson, parseBundle, type TenantId } from '@chidao/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadExampleBundle } from '../src/bundle/example-bundle.js'
import { exportBundle } from '../src/bundle/export-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import { KyselyTaskRepository } from '../src/task/kysely-task-repository.js'
import { testBackends } from '../src/testing.js'
import { useTestDatabase } from './support/test-database.js'

const ctx = { actor: 'test:gia-han' }
const REF = '128/KH-UBND#3'

/** The example, with a second extension of the task that has one. */
function extendedAgain(example: Bundle): Bundle {
  const json = JSON.parse(bundleToJson(example))
  const task = json.tasks.find((t: any) => `${t.directive}#${t.reference}` === REF)
  task.extensions.push({
    on: '2022-12-20',
    deadline: 'Quý II/2023',
    document: '52-CV/TU',
    reason: 'Bổ sung ý kiến thẩm định của Sở Tư pháp',
  })
  const r = parseBundle(json)
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'))
  return r.value
}

describe.each(testBackends())('deadline extensions in bundles on %s', (backend) => {
  const test = useTestDatabase(backend)
  let example: Bundle
  let tenant: TenantId

  beforeAll(async () => {
    example = await loadExampleBundle()
    tenant = asId<TenantId>(example.tenant.id)
    await importBundle(test.db, example, ctx, { clearance: 'TUYET_MAT' })
  })

  async function extendedTask() {
    const tasks = new KyselyTaskRepository(test.db.kysely, tenant, 'TUYET_MAT')
    const page = await tasks.list({ filter: { search: 'đặt hàng nhiệm vụ tư vấn' }, first: 5 })
    const found = page.edges.map((e) => e.node).filter((t) => t.reference === '3')
    expect(found).toHaveLength(1)
    return found[0]!
  }

  it('stores the deadline in force and the extension in the history, before the start', async () => {
    const task = await extendedTask()
    expect(task.deadline).toMatchObject({ kind: 'DATE', due: '2022-12-31', text: '31/12/2022' })
    expect(task.history.map((e) => [e.type, e.on, e.from, e.to])).toEqual([
      ['DEADLINE_EXTENDED', '2022-09-28', 'NOT_STARTED', 'NOT_STARTED'],
      ['STARTED', '2022-09-30', 'NOT_STARTED', 'IN_PROGRESS'],
    ])
    expect(task.history[0]).toMatchObject({
      document: '1835/QĐ-UBND',
      previousDeadline: { kind: 'MONTH', due: '2022-09-30', text: 'tháng 9/2022' },
    })
  })

  it('exports the original deadline and the extensions: the example comes back as it is', async () => {
    const exported = await exportBundle(test.db, tenant)
    const task = exported.tasks.find((t) => `${t.directive}#${t.reference}` === REF)!
    expect(task.deadline?.text).toBe('tháng 9/2022')
    expect(task.extensions.map((e) => [e.on, e.deadline.text, e.document])).toEqual([
      ['2022-09-28', '31/12/2022', '1835/QĐ-UBND'],
    ])
    expect(bundleToJson(exported)).toBe(bundleToJson(example))
  })

  it('appends only the extensions not stored yet when imported again', async () => {
    const again = await importBundle(test.db, example, ctx, { clearance: 'TUYET_MAT' })
    expect(again.tasks.updated).toBe(0)
    expect((await extendedTask()).history).toHaveLength(2)
    await importBundle(test.db, extendedAgain(example), ctx, { clearance: 'TUYET_MAT' })
    const task = await extendedTask()
    expect(task.deadline?.text).toBe('Quý II/2023')
    expect(task.history.map((e) => e.type)).toEqual([
      'DEADLINE_EXTENDED',
      'STARTED',
      'DEADLINE_EXTENDED',
    ])
    expect(task.history[2]).toMatchObject({
      from: 'IN_PROGRESS',
      to: 'IN_PROGRESS',
      previousDeadline: { text: '31/12/2022' },
    })
  })
})
