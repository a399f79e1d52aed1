import type { Label } from '@chidao/domain'

/**
 * Enum values for Pothos with each value described by its Vietnamese and English labels, so
 * that GraphiQL and generated clients show what a value means.
 */
export function labelledValues<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, Label>>,
): Record<T, { description: string }> {
  return Object.fromEntries(
    values.map((value) => [value, { description: `${labels[value].vi} — ${labels[value].en}` }]),
  ) as Record<T, { description: string }>
}
