import type { UseCase } from './define-use-case.js'
import { defineUseCase } from './define-use-case.js'
import { requireWholeNumber, type WholeNumberField } from './require-whole-number.js'
import type { UseCaseContext } from './use-case-context.js'

/** The one whole number a bounded read is asked for: its key in the input, its name and bounds. */
export interface BoundedInputField<Key extends string> extends Omit<WholeNumberField, 'path'> {
  readonly key: Key
}

/**
 * Defines a read asked for by one whole number (a year, a limit): it fails with `VALIDATION` at
 * that field when the number is not from `min` to `max`; otherwise it answers what `read`
 * reads, at the caller's clearance.
 *
 * @example
 * ```ts
 * export const publicHolidays = defineBoundedRead(
 *   'publicHolidays',
 *   { key: 'year', en: 'The year', vi: 'Năm', min: 1900, max: 2999 },
 *   (context: UseCaseContext<PublicHolidaysPorts>, year) => context.ports.urging.publicHolidays(year),
 * )
 * ```
 */
export function defineBoundedRead<Ports, const Key extends string, Output>(
  name: string,
  field: BoundedInputField<Key>,
  read: (context: UseCaseContext<Ports>, value: number) => Promise<Output>,
): UseCase<Ports, { readonly [K in Key]: number }, Output, 'VALIDATION'> {
  const { key, ...bounds } = field
  return defineUseCase({
    name,
    errors: ['VALIDATION'],
    async run(context: UseCaseContext<Ports>, input: { readonly [K in Key]: number }) {
      const value = input[key]
      requireWholeNumber(value, { ...bounds, path: [key] })
      return read(context, value)
    },
  })
}
