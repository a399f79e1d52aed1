import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatabaseUnavailableError } from '../src/errors.js'
import { openDatabase } from '../src/open-database.js'

describe('openDatabase', () => {
  it('says where it tried and what to check when PostgreSQL does not answer, hiding the password', async () => {
    const attempt = openDatabase({
      url: 'postgres://someone:s3cret@127.0.0.1:1/chidao',
      connectTimeoutMs: 2_000,
    })
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError)
    const error = (await attempt.catch((e: unknown) => e)) as Error
    expect(error.message).toContain('127.0.0.1:1')
    expect(error.message).toMatch(/Is PostgreSQL running|Check DATABASE_URL/)
    expect(error.message).not.toContain('s3cret')
  })

  it('refuses a URL that names no supported database', async () => {
    await expect(openDatabase({ url: 'mysql://localhost/x' })).rejects.toThrow(/postgres:\/\//)
  })

  it('keeps an embedded database on disk across openings', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chidao-open-'))
    try {
      const first = await openDatabase({ dataDir: join(dir, 'data') })
      await first.migrate()
      await first.ensureTenant('tinh-x' as never, 'Tỉnh X')
      await first.close()
      const second = await openDatabase({ dataDir: join(dir, 'data') })
      expect((await second.migrate()).applied).toEqual([])
      const tenant = await second.kysely.selectFrom('tenant').select('name').executeTakeFirst()
      expect(tenant?.name).toBe('Tỉnh X')
      expect(second.location).toContain(join(dir, 'data'))
      await second.close()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
