/**
 * Reads in one read-only transaction: `readSession(work)` runs `work` with readers that all
 * read one snapshot, at the same tenant and clearance as the ports they come with, and ends
 * the transaction however `work` ends. A use case reads through it what it checks before a
 * write — one BEGIN and COMMIT for all those reads instead of one each — and writes through
 * its own ports after. `work` must not write. `@chidao/db` provides one
 * (`database.readSession`); ports without one read through themselves ({@link inReadSession}).
 *
 * @example
 * ```ts
 * const ports: TenantStore & ReadSessionPort<TenantStore> = {
 *   ...tenant,
 *   readSession: async (work) => {
 *     const session = database.readSession(tenant.tenantId, { clearance: tenant.clearance })
 *     try {
 *       return await work(session)
 *     } finally {
 *       await session.end()
 *     }
 *   },
 * }
 * ```
 */
export interface ReadSessionPort<Readers> {
  readonly readSession?: <T>(work: (readers: Readers) => Promise<T>) => Promise<T>
}

/**
 * Runs `work` in the ports' read session when they have one, or with the ports themselves.
 *
 * @example
 * ```ts
 * const task = await inReadSession(ports, (readers) => visibleTask(readers.tasks, id, ['taskId']))
 * ```
 */
export function inReadSession<Readers, T>(
  ports: Readers & ReadSessionPort<Readers>,
  work: (readers: Readers) => Promise<T>,
): Promise<T> {
  return ports.readSession ? ports.readSession(work) : work(ports)
}
