import { readStartSnapshot } from '@chidao/db'
import type { GatewayConfig } from '../config.js'
import type { Logger } from '../logger.js'
import { startSnapshotContents } from './start-snapshot-contents.js'

/**
 * What `openDatabase` calls on a first start of an embedded data directory: the dump of the
 * start snapshot in `directory` when it matches the migrations, PGlite and `config` (the
 * default seed, the same tenant), else `null` and the database is created, migrated and seeded
 * the slow way. `null` (no function) when the example is not seeded or there is no directory.
 */
export function firstStartDump(
  config: Pick<GatewayConfig, 'tenantId' | 'tenantName' | 'seed'>,
  logger: Logger,
  directory: string | null,
): (() => Promise<Blob | null>) | null {
  if (config.seed !== 'example' || directory === null) return null
  return async () => {
    const found = await readStartSnapshot(directory, await startSnapshotContents(config))
    if (!found.ok) {
      logger.info(
        { reason: found.reason },
        `first start without a snapshot (${found.reason}): creating, migrating and seeding the database`,
      )
      return null
    }
    logger.info(
      { migrations: found.manifest.migrations.length },
      'first start from the start snapshot made by the build (migrated, example loaded)',
    )
    return found.dump
  }
}
