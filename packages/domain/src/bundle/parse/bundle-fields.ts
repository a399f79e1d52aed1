/**
 * Whether a field of a bundle record must be given (`required`) or may be absent or `null`
 * (`optional`).
 */
export type FieldPresence = 'required' | 'optional'

type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T]

/**
 * Every field of the bundle input type `T`, each marked required or optional as `T` declares
 * it. Written as an object literal, it fails to compile when it misses a field of `T`, names a
 * field `T` lacks, or marks a field otherwise than `T` does.
 *
 * @example
 * ```ts
 * const spec: FieldSpec<BundleMembershipInput> = {
 *   member: 'required', union: 'required', from: 'required', to: 'optional',
 * }
 * ```
 */
export type FieldSpec<T> = {
  readonly [K in keyof T]-?: K extends OptionalKeys<T> ? 'optional' : 'required'
}

/**
 * The fields a bundle record may have and those it must have, in the order of their
 * {@link FieldSpec} (the order in which `UNKNOWN_FIELD` and `REQUIRED` errors name them).
 *
 * @example
 * ```ts
 * reader.record(raw, path, MEMBERSHIP_FIELDS)
 * ```
 */
export interface Fields<T> {
  readonly allowed: readonly (keyof T & string)[]
  readonly required: readonly (keyof T & string)[]
  /** Each field's presence: ties these lists to exactly the fields of `T`. */
  readonly presence: FieldSpec<T>
}

/**
 * The fields of a bundle record, read from a spec that the compiler checks against the input
 * type: adding a field to `BundleTaskInput` does not compile until the task fields name it.
 *
 * @example
 * ```ts
 * const MEMBERSHIP_FIELDS = fieldsOf<BundleMembershipInput>({
 *   member: 'required', union: 'required', from: 'required', to: 'optional',
 * })
 * MEMBERSHIP_FIELDS.required // ['member', 'union', 'from']
 * ```
 */
export function fieldsOf<T>(presence: FieldSpec<T>): Fields<T> {
  const entries = Object.entries(presence) as [keyof T & string, FieldPresence][]
  return Object.freeze({
    allowed: Object.freeze(entries.map(([field]) => field)),
    required: Object.freeze(entries.filter(([, p]) => p === 'required').map(([field]) => field)),
    presence: Object.freeze(presence),
  })
}

/**
 * A list of fields kept elsewhere (a domain constant) that must name every field of `T`: the
 * type is `L` when it does, and `never` (so nothing is assignable to it) when a field is
 * missing; a field `T` lacks fails the constraint.
 *
 * @example
 * ```ts
 * const FINDINGS_FIELDS: EveryFieldOf<FindingsInput, typeof FINDINGS_PARTS> = FINDINGS_PARTS
 * ```
 */
export type EveryFieldOf<T, L extends readonly (keyof T & string)[]> = [
  Exclude<keyof T, L[number]>,
] extends [never]
  ? L
  : never

type NestedPath<K extends string, V> = V extends readonly unknown[]
  ? never
  : V extends object
    ? readonly [K, keyof V & string]
    : never

/** A field of a bundle record, or a field of an object in it: `['lead']`, `['rating', 'score']`. */
export type BundleFieldPath<T> = {
  [K in keyof T & string]-?: readonly [K] | NestedPath<K, NonNullable<T[K]>>
}[keyof T & string]

type DottedPath<K extends string, V> = V extends readonly unknown[]
  ? never
  : V extends object
    ? `${K}.${keyof V & string}`
    : never

/** A field of a validator's input, or a field of an object in it, dotted: `reportingDuty.recipientId`. */
export type InputFieldPath<T> = {
  [K in keyof T & string]-?: K | DottedPath<K, NonNullable<T[K]>>
}[keyof T & string]

/**
 * Where the fields of a domain validator's input are in a bundle record, for the fields whose
 * names differ (`leadId` is a task's `lead`): the validator's errors are moved there, to point
 * at what the author wrote. Both sides are checked against their types.
 *
 * @example
 * ```ts
 * const TASK_RENAMES = {
 *   leadId: ['lead'],
 *   'reportingDuty.recipientId': ['reportingDuty', 'recipient'],
 * } as const satisfies FieldRenames<NewTaskInput, BundleTaskInput>
 * ```
 */
export type FieldRenames<From, To> = {
  readonly [P in InputFieldPath<From>]?: BundleFieldPath<To>
}
