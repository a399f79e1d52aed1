/**
 * Loads the urging benchmark's dataset into a migrated database: the bundle (bulk loaded), a
 * webhook channel per organisation through the application's `addUrgingChannel` (chidao
 * generates each signing secret; the receiver is told it), and fresh planner statistics.
 */
import { addUrgingChannel, operatorCaller } from '@chidao/app'
import { bulkLoadBundle, type ChidaoDatabase } from '@chidao/db'
import { asId, parseBundle, type TenantId } from '@chidao/domain'
import { sql } from 'kysely'
import { operatorContext } from '../../apps/gateway/src/operator-context.js'
import {
  generateUrgingDataset,
  URGING_DATASET,
  type UrgingDatasetCounts,
} from './generate-urging.js'
import type { VerifyingReceiver } from './verifying-receiver.js'

/** What {@link loadUrgingDataset} loaded. */
export interface LoadedUrgingDataset {
  readonly tenantId: TenantId
  readonly counts: UrgingDatasetCounts
  readonly rows: number
  readonly loadMs: number
}

/**
 * Migrates `db` and loads the dataset (a tenth of it when `quick`) with its channels.
 *
 * @example
 * ```ts
 * const { tenantId, counts } = await loadUrgingDataset(db, receiver, { quick: false, seed: 42 })
 * ```
 */
export async function loadUrgingDataset(
  db: ChidaoDatabase,
  receiver: VerifyingReceiver,
  options: { readonly quick: boolean; readonly seed: number },
): Promise<LoadedUrgingDataset> {
  const size = options.quick
    ? { tasks: 1_000, overdue: 200, completedShare: URGING_DATASET.completedShare }
    : URGING_DATASET
  const { bundle: input, counts } = generateUrgingDataset(size, options.seed)
  const parsed = parseBundle(input)
  if (!parsed.ok) throw new Error(`generated bundle refused: ${parsed.error[0]?.message}`)
  const bundle = parsed.value
  const tenantId = asId<TenantId>(bundle.tenant.id)
  await db.migrate()
  await db.ensureTenant(tenantId, bundle.tenant.name)
  const loaded = await bulkLoadBundle(db, bundle, { actor: 'bench:urging' })
  const context = operatorContext(db, tenantId, {
    ...operatorCaller('bench'),
    actor: 'system:bench',
  })
  for (const organization of bundle.organizations) {
    const added = await addUrgingChannel(context, {
      organizationCode: organization.code,
      kind: 'WEBHOOK',
      address: receiver.urlOf(organization.code),
    })
    if (!added.ok || !added.value.secret)
      throw new Error(`channel of ${organization.code} not added`)
    receiver.trust(organization.code, added.value.secret)
  }
  await sql`analyze`.execute(db.kysely)
  return { tenantId, counts, rows: loaded.totalRows, loadMs: loaded.ms }
}
