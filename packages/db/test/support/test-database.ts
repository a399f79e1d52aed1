import { asId, type TenantId } from '@chidao/domain'
import { afterAll, beforeAll } from 'vitest'
import type { ChidaoDatabase } from '../../src/chidao-database.js'
import {
  createTestDatabase,
  type TestBackend,
  type TestDatabase,
  type TestDatabaseOptions,
} from '../../src/testing.js'
import { EXAMPLE_SEED } from './example-seed.js'

/** The tenant most tests write in, 'Tỉnh A' (a province). */
export const TENANT_A = asId<TenantId>('tinh-a')

/** Another tenant, 'Tỉnh B', whose records the tests of {@link TENANT_A} must never see. */
export const TENANT_B = asId<TenantId>('tinh-b')

/** The database of a `describe`'s tests, open from its first `beforeAll` to its last `afterAll`. */
export interface SuiteDatabase {
  readonly db: ChidaoDatabase
}

/**
 * A fresh, migrated database for the tests of the enclosing `describe`: opened in a `beforeAll`
 * (so before the hooks declared after this call) and disposed in an `afterAll`.
 *
 * @example
 * ```ts
 * const test = useTestDatabase(backend)
 * beforeAll(() => test.db.ensureTenant(TENANT, 'Tỉnh A'))
 * ```
 */
export function useTestDatabase(
  backend: TestBackend,
  options?: TestDatabaseOptions,
): SuiteDatabase {
  let opened: TestDatabase | undefined
  beforeAll(async () => {
    opened = await createTestDatabase(backend, options)
  })
  afterAll(() => opened?.dispose())
  return {
    get db() {
      if (!opened)
        throw new Error('the suite database opens in beforeAll: use it in hooks and tests')
      return opened.db
    },
  }
}

/**
 * {@link useTestDatabase}, holding the example bundle (tenant `demo`, every secrecy level) as
 * the operator imports it: a copy of the run's template of it ({@link EXAMPLE_SEED}).
 */
export function useExampleDatabase(
  backend: TestBackend,
  options?: Omit<TestDatabaseOptions, 'seed'>,
): SuiteDatabase {
  return useTestDatabase(backend, { ...options, seed: EXAMPLE_SEED })
}

/**
 * {@link useTestDatabase} with two tenants: `tenant` ("Tỉnh A"), the one a suite works in,
 * and `other` ("Tỉnh B"), a neighbour whose records must stay fenced off from it.
 *
 * @example
 * ```ts
 * const test = useTwoTenantDatabase(backend, TENANT, OTHER)
 * beforeAll(() => insertOrganization(test.db, TENANT, 'TU'))
 * ```
 */
export function useTwoTenantDatabase(
  backend: TestBackend,
  tenant: TenantId,
  other: TenantId,
  options?: Parameters<typeof createTestDatabase>[1],
): SuiteDatabase {
  const test = useTestDatabase(backend, options)
  beforeAll(async () => {
    await test.db.ensureTenant(tenant, 'Tỉnh A')
    await test.db.ensureTenant(other, 'Tỉnh B')
  })
  return test
}
