// Idempotency keys of progress reports, as stored (migration 0007): each has an owner, and is
// unique per tenant, task, owner and key.

/** The key of a request, with whose it is: the caller (the change's actor) or `bundle`. */
export interface OwnedKey {
  readonly owner: string
  readonly key: string
}

/** The owner of the keys bundle imports and bulk loads give their reports. */
export const BUNDLE_KEY_OWNER = 'bundle'

/** The columns of the unique index of keys (0007), for ON CONFLICT. */
export const IDEMPOTENCY_COLUMNS = [
  'tenant_id',
  'task_id',
  'idempotency_key_owner',
  'idempotency_key',
] as const
