import { createTestDatabase, type TestBackend, type TestDatabase } from '@chidao/db/testing'
import { asId, fixedClock, type TenantId } from '@chidao/domain'
import { createGateway } from '../../src/yoga.js'

export const TEST_TENANT = asId<TenantId>('test-tinh')

/** A gateway over a fresh database, and a helper to run GraphQL documents through yoga.fetch. */
export async function gatewayHarness(backend: TestBackend) {
  const database: TestDatabase = await createTestDatabase(backend)
  await database.db.ensureTenant(TEST_TENANT, 'Tỉnh thử nghiệm')
  const yoga = createGateway({
    db: database.db,
    tenantId: TEST_TENANT,
    clock: fixedClock('2026-03-01T03:00:00Z'),
  })
  async function graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
    return (await response.json()) as never
  }
  return { db: database.db, yoga, graphql, dispose: () => database.dispose() }
}
