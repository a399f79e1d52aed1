import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { formatBundleProblems, loadBundle } from '@chidao/db'
import { describe, expect, it } from 'vitest'
import { starterBundle } from '../src/cli/bundle-command.js'
import type { GatewayConfig } from '../src/config.js'
import { chidaoInProcess } from './support/cli-in-process.js'

const SECOND_PROVINCE = fileURLToPath(
  new URL('../../../docs/examples/tinh-mau.yaml', import.meta.url),
)

function valid(text: string, file: string) {
  const loaded = loadBundle(text, file)
  if (!loaded.ok) throw new Error(formatBundleProblems(loaded.error))
  return loaded.value
}

/** `chidao bundle <args>` in process, the configured tenant `demo`; what it wrote to stdout. */
async function run(args: string[]) {
  const r = await chidaoInProcess(
    ['bundle', ...args],
    () => ({ tenantId: 'demo' }) as GatewayConfig,
  )
  return { code: r.code, out: r.stdout, err: r.stderr }
}

describe('chidao bundle init', () => {
  it('writes a commented YAML starter that validates as is', async () => {
    const { code, out } = await run(['init', '--tenant', 'tinh-abc', '--name', 'Tỉnh ABC'])
    expect(code).toBe(0)
    expect(out).toMatch(/^# yaml-language-server: \$schema=/)
    const bundle = valid(out, 'starter.yaml')
    expect(bundle.tenant).toEqual({ id: 'tinh-abc', name: 'Tỉnh ABC' })
    expect(bundle.tasks.map((t) => t.deadline?.kind)).toEqual(['QUARTER', 'DATE'])
    expect(bundle.tasks[0]?.progressReports).toHaveLength(1)
    expect(bundle.relations).toEqual([
      { from: '01-CTr/TU', to: '93-KL/TW', type: 'IMPLEMENTS', effectiveOn: '2025-09-15' },
    ])
    expect(out).toContain('# Tổ chức:')
    expect(out).toContain('# Organisations:')
  })

  it('uses the configured tenant and a default name, and quotes names safely', () => {
    expect(
      valid(starterBundle({ tenant: 'demo', name: 'Tỉnh "Thử": #1' }), 'x.yaml').tenant.name,
    ).toBe('Tỉnh "Thử": #1')
  })

  it('refuses a bad tenant and an unknown subcommand as usage errors (exit code 2)', async () => {
    const tenant = await run(['init', '--tenant', 'Tỉnh ABC'])
    expect(tenant).toMatchObject({ code: 2, out: '' })
    expect(tenant.err).toContain("chidao bundle init: option '--tenant <id>' argument 'Tỉnh ABC'")
    const unknown = await run(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain("chidao bundle: unknown command 'frobnicate'")
    const none = await run([])
    expect(none.code).toBe(2)
    expect(none.err).toContain('init [options]')
  })

  it('accepts the second province example of docs/examples', async () => {
    const bundle = valid(await readFile(SECOND_PROVINCE, 'utf8'), SECOND_PROVINCE)
    expect(bundle.tenant.id).toBe('tinh-mau')
    expect(bundle.tasks).toHaveLength(2)
  })
})
