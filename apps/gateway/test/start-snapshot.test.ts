import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { openDatabase, START_SNAPSHOT_MANIFEST } from '@chidao/db'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from '../src/config.js'
import { startGateway } from '../src/server.js'
import { makeStartSnapshot } from '../src/start-snapshot/make-start-snapshot.js'

// The start snapshot is an embedded feature: every start here is PGlite on a fresh directory.

/** Starts the gateway on `dataDir` with the default seed, answers once, stops; gives its logs. */
async function firstStart(dataDir: string, startSnapshot: string | null): Promise<string[]> {
  const messages: string[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      messages.push(String((JSON.parse(String(chunk)) as { msg: string }).msg))
      done()
    },
  })
  const config = readConfig({ PORT: '0', CHIDAO_DATA_DIR: dataDir, CHIDAO_URGING: 'off' })
  const gateway = await startGateway(config, pino({ level: 'info' }, sink), { startSnapshot })
  try {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } })
  } finally {
    await gateway.stop()
  }
  return messages
}

/** Rows per table of the example's tenant, read after the gateway stopped. */
async function rowsOf(dataDir: string): Promise<Record<string, number>> {
  const db = await openDatabase({ dataDir })
  try {
    const count = async (table: 'organization' | 'directive' | 'task' | 'tenant') =>
      Number(
        (
          await db.kysely
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    return {
      tenant: await count('tenant'),
      organization: await count('organization'),
      directive: await count('directive'),
      task: await count('task'),
    }
  } finally {
    await db.close()
  }
}

describe('chidao serve on a fresh data directory (embedded)', () => {
  let dir: string
  let snapshot: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chidao-serve-snapshot-'))
    snapshot = join(dir, 'snapshot')
    await makeStartSnapshot(snapshot)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('starts from the build’s snapshot, and holds what the slow way gives', async () => {
    const fast = await firstStart(join(dir, 'fast'), snapshot)
    expect(fast).toContain(
      'first start from the start snapshot made by the build (migrated, example loaded)',
    )
    expect(fast.some((m) => m.startsWith('loaded the example bundle'))).toBe(false)
    const slow = await firstStart(join(dir, 'slow'), null)
    expect(slow.some((m) => m.startsWith('loaded the example bundle'))).toBe(true)
    const rows = await rowsOf(join(dir, 'fast'))
    expect(rows.organization).toBeGreaterThan(0)
    expect(rows).toEqual(await rowsOf(join(dir, 'slow')))
  })

  it('takes the slow way when the snapshot’s migrations are not the code’s', async () => {
    const file = join(snapshot, START_SNAPSHOT_MANIFEST)
    const manifest = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(
      file,
      JSON.stringify({ ...manifest, migrations: [...manifest.migrations, '9999-not-written'] }),
    )
    try {
      const messages = await firstStart(join(dir, 'stale'), snapshot)
      expect(messages.some((m) => m.startsWith('first start without a snapshot'))).toBe(true)
      expect(messages.some((m) => m.startsWith('loaded the example bundle'))).toBe(true)
      expect((await rowsOf(join(dir, 'stale'))).organization).toBeGreaterThan(0)
    } finally {
      await writeFile(file, JSON.stringify(manifest))
    }
  })
})
