import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EXAMPLE_BUNDLE_FILE } from '@chidao/db'
import { describe, expect, it } from 'vitest'
import { postGraphql, startCli, stopChild, waitForUrl } from './reliability/support.js'
import { cliWorkspaceForSuite } from './support/cli-workspace.js'

describe('the chidao command line', () => {
  const workspace = cliWorkspaceForSuite('chidao-cli-')
  const chidao = workspace.chidao

  it('lists its commands, and refuses an unknown one with exit code 2', () => {
    const help = chidao(['--help'])
    expect(help.code).toBe(0)
    for (const command of ['serve', 'migrate', 'seed', 'import', 'export', 'validate', 'token']) {
      expect(help.stdout).toContain(command)
    }
    const unknown = chidao(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown command "frobnicate"')
  })

  it('validates a bundle and reports each problem with file, line and column', async () => {
    expect(chidao(['validate', EXAMPLE_BUNDLE_FILE]).code).toBe(0)
    const broken = join(workspace.dir, 'broken.json')
    const text = (await readFile(EXAMPLE_BUNDLE_FILE, 'utf8')).replace(
      /"lead": "[^"]+"/,
      '"lead": "KHONG-CO"',
    )
    await writeFile(broken, text)
    const result = chidao(['validate', broken])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /broken\.json:\d+:\d+ tasks\[\d+\]\.lead: \[UNKNOWN_ORGANIZATION\]/,
    )
    const missing = chidao(['validate', join(workspace.dir, 'nope.json')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('nope.json')
  })

  it('imports with progress, changes nothing the second time, and exports the canonical bundle', async () => {
    const env = { CHIDAO_DATA_DIR: join(workspace.dir, 'data') }
    const first = chidao(['import', EXAMPLE_BUNDLE_FILE], env)
    expect(first.code, first.stderr).toBe(0)
    expect(first.stderr).toContain('tasks: ')
    expect(first.stdout).toMatch(/tasks\s+\d+ created/)
    const second = chidao(['import', EXAMPLE_BUNDLE_FILE], env)
    expect(second.stdout).toMatch(/tasks\s+0 created\s+0 updated/)
    const out = join(workspace.dir, 'export.json')
    expect(chidao(['export', '--out', out], env).code).toBe(0)
    expect(await readFile(out, 'utf8')).toBe(await readFile(EXAMPLE_BUNDLE_FILE, 'utf8'))
    // Three processes each opening PGlite: 31–50 s measured on a loaded 2-core machine.
  }, 180_000)

  it('refuses to import into a data directory a running server holds, and imports once it stopped', async () => {
    const dataDir = join(workspace.dir, 'held')
    // The embedded database whatever the run's DATABASE_URL says: the lock is the embedded one's.
    const env = { CHIDAO_DATA_DIR: dataDir, CHIDAO_SEED: 'none', DATABASE_URL: '' }
    const server = startCli(['serve'], env)
    try {
      const url = await waitForUrl(server, 120_000)
      const refusedStarted = performance.now()
      const refused = chidao(['import', EXAMPLE_BUNDLE_FILE], env)
      const refusedMs = performance.now() - refusedStarted
      expect(refused.code, refused.stderr).toBe(1)
      expect(refused.stderr).toContain('[DATA_DIRECTORY_IN_USE]')
      expect(refused.stderr).toContain(`pid ${server.process.pid}`)
      expect(refused.stderr).toContain('main.ts serve')
      expect(refused.stderr).toContain(dataDir)
      expect(refused.stderr).toContain('đang được một tiến trình khác mở')
      expect(refused.stderr).not.toContain('committed')
      expect(refused.stderr).not.toMatch(/\n\s+at /)
      // Nothing was written: the server still holds an empty tenant.
      const count = await postGraphql<{ organizations: { totalCount: number } }>(
        url,
        '{ organizations { totalCount } }',
        {},
      )
      expect(count.body?.data?.organizations.totalCount).toBe(0)
      console.log(
        `[figures] data directory lock: import against a running server refused, exit ${refused.code}, in ${Math.round(refusedMs)} ms (process start included); organisations stored 0`,
      )
    } finally {
      await stopChild(server)
    }
    expect(await server.exited).toBe(0)
    const imported = chidao(['import', EXAMPLE_BUNDLE_FILE], env)
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stderr).toContain('committed')
    expect(imported.stdout).toMatch(/tasks\s+[1-9]\d* created/)
  }, 300_000)
})
