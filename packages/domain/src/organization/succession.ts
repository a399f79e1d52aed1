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
 * takes over its work — or the bodies, when its work is split (a district's among communes:
 * pass a list; each is checked, `DUPLICATE_SUCCESSOR` for one named twice, paths
 * `['successorIds', i]`) — and returns the dissolved organisation, `successorId` the first and
 * `successorIds` all of them; the `version` is left for the repository to advance when it
 * stores the change. Open tasks of a body whose work is split stay with it, awaiting
 * reassignment (see {@link resolveOrganizationSuccessor}: `SEVERAL_SUCCESSORS`).
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
  successor: Organization | readonly Organization[] | null = null,
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
  const listed = isSuccessorList(successor)
  const successors: readonly Organization[] = listed
    ? successor
    : successor === null
      ? []
      : [successor]
  const ids: OrganizationId[] = []
  for (const [i, next] of successors.entries()) {
    const path = listed ? ['successorIds', i] : ['successorId']
    if (ids.includes(next.id)) {
      return err(
        domainError(
          'DUPLICATE_SUCCESSOR',
          {
            en: `${next.code} is named twice as a successor of ${code}`,
            vi: `${next.code} được nêu hai lần là tổ chức kế thừa của ${code}`,
          },
          path,
          next.id,
        ),
      )
    }
    const refused = successorRefusal(organization, on, next, path)
    if (refused !== null) return err(refused)
    ids.push(next.id)
  }
  return ok(
    Object.freeze({
      ...organization,
      dissolvedOn: on,
      successorId: ids[0] ?? null,
      successorIds: Object.freeze(ids),
    }),
  )
}

function isSuccessorList(
  successor: Organization | readonly Organization[] | null,
): successor is readonly Organization[] {
  return Array.isArray(successor)
}

/** Why `successor` cannot take over from `organization` on `on`, or `null`. */
function successorRefusal(
  organization: Organization,
  on: IsoDate,
  successor: Organization,
  path: readonly (string | number)[],
): DomainError | null {
  const code = organization.code
  if (successor.id === organization.id) {
    return domainError(
      'SUCCESSOR_IS_SELF',
      {
        en: `${code} cannot succeed itself`,
        vi: `${code} không thể là tổ chức kế thừa của chính nó`,
      },
      path,
      successor.id,
    )
  }
  if (successor.tenantId !== organization.tenantId) {
    return domainError(
      'SUCCESSOR_OTHER_TENANT',
      {
        en: `${successor.code} belongs to another tenant and cannot succeed ${code}`,
        vi: `${successor.code} thuộc đơn vị triển khai khác, không thể kế thừa ${code}`,
      },
      path,
      successor.id,
    )
  }
  if (isOrganizationActiveOn(successor, on)) return null
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
  return domainError(
    'SUCCESSOR_NOT_ACTIVE',
    {
      en: `${successor.code} cannot take over from ${code} on ${on}: ${why.en}`,
      vi: `${successor.code} không thể kế thừa ${code} từ ngày ${on}: ${why.vi}`,
    },
    path,
    successor.id,
  )
}

/**
 * Every body that took over an organisation's work, the principal first: `successorIds` when
 * given, else `successorId` alone, else none.
 *
 * @example
 * ```ts
 * successorsOf(huyenUyAnPhu) // ['org-du-xa-binh-an', 'org-du-xa-an-thanh']
 * ```
 */
export function successorsOf(
  organization: Pick<Organization, 'successorId' | 'successorIds'>,
): readonly OrganizationId[] {
  if (organization.successorIds !== undefined && organization.successorIds.length > 0) {
    return organization.successorIds
  }
  return organization.successorId === null ? [] : [organization.successorId]
}

/**
 * The body responsible, on a date, for the work of an organisation: the organisation itself if
 * it still exists then, else its successor, or the successor's successor… A task assigned in
 * 2020 to a board merged away in 2025 thus resolves to the board that reports for it now.
 *
 * A body whose work was split among several successors resolves to none of them:
 * `SEVERAL_SUCCESSORS` (`value`: their ids) — its tasks await reassignment, one by one, by
 * the office that follows them.
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
    const successors = successorsOf(current)
    if (successors.length > 1) {
      const codes = successors.map((s) => organizationsById.get(s)?.code ?? s).join(', ')
      return err(
        domainError(
          'SEVERAL_SUCCESSORS',
          {
            en: `${current.code} was dissolved on ${current.dissolvedOn} and its work split among ${codes}: its tasks await reassignment to one of them`,
            vi: `${current.code} đã giải thể từ ngày ${current.dissolvedOn}, công việc chia cho ${codes}: nhiệm vụ của tổ chức này chờ giao lại cho một trong các tổ chức đó`,
          },
          [],
          Object.freeze([...successors]),
        ),
      )
    }
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
    const { dissolvedOn, code } = organization
    const successorIds = successorsOf(organization)
    const listed = organization.successorIds !== undefined && organization.successorIds.length > 1
    const pathOf = (i: number) => (listed ? [index, 'successorIds', i] : [index, 'successorId'])
    if (dissolvedOn === null) {
      if (successorIds.length > 0) {
        errors.push(
          domainError(
            'SUCCESSOR_WITHOUT_DISSOLUTION',
            {
              en: `${code} names a successor but is not dissolved`,
              vi: `${code} có tổ chức kế thừa nhưng chưa giải thể`,
            },
            pathOf(0),
            successorIds[0],
          ),
        )
      }
      continue
    }
    const successors: Organization[] = []
    for (const [i, successorId] of successorIds.entries()) {
      const successor = byId.get(successorId)
      if (successor === undefined) {
        errors.push(
          domainError(
            'SUCCESSOR_NOT_FOUND',
            {
              en: `The successor ${successorId} of ${code} is not in the set`,
              vi: `Tổ chức kế thừa ${successorId} của ${code} không có trong danh sách`,
            },
            pathOf(i),
            successorId,
          ),
        )
      } else successors.push(successor)
    }
    if (successors.length < successorIds.length) continue
    const again = dissolveOrganization(
      { ...organization, dissolvedOn: null, successorId: null, successorIds: [] },
      dissolvedOn,
      listed ? successors : (successors[0] ?? null),
    )
    if (!again.ok) errors.push(withPathPrefix(again.error, [index]))
  }
  return Object.freeze(errors)
}
