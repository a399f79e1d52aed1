import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Bundle } from '@chidao/domain'
import { formatBundleProblems, loadBundle } from './load-bundle.js'

/**
 * Where the example bundle lives: the Conclusion 93 chain (Chỉ thị 42-CT/TW → Kết luận
 * 93-KL/TW → an illustrative provincial programme), shipped with this package.
 */
export const EXAMPLE_BUNDLE_FILE: string = fileURLToPath(
  new URL('../../bundles/ket-luan-93.json', import.meta.url),
)

/** Reads and validates the example bundle. Throws if the shipped file is broken (a bug). */
export async function loadExampleBundle(): Promise<Bundle> {
  const loaded = loadBundle(await readFile(EXAMPLE_BUNDLE_FILE, 'utf8'), EXAMPLE_BUNDLE_FILE)
  if (!loaded.ok)
    throw new Error(`The example bundle is invalid:\n${formatBundleProblems(loaded.error)}`)
  return loaded.value
}
