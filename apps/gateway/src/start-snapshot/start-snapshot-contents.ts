import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { EXAMPLE_BUNDLE_FILE } from '@chidao/db'
import type { GatewayConfig } from '../config.js'

/**
 * Where the build writes the start snapshot and `chidao serve` looks for it: `dist/snapshot/`
 * beside the compiled code. Run from the sources (tests, `npm run dev`) it names
 * `src/snapshot/`, which holds none: those starts take the slow way.
 */
export const START_SNAPSHOT_DIR: string = fileURLToPath(new URL('../snapshot/', import.meta.url))

/**
 * What a start snapshot for `config` holds beyond the migrated schema: the tenant (id and
 * name) and the example bundle, named by the hash of its file. A snapshot made for other
 * settings is not used.
 */
export async function startSnapshotContents(
  config: Pick<GatewayConfig, 'tenantId' | 'tenantName' | 'seed'>,
): Promise<Record<string, string>> {
  const example = await readFile(EXAMPLE_BUNDLE_FILE)
  return {
    tenant: config.tenantId,
    tenantName: config.tenantName,
    seed: config.seed,
    exampleBundleSha256: createHash('sha256').update(example).digest('hex'),
  }
}
