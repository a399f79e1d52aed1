import type { DomainWarning } from '@chidao/domain'
import { builder } from '../../builder.js'

/** A warning as the API shows it: its path given from the argument, like an error's. */
export interface ShownWarning {
  readonly code: string
  readonly message: string
  readonly messageVi: string
  readonly path: readonly string[]
}

/**
 * The warnings of a use case as the API shows them, their paths prefixed (`["input", …]`).
 *
 * @example
 * ```ts
 * shownWarnings(output.warnings) // [{ code: 'DEADLINE_UNPARSED', path: ['input', 'deadline'], … }]
 * ```
 */
export function shownWarnings(
  warnings: readonly DomainWarning[] | undefined,
  prefix: readonly string[] = ['input'],
): readonly ShownWarning[] {
  return (warnings ?? []).map((w) => ({
    code: w.code,
    message: w.message,
    messageVi: w.messageVi,
    path: [...prefix, ...w.path.map(String)],
  }))
}

/**
 * What a person should know though the input was accepted and recorded as given, shaped as the
 * `Error` interface is, so a client shows it the same way.
 */
export const WarningRef = builder.objectRef<ShownWarning>('Warning').implement({
  description:
    'Something the person who entered the input should know, though it was accepted as given: ' +
    'a deadline kept as written because it was not understood (DEADLINE_UNPARSED, ' +
    'DEADLINE_MISSING_YEAR), one that waits on a condition (DEADLINE_CONDITIONAL), an issuer ' +
    'that contradicts the symbol (ISSUER_CONTRADICTS_SYMBOL). `message` is English and ' +
    '`messageVi` Vietnamese.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable machine-readable code.' }),
    message: t.exposeString('message', { description: 'The warning, in English.' }),
    messageVi: t.exposeString('messageVi', { description: 'The warning, in Vietnamese.' }),
    path: t.exposeStringList('path', {
      description: 'Path of the field it is about, from the argument (e.g. ["input", "deadline"]).',
    }),
  }),
})
