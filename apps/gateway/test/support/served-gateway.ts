import type { TestBackend } from '@chidao/db/testing'
import { scratchDatabaseEnv } from '@chidao/db/testing'
import { pino } from 'pino'
import { readConfig } from '../../src/config.js'
import type { Logger } from '../../src/logger.js'
import { type RunningGateway, startGateway } from '../../src/server.js'
import { TEST_JWT_SECRET } from './gateway-harness.js'

/** A gateway started as `chidao serve` starts it, and how to stop it (and drop its database). */
export interface ServedGateway {
  readonly gateway: RunningGateway
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly base: string
  stop(): Promise<void>
}

/**
 * Starts the whole gateway (`startGateway`) over real HTTP on a free port, on the backend given:
 * an in-memory PGlite, or an empty PostgreSQL database of its own (dropped by `stop`). No seed,
 * no urging; `env` adds settings.
 */
export async function serveGateway(
  backend: TestBackend,
  env: Record<string, string>,
  logger: Logger = pino({ level: 'silent' }),
): Promise<ServedGateway> {
  const scratch = backend === 'postgres' ? await scratchDatabaseEnv() : null
  try {
    const config = readConfig({
      PORT: '0',
      CHIDAO_DATA_DIR: 'memory://',
      CHIDAO_TENANT: 'obs-test',
      CHIDAO_SEED: 'none',
      CHIDAO_URGING: 'off',
      CHIDAO_JWT_SECRET: TEST_JWT_SECRET,
      ...scratch?.env,
      ...env,
    })
    const gateway = await startGateway(config, logger, { startSnapshot: null })
    return {
      gateway,
      base: gateway.url.replace(/\/graphql$/, ''),
      stop: async () => {
        await gateway.stop()
        await scratch?.dispose()
      },
    }
  } catch (error) {
    await scratch?.dispose()
    throw error
  }
}
