import { readdir, readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { exportBundle } from '../src/bundle/export-bundle.js'
import { importBundle } from '../src/bundle/import-bundle.js'
import { loadBundle } from '../src/bundle/load-bundle.js'
import { testBackends } from '../src/testing.js'
import { useTestDatabase } from './support/test-database.js'

/**
 * Bundles written by earlier releases must keep importing. Each file in fixtures/bundles/ is a
 * bundle as a release wrote it (named after its format version); a release adds its own. They
 * are never edited: a change that breaks one of them is a breaking change of the format.
 */
const FIXTURES = new URL('./fixtures/bundles/', import.meta.url)

describe.each(testBackends())('bundles of earlier releases on %s', (backend) => {
  const test = useTestDatabase(backend)

  it('every kept bundle still validates and imports, whole', async () => {
    const files = (await readdir(FIXTURES)).filter((f) => /\.(json|ya?ml)$/.test(f)).sort()
    expect(files.length).toBeGreaterThanOrEqual(2)
    for (const file of files) {
      const loaded = loadBundle(await readFile(new URL(file, FIXTURES), 'utf8'), file)
      expect(loaded.ok ? [] : loaded.error, file).toEqual([])
      if (!loaded.ok) continue
      const report = await importBundle(
        test.db,
        loaded.value,
        { actor: 'test:compatibility' },
        { clearance: 'TUYET_MAT' },
      )
      expect(report.tasks.created + report.tasks.unchanged, file).toBe(loaded.value.tasks.length)
      const exported = await exportBundle(test.db, loaded.value.tenant.id)
      expect(exported.tasks, file).toHaveLength(loaded.value.tasks.length)
      expect(exported.organizations, file).toHaveLength(loaded.value.organizations.length)
    }
  })
})
