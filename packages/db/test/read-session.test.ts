import { asId, parseDocumentSymbol, type TenantId } from '@chidao/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChidaoDatabase } from '../src/chidao-database.js'
import { KyselyTaskRepository } from '../src/task/kysely-task-repository.js'
import { SharedReadTransaction } from '../src/tenant/shared-read-transaction.js'
import { testBackends } from '../src/testing.js'
import { auditEventCount } from './support/audit-events.js'
import { useExampleDatabase } from './support/test-database.js'

const TENANT = asId<TenantId>('demo')

describe.each(testBackends())('read session on %s', (backend) => {
  const statements: string[] = []
  const test = useExampleDatabase(backend, {
    onQuery: (event) => {
      statements.push(event.query.sql)
    },
  })
  let db: ChidaoDatabase

  beforeAll(async () => {
    db = test.db
  })

  const isBegin = (s: string) => /^\s*(begin|start transaction)\b/i.test(s)
  const isFence = (s: string) => s.includes("set_config('role'")
  const isCommit = (s: string) => /^\s*commit\b/i.test(s)

  it('reads through every repository in one transaction, fenced once', async () => {
    const perCall = db.forTenant(TENANT, { clearance: 'TUYET_MAT' })
    const expected = {
      organizations: await perCall.organizations.list({ first: 5 }),
      directives: await perCall.directives.list({ first: 5 }),
      tasks: await perCall.tasks.list({ first: 5, asOf: '2026-03-01' }),
      assessments: await perCall.assessments.list({ first: 5 }),
    }
    statements.length = 0
    const session = db.readSession(TENANT, { clearance: 'TUYET_MAT' })
    try {
      // At once, as sibling resolvers ask: they queue on the one connection.
      const [organizations, directives, tasks, assessments] = await Promise.all([
        session.organizations.list({ first: 5 }),
        session.directives.list({ first: 5 }),
        session.tasks.list({ first: 5, asOf: '2026-03-01' }),
        session.assessments.list({ first: 5 }),
      ])
      expect({ organizations, directives, tasks, assessments }).toEqual(expected)
      expect(tasks.edges.length).toBe(5)
    } finally {
      await session.end()
    }
    expect(statements.filter(isBegin)).toHaveLength(1)
    expect(statements[0]).toMatch(/^start transaction isolation level repeatable read/i)
    expect(statements.filter(isFence)).toHaveLength(1)
    expect(statements.filter(isCommit)).toHaveLength(1)
    // 4 first pages of 4 repositories, each counting its list in the same statement.
    expect(statements.length).toBe(3 + 4)
  })

  it('sends nothing when nothing is read', async () => {
    statements.length = 0
    const session = db.readSession(TENANT)
    await session.end()
    await session.end()
    expect(statements).toEqual([])
  })

  it('refuses reads after its end, and writes while open', async () => {
    const shared = new SharedReadTransaction(db.kysely, TENANT, 'PUBLIC')
    const before = await auditEventCount(db)
    await expect(
      shared.run((trx) =>
        trx
          .insertInto('audit_event')
          .values({
            tenant_id: TENANT,
            actor: 'test',
            action: 'test.write-in-read-session',
            entity_type: 'test',
            entity_id: '00000000-0000-0000-0000-000000000000',
          } as never)
          .execute(),
      ),
    ).rejects.toThrow(/read-only transaction/)
    await shared.end()
    await expect(shared.run(async () => 1)).rejects.toThrow(/already ended/)
    expect(await auditEventCount(db)).toBe(before)
  })

  it('sees only what its clearance allows', async () => {
    const parsed = parseDocumentSymbol('215-TB/TU') // MẬT in the example
    if (!parsed.ok) throw new Error('symbol')
    const symbol = parsed.value
    // One after the other: on PGlite a session holds the only connection until it ends.
    const open = db.readSession(TENANT)
    try {
      expect(await open.directives.findBySymbol(symbol)).toEqual([])
    } finally {
      await open.end()
    }
    const cleared = db.readSession(TENANT, { clearance: 'MAT' })
    try {
      expect((await cleared.directives.findBySymbol(symbol)).map((d) => d.secrecy)).toEqual(['MAT'])
    } finally {
      await cleared.end()
    }
  })

  it('refuses a repository of another tenant or clearance on a shared transaction', () => {
    const shared = new SharedReadTransaction(db.kysely, TENANT, 'MAT')
    expect(() => new KyselyTaskRepository(shared, 'other', 'MAT')).toThrow(
      /cannot serve other\/MAT/,
    )
    expect(() => new KyselyTaskRepository(shared, TENANT, 'PUBLIC')).toThrow(
      /cannot serve demo\/PUBLIC/,
    )
  })

  it.runIf(backend === 'postgres')('reads one snapshot while others write', async () => {
    const session = db.readSession(TENANT)
    const writer = db.forTenant(TENANT)
    try {
      const first = await session.organizations.list({ first: 1000 })
      await db.kysely
        .insertInto('organization')
        .values({
          tenant_id: TENANT,
          code: 'SNAPSHOT-TEST',
          name: 'Đơn vị thêm trong lúc đọc',
          search_key: 'don vi them trong luc doc',
          name_sort_key: 'don vi them trong luc doc',
          kind: 'OTHER',
          level: 'PROVINCE',
        })
        .execute()
      const second = await session.organizations.list({ first: 1000 })
      expect(second.totalCount).toBe(first.totalCount)
      expect((await writer.organizations.list({ first: 1000 })).totalCount).toBe(
        first.totalCount + 1,
      )
    } finally {
      await session.end()
    }
  })
})
