import { describe, expect, it } from 'vitest'
import { readConfig } from '../src/config.js'
import { chidaoInProcess } from './support/cli-in-process.js'

// What `chidao backup` and `chidao restore` say where they do not copy files themselves. The
// copies, under write load and restored, are tested in test/reliability/backup-under-load.test.ts
// and the refusals in @chidao/db's embedded-backup.test.ts.
describe('chidao backup and restore: PostgreSQL and memory', () => {
  const on = (env: Record<string, string>) => () => readConfig({ PORT: '0', ...env })

  const postgres = 'postgres://postgres@127.0.0.1:5432/chidao'
  const pgDumpWay = ['pg_dump --format=custom', 'pg_restore', 'hãy sao lưu bằng pg_dump']
  const nothingToCopy = ['memory://', 'không có gì để sao lưu']

  it.each([
    ['backup', postgres, pgDumpWay],
    ['restore', postgres, pgDumpWay],
    ['backup', 'memory://', nothingToCopy],
    ['restore', 'memory://', nothingToCopy],
  ])('%s with DATABASE_URL=%s says what to do instead and exits 1', async (command, url, said) => {
    const run = await chidaoInProcess([command, 'chidao.backup'], on({ DATABASE_URL: url }))
    expect(run.code).toBe(1)
    for (const words of said) expect(run.stderr).toContain(words)
  })

  it('lists both in the help', async () => {
    const run = await chidaoInProcess(['--help'])
    expect(run.stdout).toMatch(/backup\s+\[options\] <file>\s+copy the embedded database/)
    expect(run.stdout).toMatch(/restore\s+\[options\] <file>\s+put back the embedded database/)
  })
})
