import { invalidDate } from '../calendar/invalid-date.js'
import { type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError, withPathPrefix } from '../domain-error.js'
import type { OrganizationId } from '../ids.js'
import { err, ok, type Result } from '../result.js'
import type { Organization } from './organization.js'

/**
 * Tells whether an organisation exists on a date: founded on or before it (or founding date
 * unknown) and not yet dissolved. The day of dissolution is the first day it no longer exists.
 *
 * @example
 * ```ts
 * isOrganizationActiveOn({ foundedOn: '2010-01-01', dissolvedOn: '2025-03-01' }, '2025-02-28') // true
 * isOrganizationActiveOn({ foundedOn: '2010-01-01', dissolvedOn: '2025-03-01' }, '2025-03-01') // false
 * ```
 */
export function isOrganizationActiveOn(
  organization: Pick<Organization, 'foundedOn' | 'dissolvedOn'>,
  date: IsoDate,
): boolean {
  return (
    (organization.foundedOn === null || organization.foundedOn <= date) &&
    (organization.dissolvedOn === null || date < organization.dissolvedOn)
  )
}

/**
 * Dissolves an organisation on a date (the first day it no longer exists), naming the body that
 * takes over its work, and returns the dissolved organisation; the `version` is left for the
 * repository to advance when it stores the change.
 *
 * Refuses: an invalid date (`INVALID_DATE`); a body already dissolved
 * (`ORGANIZATION_ALREADY_DISSOLVED`); a date before its founding (`DISSOLVED_BEFORE_FOUNDED`);
 * itself as successor (`SUCCESSOR_IS_SELF`); a successor of another tenant
 * (`SUCCESSOR_OTHER_TENANT`), or one that does not exist on that day — founded later or itself
 * dissolved by then (`SUCCESSOR_NOT_ACTIVE`). Paths: `['dissolvedOn']` or `['successorId']`.
 *
 * @example
 * ```ts
 * // 2025: the propaganda board merges with the mass mobilisation board
 * const r = dissolveOrganization(banTuyenGiao, '2025-03-01', banTuyenGiaoDanVan)
 * r.ok && r.value.successorId === banTuyenGiaoDanVan.id // true
 * ```
 */
export function dissolveOrganization<O extends Organization>(
  organization: O,
  on: IsoDate,
  successor: Organization | null = null,
): Result<O, DomainError> {
  const code = organization.code
  if (typeof on !== 'string' || !isIsoDate(on)) {
    return err(invalidDate({ en: 'Dissolution date', vi: 'Ngày giải thể' }, ['dissolvedOn'], on))
  }
  if (organization.dissolvedOn !== null) {
    return err(
      domainError(
        'ORGANIZATION_ALREADY_DISSOLVED',
        {
          en: `${code} was already dissolved on ${organization.dissolvedOn}`,
          vi: `${code} đã giải thể, sáp nhập từ ngày ${organization.dissolvedOn}`,
        },
        ['dissolvedOn'],
        organization.dissolvedOn,
      ),
    )
  }
  if (organization.foundedOn !== null && on < organization.foundedOn) {
    return err(
      domainError(
        'DISSOLVED_BEFORE_FOUNDED',
        {
          en: `${code} cannot be dissolved on ${on}, before it was founded (${organization.foundedOn})`,
          vi: `${code} không thể giải thể ngày ${on}, trước ngày thành lập (${organization.foundedOn})`,
        },
        ['dissolvedOn'],
        on,
      ),
    )
  }
  if (successor !== null) {
    if (successor.id === organization.id) {
      return err(
        domainError(
          'SUCCESSOR_IS_SELF',
          {
            en: `${code} cannot succeed itself`,
            vi: `${code} không thể là tổ chức kế thừa của chính nó`,
          },
          ['successorId'],
          successor.id,
        ),
      )
    }
    if (successor.tenantId !== organization.tenantId) {
      return err(
        domainError(
          'SUCCESSOR_OTHER_TENANT',
          {
            en: `${successor.code} belongs to another tenant and cannot succeed ${code}`,
            vi: `${successor.code} thuộc đơn vị triển khai khác, không thể kế thừa ${code}`,
          },
          ['successorId'],
          successor.id,
        ),
      )
    }
    if (!isOrganizationActiveOn(successor, on)) {
      const why =
        successor.dissolvedOn !== null && successor.dissolvedOn <= on
          ? {
              en: `it was itself dissolved on ${successor.dissolvedOn}`,
              vi: `tổ chức này đã giải thể từ ngày ${successor.dissolvedOn}`,
            }
          : {
              en: `it was only founded on ${successor.foundedOn}`,
              vi: `tổ chức này đến ngày ${successor.foundedOn} mới thành lập`,
            }
      return err(
        domainError(
          'SUCCESSOR_NOT_ACTIVE',
          {
            en: `${successor.code} cannot take over from ${code} on ${on}: ${why.en}`,
            vi: `${successor.code} không thể kế thừa ${code} từ ngày ${on}: ${why.vi}`,
          },
          ['successorId'],
          successor.id,
        ),
      )
    }
  }
  return ok(Object.freeze({ ...organization, dissolvedOn: on, successorId: successor?.id ?? null }))
}

