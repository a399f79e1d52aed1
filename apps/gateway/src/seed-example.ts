import { importBundle, listOrganizations, operatorCaller, type UseCaseResult } from '@chidao/app'
import { type ChidaoDatabase, loadExampleBundle } from '@chidao/db'
import type { GatewayConfig } from './config.js'
import type { Logger } from './logger.js'
import { operatorContext } from './operator-context.js'

/**
 * Loads the example bundle into an empty database on first start, so that `npm start` on a
 * fresh clone shows a real programme. Only for the example's own tenant, and only when that
 * tenant holds nothing yet: a province's data is never touched.
 */
export async function seedIfEmpty(
  db: ChidaoDatabase,
  config: Pick<GatewayConfig, 'seed' | 'tenantId'>,
  logger: Logger,
): Promise<void> {
  if (config.seed !== 'example') return
  // The deployment seeds itself as its operator: every level (the example holds a Mật notice).
  const context = operatorContext(db, config.tenantId, {
    ...operatorCaller('seed'),
    actor: 'system:seed',
  })
  // Asked first: on every start but the first the tenant holds something, and the example's
  // file need not be read and checked.
  const existing = seeded(await listOrganizations(context, { first: 1 }))
  if (existing.totalCount > 0) return
  const example = await loadExampleBundle()
  if (example.tenant.id !== config.tenantId) return
  const report = seeded(await importBundle(context, { bundle: example }))
  logger.info(
    {
      tenant: config.tenantId,
      organizations: report.organizations.created,
      tasks: report.tasks.created,
    },
    `loaded the example bundle into the empty tenant ${config.tenantId}`,
  )
}

/**
 * The value of a use case the seed calls; its failure stops the start, with the code and the
 * English and the Vietnamese message each on its own line.
 */
function seeded<T>(result: UseCaseResult<T, string>): T {
  if (result.ok) return result.value
  const { code, message, messageVi } = result.error
  throw new Error(
    [
      `The example bundle was not loaded: [${code}] ${message}`,
      `Chưa nạp được gói dữ liệu mẫu: ${messageVi}`,
    ].join('\n'),
  )
}
