import { type ChidaoDatabase, openDatabase } from '@chidao/db'
import type { GatewayConfig } from '../config.js'

/** Opens the database the configuration names (DATABASE_URL or the embedded one) and migrates it. */
export async function openConfiguredDatabase(config: GatewayConfig): Promise<ChidaoDatabase> {
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir })
  try {
    await db.migrate()
    return db
  } catch (error) {
    await db.close()
    throw error
  }
}
