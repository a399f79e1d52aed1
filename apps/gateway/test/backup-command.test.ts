import { describe, expect, it } from 'vitest'
import { readConfig } from '../src/config.js'
import { chidaoInProcess } from './support/cli-in-process.js'

// What `chidao backup` and `chidao restore` say where they do not copy files themselves. The
// copies, under write load and restored, are tested in test/reliability/backup-under-load.test.ts
// and the refusals in @chidao/db's embedded-backup.test.ts.
describe('chidao backup and restore: PostgreSQL and memory', () => {
  const on = (env: Record<string, string>) => () => readConfig({ PORT: '0', ...env })

  it.each(['backup', 'restore'])(
    '%s on PostgreSQL tells the pg_dump way and exits 1',
    async (command) => {
      const run = await chidaoInProcess(
        [command, 'chidao.backup'],
        on({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/chidao' }),
      )
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('pg_dump --format=custom')
      expect(run.stderr).toContain('pg_restore')
      expect(run.stderr).toContain('hãy sao lưu bằng pg_dump')
    },
  )

  it.each(['backup', 'restore'])(
    '%s of an in-memory database says there is nothing to copy',
    async (command) => {
      const run = await chidaoInProcess(
        [command, 'chidao.backup'],
        on({ DATABASE_URL: 'memory://' }),
      )
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('memory://')
      expect(run.stderr).toContain('không có gì để sao lưu')
    },
  )

  it('lists both in the help', async () => {
    const run = await chidaoInProcess(['--help'])
    expect(run.stdout).toMatch(/backup\s+\[options\] <file>\s+copy the embedded database/)
    expect(run.stdout).toMatch(/restore\s+\[options\] <file>\s+put back the embedded database/)
  })
})
