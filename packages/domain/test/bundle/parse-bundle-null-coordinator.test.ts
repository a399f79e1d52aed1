import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseBundle } from '../../src/bundle/parse-bundle.js'

const example = JSON.parse(
  readFileSync(new URL('../../../db/bundles/ket-luan-93.json', import.meta.url), 'utf8'),
)

describe('parseBundle and holes in lists', () => {
  it('reports a null coordinator with its path instead of storing it as a code', () => {
    const bundle = structuredClone(example)
    const task = bundle.tasks.find(
      (t: { coordinators?: unknown[] }) => (t.coordinators?.length ?? 0) > 0,
    )
    const index = bundle.tasks.indexOf(task)
    task.coordinators.push(null)
    const result = parseBundle(bundle)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toContainEqual(
      expect.objectContaining({
        code: 'REQUIRED',
        path: ['tasks', index, 'coordinators', task.coordinators.length - 1],
      }),
    )
  })
})

describe('parseBundle and editor hints', () => {
  it('accepts a "$schema" line for editors, and still refuses unknown fields', () => {
    const withSchema = { $schema: './node_modules/@chidao/domain/bundle.schema.json', ...example }
    expect(parseBundle(withSchema).ok).toBe(true)
    const typo = parseBundle({ ...example, organisation: [] })
    expect(!typo.ok && typo.error.map((e) => e.code)).toContain('UNKNOWN_FIELD')
  })
})
