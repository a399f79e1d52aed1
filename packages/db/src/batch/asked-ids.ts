import { isUuid } from '@chidao/domain'

// A batched look-up asks the database once for many ids and answers each id asked, in the
// order asked and in the caller's own spelling. An id that is not a UUID names nothing: it is
// never sent, and its answer is the empty one.

/**
 * The distinct ids among `ids` that are UUIDs, in lower case (as the database gives them back):
 * what a batched look-up asks the database for.
 *
 * @example
 * ```ts
 * uniqueIds(['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'x'])
 * // ['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11']
 * ```
 */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id) => isUuid(id)).map((id) => id.toLowerCase()))]
}

/**
 * Answers each id asked with the record of that id among `records`, `null` where none.
 *
 * @example
 * ```ts
 * inAskedOrder([b.id, 'x', a.id], [a, b]) // [b, null, a]
 * ```
 */
export function inAskedOrder<T extends { readonly id: string }>(
  asked: readonly string[],
  records: readonly T[],
): readonly (T | null)[] {
  const byId = new Map(records.map((record) => [record.id, record]))
  return Object.freeze(asked.map((id) => byId.get(id.toLowerCase()) ?? null))
}

/**
 * The rows `read` gives for the distinct UUIDs among `ids` ({@link uniqueIds}): `read` is asked
 * once, and not at all when there are none (no statement is sent for an empty batch).
 *
 * @example
 * ```ts
 * const rows = await rowsForIds(parentIds, (valid) => selectSubtasks(trx, valid))
 * ```
 */
export async function rowsForIds<Row>(
  ids: readonly string[],
  read: (valid: string[]) => Promise<readonly Row[]>,
): Promise<readonly Row[]> {
  const valid = uniqueIds(ids)
  return valid.length === 0 ? [] : read(valid)
}

/**
 * A batched look-up of records by id: `read` is asked once for the distinct UUIDs among `ids`
 * (not at all when there are none), and each id asked is answered with its record, in the
 * order asked, `null` where none.
 *
 * @example
 * ```ts
 * const tasks = await recordsByIds(ids, (valid) => selectTasks(trx, valid), toTask)
 * ```
 */
export async function recordsByIds<Row, T extends { readonly id: string }>(
  ids: readonly string[],
  read: (valid: readonly string[]) => Promise<readonly Row[]>,
  toRecord: (row: Row) => T,
): Promise<readonly (T | null)[]> {
  return inAskedOrder(ids, (await rowsForIds(ids, read)).map(toRecord))
}

/**
 * Groups records by the id they refer to (or ids: a relation is in the group of its source and
 * of its target), then answers each id asked with its group, in the records' order, `[]` where
 * none.
 *
 * @example
 * ```ts
 * groupFor(taskIds, reports, (report) => report.taskId).get(taskIds[0]) // its reports
 * groupFor(ids, relations, (r) => [r.sourceId, r.targetId])
 * ```
 */
export function groupFor<K extends string, V>(
  asked: readonly K[],
  items: readonly V[],
  keysOf: (item: V) => string | readonly string[],
): ReadonlyMap<K, readonly V[]> {
  const groups = new Map<string, V[]>()
  for (const item of items) {
    const keys = keysOf(item)
    for (const key of typeof keys === 'string' ? [keys] : new Set(keys)) {
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
  }
  return new Map(asked.map((id) => [id, Object.freeze(groups.get(id.toLowerCase()) ?? [])]))
}
