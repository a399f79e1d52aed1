import { MEMORY, openDatabase, type StartSnapshotManifest, writeStartSnapshot } from '@chidao/db'
import { type GatewayConfig, readConfig } from '../config.js'
import { createLogger } from '../logger.js'
import { seedIfEmpty } from '../seed-example.js'
import { START_SNAPSHOT_DIR, startSnapshotContents } from './start-snapshot-contents.js'

/**
 * Makes the start snapshot (a build step): an embedded database in memory, migrated, with the
 * tenant and the example bundle loaded as a first `chidao serve` with the default settings
 * would, dumped with its manifest into `directory` (`dist/snapshot/`). The rows of the example
 * are stamped with the time the snapshot was made.
 */
export async function makeStartSnapshot(
  directory: string = START_SNAPSHOT_DIR,
  config: Pick<GatewayConfig, 'tenantId' | 'tenantName' | 'seed'> = readConfig({}),
): Promise<StartSnapshotManifest> {
  const db = await openDatabase({ url: MEMORY })
  try {
    await db.migrate()
    await db.ensureTenant(config.tenantId, config.tenantName)
    await seedIfEmpty(db, config, createLogger('silent'))
    return await writeStartSnapshot(db, directory, await startSnapshotContents(config))
  } finally {
    await db.close()
  }
}
