import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { testBackends } from '../src/testing.js'
import { useTestDatabase } from './support/test-database.js'

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles']

describe.each(testBackends())('values read from %s', (backend) => {
  const test = useTestDatabase(backend)
  const original = process.env.TZ
  afterAll(() => {
    process.env.TZ = original
  })

  it.each(ZONES)('are the same JavaScript values in time zone %s', async (zone) => {
    process.env.TZ = zone
    const { rows } = await sql<Record<string, unknown>>`
      select
        date '2020-11-20' as day,
        timestamptz '2026-01-15 10:00:00+07' as instant,
        42::int8 as small_int8,
        9007199254740993::int8 as big_int8,
        count(*) as counted,
        12.50::numeric(5, 2) as decimal,
        '{"a": [1, "b"]}'::jsonb as document,
        '{"x": 1}'::json as plain_json
      from (values (1), (2)) as v(x)`.execute(test.db.kysely)
    expect(rows[0]).toEqual({
      day: '2020-11-20',
      instant: new Date('2026-01-15T03:00:00.000Z'),
      small_int8: 42,
      big_int8: 9007199254740993n,
      counted: 2,
      decimal: '12.50',
      document: { a: [1, 'b'] },
      plain_json: { x: 1 },
    })
  })
})
