import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = new URL('../src/', import.meta.url).pathname

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)])),
  )
  return files.flat().filter((f) => f.endsWith('.ts'))
}

describe('the domain package', () => {
  it('imports nothing but its own files: no Node built-ins, no packages, no db or gateway', async () => {
    const offenders: string[] = []
    for (const file of await sourceFiles(SRC)) {
      const text = await readFile(file, 'utf8')
      for (const match of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        if (!match[1]!.startsWith('./') && !match[1]!.startsWith('../')) {
          offenders.push(`${file.slice(SRC.length)} → ${match[1]}`)
        }
      }
      for (const match of text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]/g)) {
        offenders.push(`${file.slice(SRC.length)} → dynamic ${match[1]}`)
      }
      if (/\bprocess\.|\bBuffer\b|\bfetch\(/.test(text))
        offenders.push(`${file.slice(SRC.length)} → I/O or Node global`)
    }
    expect(offenders).toEqual([])
  })

  it('declares no runtime dependencies', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
    expect(pkg.dependencies ?? {}).toEqual({})
  })
})
