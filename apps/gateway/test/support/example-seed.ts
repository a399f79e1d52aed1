import { importBundle, loadExampleBundle } from '@chidao/db'
import type { TestSeed } from '@chidao/db/testing'
import { asId, type TenantId } from '@chidao/domain'

/** The tenant of test gateways. */
export const TEST_TENANT = asId<TenantId>('test-tinh')

/**
 * The test tenant holding the example programme (Conclusion 93 and its provincial programme):
 * written once per run into a template by `test/global-setup.ts`; a gateway made with
 * `{ example: true }` starts from a copy of it.
 */
export const EXAMPLE_SEED: TestSeed = {
  name: 'gateway-example',
  fill: (db) => importExample(db, TEST_TENANT),
}

/** Imports the example programme into a tenant of a database, as an ADMIN cleared for all. */
export async function importExample(
  db: Parameters<TestSeed['fill']>[0],
  tenant: TenantId,
): Promise<void> {
  await db.ensureTenant(tenant, 'Tỉnh thử nghiệm')
  const example = await loadExampleBundle()
  await importBundle(
    db,
    { ...example, tenant: { id: tenant, name: 'Tỉnh thử nghiệm' } },
    { actor: 'test' },
    { clearance: 'TUYET_MAT' },
  )
}
