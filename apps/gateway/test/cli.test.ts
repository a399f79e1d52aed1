import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EXAMPLE_BUNDLE_FILE } from '@chidao/db'
import { describe, expect, it } from 'vitest'
import { postGraphql, startCli, stopChild, waitForUrl } from './reliability/support.js'
import { cliScratch } from './support/cli-scratch.js'

/** Every command and subcommand a person may ask `--help` of. */
const COMMANDS = [
  'serve',
  'migrate',
  'backup',
  'restore',
  'seed',
  'import',
  'export',
  'validate',
  'draft',
  'deadline',
  'report',
  'bundle',
  'bundle init',
  'token',
]

/** A line of a stack trace. */
const STACK = /\n\s+at /

describe('the chidao command line', () => {
  const cli = cliScratch('chidao-cli-')
  const dir = cli.dir
  /**
   * Runs the `chidao` command line from source, as a separate process: where the process itself
   * is what is tested (its exit code, what reaches the terminal, the database it opens).
   */
  const chidao = cli.run
  /**
   * Runs it in this process, through the same program and arguments (`runChidao`, as main.ts
   * does): for help and for commands that touch no database, where starting Node and tsx again
   * for each call proves nothing more and costs seconds on a loaded machine.
   */
  const chidaoHere = cli.inProcess

  it('lists its commands, and refuses an unknown one with exit code 2', () => {
    const help = chidao(['--help'])
    expect(help.code).toBe(0)
    for (const command of COMMANDS.filter((c) => !c.includes(' '))) {
      expect(help.stdout).toContain(`\n  ${command} `)
    }
    const unknown = chidao(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("chidao: unknown command 'frobnicate'")
    const near = chidao(['exprot'])
    expect(near.stderr).toContain("unknown command 'exprot' (Did you mean export?)")
  })

  it.each(COMMANDS)(
    'answers `chidao %s --help` with its usage and options, exit code 0',
    async (command) => {
      const help = await chidaoHere([...command.split(' '), '--help'])
      expect(help.code, help.stderr).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^Usage: chidao ${command}\\b`))
      expect(help.stdout).toContain('-h, --help')
      expect(help.stderr).toBe('')
    },
  )

  it('answers an unknown option with the command usage and the option meant, exit code 2', async () => {
    const result = await chidaoHere(['export', '--ot', 'backup.json'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^chidao export: unknown option '--ot' \(Did you mean --out\?\)\nchidao export: lệnh không có tùy chọn này/,
    )
    expect(result.stderr).toContain('Usage: chidao export [options]')
    expect(result.stderr).not.toMatch(STACK)
  })

  it('refuses to export an empty data directory in one line, without a stack', () => {
    const result = chidao(['export'], { CHIDAO_DATA_DIR: join(dir(), 'empty'), DATABASE_URL: '' })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('[TENANT_NOT_FOUND]')
    expect(result.stderr).toContain('chưa có đơn vị "demo"')
    expect(result.stderr).not.toMatch(STACK)
  })

  it('writes a starter bundle with `bundle init` that `validate` accepts', async () => {
    const file = join(dir(), 'tinh-abc.yaml')
    const init = await chidaoHere([
      'bundle',
      'init',
      '--tenant',
      'tinh-abc',
      '--name',
      'Tỉnh ABC',
      '--out',
      file,
    ])
    expect(init.code, init.stderr).toBe(0)
    expect(init.stdout).toBe(
      `Wrote a starter bundle for Tỉnh ABC (tenant tinh-abc) to ${file}: check it with \`chidao validate ${file}\`\n`,
    )
    const validate = await chidaoHere(['validate', file])
    expect(validate.code, validate.stderr).toBe(0)
    expect(validate.stdout).toContain(`${file}: valid bundle for tenant tinh-abc`)
    expect((await chidaoHere(['bundle', 'init', '--out', file])).code).toBe(2)
  })

  it('validates a bundle and reports each problem with file, line and column', async () => {
    expect((await chidaoHere(['validate', EXAMPLE_BUNDLE_FILE])).code).toBe(0)
    const broken = join(dir(), 'broken.json')
    const text = (await readFile(EXAMPLE_BUNDLE_FILE, 'utf8')).replace(
      /"lead": "[^"]+"/,
      '"lead": "KHONG-CO"',
    )
    await writeFile(broken, text)
    const result = await chidaoHere(['validate', broken])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /broken\.json:\d+:\d+ tasks\[\d+\]\.lead: \[UNKNOWN_ORGANIZATION\]/,
    )
    const missing = await chidaoHere(['validate', join(dir(), 'nope.json')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('nope.json')
  })

  it('imports with progress, changes nothing the second time, and exports the canonical bundle', async () => {
    const env = { CHIDAO_DATA_DIR: join(dir(), 'data') }
    // A dry run says what the import would do, and writes nothing: the import after it creates.
    const checked = chidao(['import', '--dry-run', EXAMPLE_BUNDLE_FILE], env)
    expect(checked.code, checked.stderr).toBe(0)
    expect(checked.stderr).toContain('rolled back (dry run)')
    expect(checked.stdout).toMatch(
      /^Checked \S+ket-luan-93\.json against tenant demo \(.+\): would create \d+ organisations, .*\d+ tasks.*; would update nothing; 0 records unchanged; nothing was written \(dry run\)\n/,
    )
    const first = chidao(['import', EXAMPLE_BUNDLE_FILE], env)
    expect(first.code, first.stderr).toBe(0)
    expect(first.stderr).toContain('tasks: ')
    expect(first.stdout).toMatch(
      /^Imported \S+ket-luan-93\.json into tenant demo \((PGlite at|PostgreSQL) .+\): created \d+ organisations, .*\d+ tasks.*; updated nothing; 0 records unchanged\n/,
    )
    // One line per warning, "path: vi / en": the example's conditional deadline.
    const warning =
      /\ntasks\.\d+\.deadline: Thời hạn theo điều kiện "Sau khi có hướng dẫn của Trung ương".* \/ Conditional deadline .*\n$/
    expect(first.stdout).toMatch(warning)
    const second = chidao(['import', EXAMPLE_BUNDLE_FILE], env)
    expect(second.stdout).toMatch(/: created nothing; updated nothing; \d+ records unchanged\n/)
    expect(second.stdout).toMatch(warning)
    const out = join(dir(), 'export.json')
    const exported = chidao(['export', '--out', out], env)
    expect(exported.code, exported.stderr).toBe(0)
    expect(exported.stdout).toMatch(
      /^Exported tenant demo \(\d+ organisations, .+\) from .+ to \S+export\.json\n$/,
    )
    expect(await readFile(out, 'utf8')).toBe(await readFile(EXAMPLE_BUNDLE_FILE, 'utf8'))
    // The same data serves the token's check of --org: no gateway answers on port 0.
    const token = {
      ...env,
      CHIDAO_JWT_SECRET: 'chidao-cli-test-secret-0123456789abcdef',
      PORT: '0',
    }
    const unknown = chidao(['token', '--role', 'EDITOR', '--org', 'KHONG-CO'], token)
    expect(unknown.code, unknown.stderr).toBe(0)
    expect(unknown.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/)
    expect(unknown.stderr).toContain('Warning: tenant demo has no organisation KHONG-CO')
    expect(unknown.stderr).toContain('Cảnh báo: đơn vị demo không có tổ chức KHONG-CO')
    const known = chidao(['token', '--role', 'EDITOR', '--org', 'btv-tu'], token)
    expect(known.code, known.stderr).toBe(0)
    expect(known.stderr).not.toContain('Warning')
  })

  it('refuses to import into a data directory a running server holds, and imports once it stopped', async () => {
    const dataDir = join(dir(), 'held')
    // The embedded database whatever the run's DATABASE_URL says: the lock is the embedded one's.
    const env = { CHIDAO_DATA_DIR: dataDir, CHIDAO_SEED: 'none', DATABASE_URL: '' }
    const server = startCli(['serve'], env)
    try {
      const url = await waitForUrl(server)
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
    expect(imported.stdout).toMatch(/created .*[1-9]\d* tasks/)
  })
})
