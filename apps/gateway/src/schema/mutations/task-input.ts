import { domainError, type ErrorPath } from '@chidao/domain'
import { builder } from '../../builder.js'
import { NotFoundFailure } from '../support/error.js'
import { localIdOf } from '../support/global-id.js'
import { RecurrenceCadenceEnum } from '../types/deadline.js'

/** The reporting duty of a task, as given in an input. */
export const ReportingDutyInput = builder.inputType('ReportingDutyInput', {
  fields: (t) => ({
    cadence: t.field({ type: RecurrenceCadenceEnum }),
    recipientId: t.id({ description: 'The organisation reported to.' }),
  }),
})

/**
 * Reads a global ID of the given type from an input, or fails with NotFoundError naming the
 * field: a malformed ID or an ID of another type names nothing that exists.
 */
export function requireLocalId(globalId: unknown, typename: string, path: ErrorPath): string {
  const id = localIdOf(String(globalId), typename)
  if (id !== null) return id
  throw new NotFoundFailure(
    domainError(
      `${typename.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_NOT_FOUND`,
      { en: `No ${typename} with this id`, vi: `Không tìm thấy ${typename} mang mã này` },
      path,
      String(globalId),
    ),
    [],
  )
}
