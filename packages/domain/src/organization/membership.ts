import { invalidDate } from '../calendar/invalid-date.js'
import { type IsoDate, isIsoDate } from '../calendar/iso-date.js'
import { type DomainError, domainError, type ErrorPath } from '../domain-error.js'
import type { OrganizationId } from '../ids.js'
import { err, ok, type Result } from '../result.js'

/**
 * The membership of one organisation in another over a span of days: a member association
 * (hội thành viên) in a union of associations (liên hiệp hội), a provincial union in VUSTA.
 * Both ends of the span are inclusive; an open membership has `to: null`.
 *
 * @example
 * ```ts
 * const m: OrganizationMembership = {
 *   memberId: hoiTinHoc, unionId: lienHiepHoi, from: '2015-03-01', to: null,
 * }
 * ```
 */
export interface OrganizationMembership {
  /** The member (hội thành viên). */
  readonly memberId: OrganizationId
  /** The union it belongs to (liên hiệp hội). */
  readonly unionId: OrganizationId
  /** First day of membership. */
  readonly from: IsoDate
  /** Last day of membership, or `null` while it lasts. */
  readonly to: IsoDate | null
}

/**
 * The fields a caller gives to record a membership, before validation.
 *
 * @example
 * ```ts
 * const input: OrganizationMembershipInput = { memberId: hoi, unionId: lhh, from: '2015-03-01' }
 * ```
 */
export interface OrganizationMembershipInput {
  readonly memberId: string
  readonly unionId: string
  readonly from: string
  readonly to?: string | null
}

function samePair(a: OrganizationMembership, b: OrganizationMembership): boolean {
  return a.memberId === b.memberId && a.unionId === b.unionId
}

function overlaps(a: OrganizationMembership, b: OrganizationMembership): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to)
}

function span(m: OrganizationMembership): string {
  return `${m.from} – ${m.to ?? '…'}`
}

function overlapError(
  m: OrganizationMembership,
  other: OrganizationMembership,
  path: ErrorPath,
): DomainError {
  return domainError(
    'OVERLAPPING_MEMBERSHIP',
    {
      en: `Membership of ${m.memberId} in ${m.unionId} from ${span(m)} overlaps the one from ${span(other)}`,
      vi: `Thời gian là hội viên của ${m.memberId} trong ${m.unionId} (${span(m)}) trùng với thời gian đã ghi nhận (${span(other)})`,
    },
    path,
    other,
  )
}

/**
 * Validates a new membership: both organisations given and distinct (`REQUIRED`,
 * `SELF_MEMBERSHIP`), real dates (`INVALID_DATE`), `to` not before `from`
 * (`INVALID_DATE_RANGE`, path `['to']`), and no overlap with an existing membership of the same
 * member in the same union (`OVERLAPPING_MEMBERSHIP`, path `['from']`, `value` the existing
 * one). Leaving and rejoining later is fine.
 *
 * @example
 * ```ts
 * const r = validateOrganizationMembership(
 *   { memberId: hoi, unionId: lhh, from: '2020-01-01', to: '2019-12-31' },
 * )
 * !r.ok && r.error.code // 'INVALID_DATE_RANGE'
 * ```
 */
export function validateOrganizationMembership(
  input: OrganizationMembershipInput,
  existing: readonly OrganizationMembership[] = [],
): Result<OrganizationMembership, DomainError> {
  for (const [field, vi] of [
    ['memberId', 'tổ chức thành viên'],
    ['unionId', 'liên hiệp hội'],
  ] as const) {
    if (typeof input[field] !== 'string' || input[field].trim() === '') {
      return err(
        domainError(
          'REQUIRED',
          { en: `${field === 'memberId' ? 'Member' : 'Union'} is required`, vi: `Thiếu ${vi}` },
          [field],
          input[field],
        ),
      )
    }
  }
  if (input.memberId === input.unionId) {
    return err(
      domainError(
        'SELF_MEMBERSHIP',
        {
          en: `An organisation cannot be a member of itself (${input.memberId})`,
          vi: `Tổ chức không thể là thành viên của chính nó (${input.memberId})`,
        },
        ['unionId'],
        input.unionId,
      ),
    )
  }
  const to = input.to ?? null
  for (const [field, value, en, vi] of [
    ['from', input.from, 'Start date', 'Ngày bắt đầu'],
    ['to', to, 'End date', 'Ngày kết thúc'],
  ] as const) {
    if (value === null && field === 'to') continue
    if (typeof value !== 'string' || !isIsoDate(value)) {
      return err(invalidDate({ en, vi }, [field], value))
    }
  }
  if (to !== null && to < input.from) {
    return err(
      domainError(
        'INVALID_DATE_RANGE',
        {
          en: `Membership cannot end (${to}) before it starts (${input.from})`,
          vi: `Ngày kết thúc (${to}) không thể trước ngày bắt đầu (${input.from})`,
        },
        ['to'],
        to,
      ),
    )
  }
  const membership: OrganizationMembership = Object.freeze({
    memberId: input.memberId as OrganizationId,
    unionId: input.unionId as OrganizationId,
    from: input.from,
    to,
  })
  const clash = existing.find((other) => samePair(membership, other) && overlaps(membership, other))
  if (clash !== undefined) return err(overlapError(membership, clash, ['from']))
  return ok(membership)
}

