declare const brand: unique symbol

/**
 * A string that has been checked to be an identifier of one kind of entity. A `TaskId` cannot
 * be passed where an `OrganizationId` is wanted, although both are strings at run time.
 */
export type Brand<T, B extends string> = T & { readonly [brand]: B }

/** Identifier of a tenant: the province or body that deploys chidao (e.g. `demo-province`). */
export type TenantId = Brand<string, 'TenantId'>
/** Identifier of an organisation (a UUID). */
export type OrganizationId = Brand<string, 'OrganizationId'>
/** Identifier of a directive (a UUID). */
export type DirectiveId = Brand<string, 'DirectiveId'>
/** Identifier of a task (a UUID). */
export type TaskId = Brand<string, 'TaskId'>
/** Identifier of a progress report (a UUID). */
export type ProgressReportId = Brand<string, 'ProgressReportId'>
/** Identifier of an assessment (a UUID). */
export type AssessmentId = Brand<string, 'AssessmentId'>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Tells whether a string is a UUID, the form every entity identifier takes.
 *
 * @example
 * ```ts
 * isUuid('0b7e2f7e-7c55-4a53-9a43-4d1b0bfe7b0e') // true
 * ```
 */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}

/**
 * Brands a checked string. Only call it at an edge where the value has been validated
 * (a database row, a decoded global ID).
 *
 * @example
 * ```ts
 * const id = asId<OrganizationId>(row.id)
 * ```
 */
export function asId<T extends Brand<string, string>>(value: string): T {
  return value as T
}

const TENANT = /^[a-z0-9][a-z0-9-]{0,62}$/

/**
 * Tells whether a string is a valid tenant identifier: lower-case letters, digits and hyphens,
 * at most 63 characters (it doubles as a PostgreSQL setting value and a URL segment).
 *
 * @example
 * ```ts
 * isTenantId('demo-province') // true
 * ```
 */
export function isTenantId(value: string): value is TenantId {
  return TENANT.test(value)
}
