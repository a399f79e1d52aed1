import { isTenantId, type TenantId } from '@chidao/domain'

/** The gateway's settings, read from the environment. */
export interface GatewayConfig {
  readonly port: number
  readonly host: string
  /** PostgreSQL URL, `memory://`, or null for the embedded database in `dataDir`. */
  readonly databaseUrl: string | null
  readonly dataDir: string | null
  readonly tenantId: TenantId
  readonly tenantName: string
  readonly logLevel: string
}

/** Thrown for a setting that cannot be used; the message names the variable and the value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/**
 * Reads the configuration from environment variables: `PORT` (4000), `HOST` (127.0.0.1),
 * `DATABASE_URL` (unset: embedded), `CHIDAO_DATA_DIR` (`.chidao/data`; `memory://` for an
 * in-memory database), `CHIDAO_TENANT` (`demo`), `CHIDAO_TENANT_NAME`, `LOG_LEVEL` (info).
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const port = Number(env.PORT ?? 4000)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`)
  }
  const tenantId = env.CHIDAO_TENANT?.trim() || 'demo'
  if (!isTenantId(tenantId)) {
    throw new ConfigError(
      `CHIDAO_TENANT must be lower-case letters, digits and hyphens (at most 63), got "${tenantId}"`,
    )
  }
  return Object.freeze({
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: env.CHIDAO_DATA_DIR?.trim() || null,
    tenantId,
    tenantName: env.CHIDAO_TENANT_NAME?.trim() || 'Tỉnh minh họa (demo)',
    logLevel: env.LOG_LEVEL?.trim() || 'info',
  })
}
