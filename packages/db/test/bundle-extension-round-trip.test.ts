import {
  asId,
  type Bundle,
  bundleToJson,
  extendDeadline,
  parseBundle,
  parseDeadline,
  type Task,
  type TenantId,
} from '@chidao/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadExampleBundle } from '../src/bundle/example-bundle.js'
import { exportBundle } from '../src/bundle/export-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { KyselyTaskRepository } from '../src/task/kysely-task-repository.js'
import { testBackends } from '../src/testing.js'
import { useTestDatabase } from './support/test-database.js'

const ctx = { actor: 'test:gia-han-sua' }
const extension = (on: string, deadline: string, document: string) => ({
  on,
  deadline,
  document,
  reason: `Gia hạn theo văn bản ${document}`,
})

function deadline(text: string) {
  const r = parseDeadline(text)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

function repository(db: ChidaoDatabase, tenant: TenantId) {
  return new KyselyTaskRepository(db.kysely, tenant, 'TUYET_MAT')
}

/** Every task of the tenant with what a round trip must keep: deadline and history. */
async function tasksOf(db: ChidaoDatabase, tenant: TenantId) {
  const page = await repository(db, tenant).list({ first: 1000 })
  return new Map(
    page.edges.map(({ node }) => [
      `${node.title}#${node.reference}`,
      {
        deadline: node.deadline,
        history: node.history.map(
          ({ actor: _a, at: _t, version: _v, taskId: _i, sequence: _s, ...e }: any) => e,
        ),
      },
    ]),
  )
}

describe.each(testBackends())(
  'an extended task edited afterwards, exported and imported on %s',
  (backend) => {
    const source = useTestDatabase(backend)
    const target = useTestDatabase(backend)
    let tenant: TenantId
    let edited: Task
    let between: Task
    let exported: Bundle

    beforeAll(async () => {
      const example = await loadExampleBundle()
      tenant = asId<TenantId>(example.tenant.id)
      await importBundle(source.db, example, ctx, { clearance: 'TUYET_MAT' })
      const tasks = repository(source.db, tenant)
      const open = (await tasks.list({ first: 1000 })).edges
        .map((e) => e.node)
        .filter(
          (t) =>
            (t.status === 'NOT_STARTED' || t.status === 'IN_PROGRESS') &&
            t.deadline?.due != null &&
            t.deadline.due < '2027-01-01' &&
            t.history.every((e) => e.type !== 'DEADLINE_EXTENDED'),
        )
      expect(open.length).toBeGreaterThanOrEqual(2)
      const change = async (task: Task, on: string, text: string, document: string) => {
        const r = await tasks.change(
          task.id,
          (t) => extendDeadline(t, extension(on, text, document)),
          task.version,
          ctx,
        )
        if (!r.ok) throw new Error(r.error.message)
        return r.value.task
      }
      const edit = async (task: Task, text: string) => {
        const r = await tasks.update(task.id, { deadline: deadline(text) }, task.version, ctx)
        if (!r.ok) throw new Error(r.error.message)
        return r.value
      }
      // Extended, then its deadline edited (as updateTask does): the edit is the one in force.
      edited = await edit(
        await change(open[0]!, '2027-02-01', '31/12/2027', '125/QĐ-UBND'),
        'Quý I/2028',
      )
      // Extended, edited, extended again: the second extension replaced the edited deadline.
      between = await change(
        await edit(
          await change(open[1]!, '2027-02-01', '31/12/2027', '126/QĐ-UBND'),
          'Quý III/2027',
        ),
        '2027-03-01',
        '30/6/2028',
        '45-CV/TU',
      )
      exported = await exportBundle(source.db, tenant)
      await importBundle(target.db, exported, ctx, { clearance: 'TUYET_MAT' })
    })

    it('keeps the edit after the extension as the deadline in force, and the history', async () => {
      const before = await tasksOf(source.db, tenant)
      const after = await tasksOf(target.db, tenant)
      const key = `${edited.title}#${edited.reference}`
      expect(after.get(key)!.deadline).toEqual(deadline('Quý I/2028'))
      expect(after.get(key)!.history).toEqual(before.get(key)!.history)
      expect(after.get(key)!.history.at(-1)).toMatchObject({
        type: 'DEADLINE_EXTENDED',
        document: '125/QĐ-UBND',
        deadline: { text: '31/12/2027' },
      })
      expect(after).toEqual(before)
    })

    it('keeps the deadline an extension replaced when it was edited in between', async () => {
      const after = await tasksOf(target.db, tenant)
      const history = after.get(`${between.title}#${between.reference}`)!.history
      expect(history.filter((e: any) => e.type === 'DEADLINE_EXTENDED')).toMatchObject([
        { document: '126/QĐ-UBND', deadline: { text: '31/12/2027' } },
        {
          document: '45-CV/TU',
          previousDeadline: { text: 'Quý III/2027' },
          deadline: { text: '30/6/2028' },
        },
      ])
    })

    it('exports the same bundle again, which reads back as it was written', async () => {
      expect(bundleToJson(await exportBundle(target.db, tenant))).toBe(bundleToJson(exported))
      const reread = parseBundle(JSON.parse(bundleToJson(exported)))
      expect(reread.ok && bundleToJson(reread.value)).toBe(bundleToJson(exported))
    })
  },
)
