import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../src/migrations/index.js'
import { testBackends } from '../src/testing.js'
import { useTestDatabase } from './support/test-database.js'

describe.each(testBackends())('migrations on %s', (backend) => {
  const test = useTestDatabase(backend)

  it('are applied from empty, and a second run applies nothing', async () => {
    expect((await test.db.migrate()).applied).toEqual([])
    const rows = await sql<{
      name: string
    }>`select name from chidao_migration order by name`.execute(test.db.kysely)
    expect(rows.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS))
  })

  it('go down to empty and up again (development only)', async () => {
    for (const _ of Object.keys(MIGRATIONS)) await test.db.migrateDown()
    const tables = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.tables
      where table_schema = 'public' and table_name not like 'chidao_migration%'`.execute(
      test.db.kysely,
    )
    expect(tables.rows[0]?.n).toBe(0)
    expect((await test.db.migrate()).applied).toEqual(Object.keys(MIGRATIONS))
  })
})
