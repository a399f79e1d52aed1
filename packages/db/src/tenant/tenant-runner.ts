import type { Secrecy } from '@chidao/domain'
import type { Kysely, Transaction } from 'kysely'
import type { ChidaoSchema } from '../schema.js'
import { SharedReadTransaction } from './shared-read-transaction.js'
import { inTenantTransaction } from './tenant-transaction.js'

/** Work a repository does inside a tenant-fenced transaction. */
export type TenantWork<T> = (trx: Transaction<ChidaoSchema>) => Promise<T>

/** Runs repository work fenced to one tenant and one clearance. */
export type TenantRunner = <T>(work: TenantWork<T>) => Promise<T>

/**
 * Where a repository runs its statements: the database itself (each call its own fenced
 * transaction) or a {@link SharedReadTransaction} (every call in one transaction).
 */
export type TenantExecutor = Kysely<ChidaoSchema> | SharedReadTransaction

/**
 * How a repository built on `executor` runs its work. A shared read transaction keeps its own
 * tenant and clearance, which must be the repository's: a mismatch is a programming error.
 */
export function tenantRunner(
  executor: TenantExecutor,
  tenantId: string,
  clearance: Secrecy,
): TenantRunner {
  if (executor instanceof SharedReadTransaction) {
    if (executor.tenantId !== tenantId || executor.clearance !== clearance) {
      throw new Error(
        `a shared transaction of ${executor.tenantId}/${executor.clearance} cannot serve ${tenantId}/${clearance}`,
      )
    }
    return (work) => executor.run(work)
  }
  return (work) => inTenantTransaction(executor, tenantId, work, clearance)
}