/**
 * Checks a whole list of memberships (a bundle) and returns every overlap between memberships
 * of the same member in the same union, blamed on the later one in the list (path
 * `[index, 'from']`), plus any end before its start (`[index, 'to']`). Empty when all is well.
 * O(n log n).
 *
 * @example
 * ```ts
 * validateOrganizationMemberships([
 *   { memberId: hoi, unionId: lhh, from: '2010-01-01', to: null },
 *   { memberId: hoi, unionId: lhh, from: '2015-01-01', to: null },
 * ]).map((e) => e.path) // [[1, 'from']]
 * ```
 */
export function validateOrganizationMemberships(
  memberships: readonly OrganizationMembership[],
): readonly DomainError[] {
  const errors: { index: number; error: DomainError }[] = []
  const byPair = new Map<string, number[]>()
  for (const [index, m] of memberships.entries()) {
    if (m.to !== null && m.to < m.from) {
      errors.push({
        index,
        error: domainError(
          'INVALID_DATE_RANGE',
          {
            en: `Membership cannot end (${m.to}) before it starts (${m.from})`,
            vi: `Ngày kết thúc (${m.to}) không thể trước ngày bắt đầu (${m.from})`,
          },
          [index, 'to'],
          m.to,
        ),
      })
      continue
    }
    const key = `${m.memberId}\u0000${m.unionId}`
    const list = byPair.get(key)
    if (list) list.push(index)
    else byPair.set(key, [index])
  }
  for (const indexes of byPair.values()) {
    indexes.sort((a, b) => {
      const x = memberships[a]!
      const y = memberships[b]!
      return x.from < y.from ? -1 : x.from > y.from ? 1 : a - b
    })
    // Sorted by start, a membership overlaps an earlier one exactly when it starts no later
    // than the latest end seen so far.
    let reach: number | undefined
    for (const index of indexes) {
      const m = memberships[index]!
      if (reach !== undefined) {
        const other = memberships[reach]!
        if (other.to === null || m.from <= other.to) {
          const [earlier, later] = reach < index ? [reach, index] : [index, reach]
          errors.push({
            index: later,
            error: overlapError(memberships[later]!, memberships[earlier]!, [later, 'from']),
          })
        }
      }
      if (reach === undefined || endsLater(m, memberships[reach]!)) reach = index
    }
  }
  errors.sort((a, b) => a.index - b.index)
  return Object.freeze(errors.map((e) => e.error))
}

function endsLater(a: OrganizationMembership, b: OrganizationMembership): boolean {
  if (b.to === null) return false
  return a.to === null || a.to > b.to
}

/**
 * Tells whether a membership holds on a date (both ends included).
 *
 * @example
 * ```ts
 * isOrganizationMembershipActiveOn({ memberId, unionId, from: '2020-01-01', to: '2020-12-31' }, '2020-12-31') // true
 * ```
 */
export function isOrganizationMembershipActiveOn(
  membership: OrganizationMembership,
  date: IsoDate,
): boolean {
  return membership.from <= date && (membership.to === null || date <= membership.to)
}

/**
 * The members of a union on a date, each once, in the order of the list.
 *
 * @example
 * ```ts
 * organizationMembersOn(memberships, lienHiepHoi, '2017-12-31').length // 141 for VUSTA
 * ```
 */
export function organizationMembersOn(
  memberships: readonly OrganizationMembership[],
  unionId: OrganizationId,
  date: IsoDate,
): readonly OrganizationId[] {
  return activePartners(memberships, 'unionId', unionId, date)
}

/**
 * The unions an organisation belongs to on a date, each once, in the order of the list.
 *
 * @example
 * ```ts
 * organizationUnionsOn(memberships, hoiTinHoc, '2024-01-01') // [lienHiepHoi]
 * ```
 */
export function organizationUnionsOn(
  memberships: readonly OrganizationMembership[],
  memberId: OrganizationId,
  date: IsoDate,
): readonly OrganizationId[] {
  return activePartners(memberships, 'memberId', memberId, date)
}

// The organisations at the other end of the memberships that hold on a date and have `id` at
// the given end: each once, in the order of the list.
function activePartners(
  memberships: readonly OrganizationMembership[],
  end: 'memberId' | 'unionId',
  id: OrganizationId,
  date: IsoDate,
): readonly OrganizationId[] {
  const other = end === 'unionId' ? 'memberId' : 'unionId'
  const partners = new Set<OrganizationId>()
  for (const m of memberships) {
    if (m[end] === id && isOrganizationMembershipActiveOn(m, date)) partners.add(m[other])
  }
  return Object.freeze([...partners])
}

/**
 * Ends an open membership on a date (its last day as a member), returning the ended
 * membership. Refuses a membership already ended (`MEMBERSHIP_ALREADY_ENDED`), an invalid date
 * (`INVALID_DATE`) or a date before it began (`INVALID_DATE_RANGE`).
 *
 * @example
 * ```ts
 * const r = endOrganizationMembership(m, '2024-12-31')
 * r.ok && r.value.to // '2024-12-31'
 * ```
 */
export function endOrganizationMembership(
  membership: OrganizationMembership,
  lastDay: IsoDate,
): Result<OrganizationMembership, DomainError> {
  if (membership.to !== null) {
    return err(
      domainError(
        'MEMBERSHIP_ALREADY_ENDED',
        {
          en: `This membership already ended on ${membership.to}`,
          vi: `Tư cách thành viên này đã kết thúc ngày ${membership.to}`,
        },
        ['to'],
        membership.to,
      ),
    )
  }
  return validateOrganizationMembership({ ...membership, to: lastDay })
}
