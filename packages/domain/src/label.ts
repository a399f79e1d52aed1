/**
 * A human label in Vietnamese and English, for showing an enum value to a person.
 *
 * @example
 * ```ts
 * DIRECTIVE_KIND_LABELS.CONCLUSION // { vi: 'Kết luận', en: 'Conclusion' }
 * ```
 */
export interface Label {
  readonly vi: string
  readonly en: string
}

/** A frozen table of labels, one per member of a string enum. */
export type Labels<T extends string> = Readonly<Record<T, Label>>

/**
 * Freezes a label table deeply so consumers cannot alter shared labels.
 *
 * @example
 * ```ts
 * const L = labels({ A: { vi: 'A', en: 'A' } })
 * ```
 */
export function labels<T extends string>(table: Record<T, Label>): Labels<T> {
  for (const value of Object.values<Label>(table)) Object.freeze(value)
  return Object.freeze(table)
}
