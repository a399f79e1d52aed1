import type { BilingualText } from '../domain-error.js'
import type { KnownOrganization } from './organization-matcher.js'

/**
 * What the reviewer is told of a task given to a body that no longer exists: the name as
 * written, the body it matched, the day it was dissolved and the bodies that took over its
 * work, where the tenant's data names them.
 *
 * @example
 * ```ts
 * dissolvedOrganizationDoubt('II.1', 'lead', 'Ban Tuyên giáo Tỉnh ủy', btg, [btgdv]).en
 * // 'Task II.1: the lead "Ban Tuyên giáo Tỉnh ủy" is Ban Tuyên giáo Tỉnh ủy (BTG-TU), dissolved on 2025-03-01; its work went to …'
 * ```
 */
export function dissolvedOrganizationDoubt(
  reference: string,
  role: 'lead' | 'coordinator',
  written: string,
  body: KnownOrganization,
  successors: readonly KnownOrganization[],
): BilingualText {
  const named = `${body.name} (${body.code})`
  const on = body.dissolvedOn ?? ''
  const heirs = successors.map((s) => `${s.name} (${s.code})`).join(', ')
  const roleVi = role === 'lead' ? 'cơ quan chủ trì' : 'cơ quan phối hợp'
  return {
    en:
      `Task ${reference}: the ${role} "${written}" is ${named}, dissolved on ${on}; ` +
      (heirs
        ? `its work went to ${heirs}: give the task to the body that carries it now`
        : 'no successor is recorded: give the task to the body that carries it now'),
    vi:
      `Nhiệm vụ ${reference}: ${roleVi} "${written}" là ${named}, đã giải thể ngày ${on}; ` +
      (heirs
        ? `nhiệm vụ được chuyển cho ${heirs}: cần giao cho cơ quan hiện đảm nhận`
        : 'chưa ghi cơ quan kế thừa: cần giao cho cơ quan hiện đảm nhận'),
  }
}
