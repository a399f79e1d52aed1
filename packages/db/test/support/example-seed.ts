import { loadExampleBundle } from '../../src/bundle/example-bundle.js'
import { importBundle } from '../../src/bundle/import-bundle.js'
import type { TestSeed } from '../../src/testing.js'

/**
 * The example bundle (tenant `demo`, every secrecy level) as the operator imports it: written
 * once per run into a template by `test/global-setup.ts`, copied by `useExampleDatabase`.
 */
export const EXAMPLE_SEED: TestSeed = {
  name: 'example',
  async fill(db) {
    await importBundle(db, await loadExampleBundle(), { actor: 'test' }, { clearance: 'TUYET_MAT' })
  },
}
