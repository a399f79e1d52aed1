import type { DomainError } from '@chidao/domain'
import { builder } from '../../builder.js'

/**
 * A warning: what looks wrong but was written as given (an issuer that contradicts the
 * symbol), shaped as the `Error` interface is, so a client shows it the same way.
 */
export const WarningRef = builder.objectRef<DomainError>('Warning').implement({
  description:
    'Something that looks wrong but was recorded as given, e.g. ISSUER_CONTRADICTS_SYMBOL. ' +
    '`message` is English and `messageVi` Vietnamese; `path` names the field, from the input.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable machine-readable code.' }),
    message: t.exposeString('message', { description: 'What looks wrong, in English.' }),
    messageVi: t.exposeString('messageVi', { description: 'What looks wrong, in Vietnamese.' }),
    path: t.stringList({
      description: 'Path of the field, from the argument (e.g. ["input", "issuerCode"]).',
      resolve: (w) => ['input', ...w.path.map(String)],
    }),
  }),
})
