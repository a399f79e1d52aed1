import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { formatBundleProblems, loadBundle } from '@chidao/db'
import { describe, expect, it } from 'vitest'
import { bundleCommand, starterBundle } from '../src/cli/bundle-command.js'
import type { CommandContext } from '../src/cli/command.js'

const SECOND_PROVINCE = fileURLToPath(
  new URL('../../../docs/examples/tinh-mau.yaml', import.meta.url),
)

function valid(text: string, file: string) {
  const loaded = loadBundle(text, file)
  if (!loaded.ok) throw new Error(formatBundleProblems(loaded.error))
  return loaded.value
}

/** Runs the command in process, collecting what it writes. */
async function run(args: string[]) {
  let out = ''
  const sink = {
    write: (chunk: string) => {
      out += chunk
      return true
    },
  } as unknown as NodeJS.WritableStream
  const context: CommandContext = {
    args,
    config: () => ({ tenantId: 'demo' }) as ReturnType<CommandContext['config']>,
    stdout: sink,
    stderr: sink,
  }
  const code = await bundleCommand.run(context)
  return { code, out }
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

  it('refuses a bad tenant and an unknown subcommand', async () => {
    await expect(run(['init', '--tenant', 'Tỉnh ABC'])).rejects.toThrow(/not a tenant id/)
    await expect(run(['frobnicate'])).rejects.toThrow(/unknown subcommand/)
    await expect(run([])).rejects.toThrow(/missing subcommand/)
  })

  it('accepts the second province example of docs/examples', async () => {
    const bundle = valid(await readFile(SECOND_PROVINCE, 'utf8'), SECOND_PROVINCE)
    expect(bundle.tenant.id).toBe('tinh-mau')
    expect(bundle.tasks).toHaveLength(2)
  })
})
