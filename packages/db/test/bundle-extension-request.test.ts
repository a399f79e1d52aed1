import type { TaskChangeStep } from '@chidao/app'
import {
  asId,
  type Bundle,
  bundleToJson,
  declineExtension,
  requestExtension,
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

const ctx = { actor: 'test:xin-gia-han' }

function repository(db: ChidaoDatabase, tenant: TenantId) {
  return new KyselyTaskRepository(db.kysely, tenant, 'TUYET_MAT')
}

/**
 * A bundle carries a task's terms — status, lead, deadline and extensions — not the requests
 * for an extension nor their refusals, which change none of them (as it carries neither the
 * steps of the lifecycle nor reassignments): the export leaves them out, and the import gives
 * the same terms without them.
 */
describe.each(testBackends())(
  'a task asked for an extension, exported and imported on %s',
  (backend) => {
    const source = useTestDatabase(backend)
    const target = useTestDatabase(backend)
    let tenant: TenantId
    let declined: Task
    let pending: Task
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
            t.deadline.due < '2027-01-01',
        )
      expect(open.length).toBeGreaterThanOrEqual(2)
      const change = async (task: Task, step: TaskChangeStep) => {
        const r = await tasks.change(task.id, step, task.version, ctx)
        if (!r.ok) throw new Error(r.error.message)
        return r.value.task
      }
      const ask = (on: string) => (t: Task) =>
        requestExtension(t, {
          deadline: '30/6/2027',
          reason: 'Lý do xin gia hạn riêng của phép thử',
          on,
        })
      declined = await change(await change(open[0]!, ask('2027-02-01')), (t) =>
        declineExtension(t, { reason: 'Không có căn cứ', on: '2027-02-02' }),
      )
      pending = await change(open[1]!, ask('2027-02-01'))
      exported = await exportBundle(source.db, tenant)
      await importBundle(target.db, exported, ctx, { clearance: 'TUYET_MAT' })
    })

    it('leaves the requests and refusals out of the bundle, and keeps the terms', async () => {
      const json = bundleToJson(exported)
      expect(json).not.toContain('EXTENSION_REQUESTED')
      expect(json).not.toContain('Lý do xin gia hạn riêng của phép thử')
      const imported = (await repository(target.db, tenant).list({ first: 1000 })).edges.map(
        (e) => e.node,
      )
      for (const task of [declined, pending]) {
        const twin = imported.find((t) => t.title === task.title && t.reference === task.reference)!
        expect(twin).toMatchObject({ status: task.status, deadline: task.deadline })
        expect(twin.history.map((e) => e.type)).not.toContain('EXTENSION_REQUESTED')
        expect(twin.history.map((e) => e.type)).not.toContain('EXTENSION_DECLINED')
      }
      const asked = await repository(target.db, tenant).list({
        filter: { extensionRequested: true },
        first: 10,
      })
      expect(asked.totalCount).toBe(0)
    })

    it('exports the imported tenant to the same bundle', async () => {
      expect(bundleToJson(await exportBundle(target.db, tenant))).toBe(bundleToJson(exported))
    })
  },
)