/**
 * The body responsible, on a date, for the work of an organisation: the organisation itself if
 * it still exists then, else its successor, or the successor's successor… A task assigned in
 * 2020 to a board merged away in 2025 thus resolves to the board that reports for it now.
 *
 * Fails with `ORGANIZATION_NOT_FOUND` (the id, or a successor link, points to no known body),
 * `NO_SUCCESSOR` (dissolved by that date with nobody named to take over; `value` is the last
 * body's id) or `SUCCESSOR_CYCLE` (links that loop, which valid data never has). Iterative and
 * cycle-safe.
 *
 * @example
 * ```ts
 * resolveOrganizationSuccessor(byId, banTuyenGiao.id, '2025-06-01') // ok: Ban Tuyên giáo và Dân vận
 * resolveOrganizationSuccessor(byId, banTuyenGiao.id, '2020-06-01') // ok: Ban Tuyên giáo itself
 * ```
 */
export function resolveOrganizationSuccessor<O extends Organization>(
  organizationsById: ReadonlyMap<OrganizationId, O>,
  id: OrganizationId,
  on: IsoDate,
): Result<O, DomainError> {
  const seen: string[] = []
  const seenIds = new Set<OrganizationId>()
  let currentId: OrganizationId = id
  for (;;) {
    const current = organizationsById.get(currentId)
    if (current === undefined) {
      const via = seen.length === 0 ? '' : ` (successor of ${seen.at(-1)})`
      const viaVi = seen.length === 0 ? '' : ` (tổ chức kế thừa của ${seen.at(-1)})`
      return err(
        domainError(
          'ORGANIZATION_NOT_FOUND',
          {
            en: `No organisation with id ${currentId}${via}`,
            vi: `Không tìm thấy tổ chức có mã định danh ${currentId}${viaVi}`,
          },
          [],
          currentId,
        ),
      )
    }
    if (current.dissolvedOn === null || on < current.dissolvedOn) return ok(current)
    if (seenIds.has(current.id)) {
      return err(
        domainError(
          'SUCCESSOR_CYCLE',
          {
            en: `Successor links loop: ${[...seen, current.code].join(' → ')}`,
            vi: `Liên kết tổ chức kế thừa bị vòng lặp: ${[...seen, current.code].join(' → ')}`,
          },
          [],
          Object.freeze([...seen, current.code]),
        ),
      )
    }
    seen.push(current.code)
    seenIds.add(current.id)
    if (current.successorId === null) {
      return err(
        domainError(
          'NO_SUCCESSOR',
          {
            en: `${current.code} was dissolved on ${current.dissolvedOn} and no successor was named`,
            vi: `${current.code} đã giải thể từ ngày ${current.dissolvedOn} và không có tổ chức kế thừa`,
          },
          [],
          current.id,
        ),
      )
    }
    currentId = current.successorId
  }
}

/**
 * Checks the validity dates and successor links of a whole set of organisations (a bundle) and
 * returns every problem, with paths starting at the index in the list: a successor named for a
 * body that is not dissolved (`SUCCESSOR_WITHOUT_DISSOLUTION`), or not in the set
 * (`SUCCESSOR_NOT_FOUND`), and each rule of {@link dissolveOrganization} (`SUCCESSOR_IS_SELF`,
 * `SUCCESSOR_NOT_ACTIVE`, `DISSOLVED_BEFORE_FOUNDED`…). Since a successor must exist on the day
 * its predecessor is dissolved, valid links can never loop. Empty when all is well.
 *
 * @example
 * ```ts
 * validateOrganizationSuccessions(orgs).map((e) => [e.code, e.path])
 * // [['SUCCESSOR_NOT_ACTIVE', [3, 'successorId']]]
 * ```
 */
export function validateOrganizationSuccessions(
  organizations: readonly Organization[],
): readonly DomainError[] {
  const byId = new Map<OrganizationId, Organization>()
  for (const organization of organizations) byId.set(organization.id, organization)
  const errors: DomainError[] = []
  for (const [index, organization] of organizations.entries()) {
    const { successorId, dissolvedOn, code } = organization
    if (dissolvedOn === null) {
      if (successorId !== null) {
        errors.push(
          domainError(
            'SUCCESSOR_WITHOUT_DISSOLUTION',
            {
              en: `${code} names a successor but is not dissolved`,
              vi: `${code} có tổ chức kế thừa nhưng chưa giải thể`,
            },
            [index, 'successorId'],
            successorId,
          ),
        )
      }
      continue
    }
    let successor: Organization | null = null
    if (successorId !== null) {
      successor = byId.get(successorId) ?? null
      if (successor === null) {
        errors.push(
          domainError(
            'SUCCESSOR_NOT_FOUND',
            {
              en: `The successor ${successorId} of ${code} is not in the set`,
              vi: `Tổ chức kế thừa ${successorId} của ${code} không có trong danh sách`,
            },
            [index, 'successorId'],
            successorId,
          ),
        )
        continue
      }
    }
    const again = dissolveOrganization(
      { ...organization, dissolvedOn: null, successorId: null },
      dissolvedOn,
      successor,
    )
    if (!again.ok) errors.push(withPathPrefix(again.error, [index]))
  }
  return Object.freeze(errors)
}
