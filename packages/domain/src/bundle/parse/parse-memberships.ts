import { withPathPrefix } from '../../domain-error.js'
import type { OrganizationId } from '../../ids.js'
import {
  type OrganizationMembership,
  type OrganizationMembershipInput,
  validateOrganizationMembership,
  validateOrganizationMemberships,
} from '../../organization/membership.js'
import type { BundleMembership, BundleMembershipInput } from '../bundle.js'
import type { BundleReader } from '../bundle-reader.js'
import { type FieldRenames, fieldsOf } from './bundle-fields.js'
import type { SectionContext } from './section-context.js'
import { renameError, sectionRecords } from './section-support.js'

/** The fields of a membership of an association in a union (hội thành viên của liên hiệp hội). */
export const MEMBERSHIP_FIELDS = fieldsOf<BundleMembershipInput>({
  member: 'required',
  union: 'required',
  from: 'required',
  to: 'optional',
})

const INPUT_RENAMES = {
  memberId: ['member'],
  unionId: ['union'],
} as const satisfies FieldRenames<OrganizationMembershipInput, BundleMembershipInput>

/**
 * Reads the memberships of a bundle: each one ({@link validateOrganizationMembership}), then
 * the overlaps between the sound ones ({@link validateOrganizationMemberships}). Gives each
 * membership normalised, or `undefined` for one with errors.
 *
 * @example
 * ```ts
 * const memberships = parseMemberships(context, readSection(reader, root, 'memberships'))
 * ```
 */
export function parseMemberships(
  { reader, standIns, references }: SectionContext,
  inputs: readonly unknown[],
): readonly (BundleMembership | undefined)[] {
  const memberships: (BundleMembership | undefined)[] = []
  for (const { path, record } of sectionRecords(reader, 'memberships', inputs, MEMBERSHIP_FIELDS)) {
    if (record === undefined) {
      memberships.push(undefined)
      continue
    }
    const member = references.organization(record.member, [...path, 'member'])
    const union = references.organization(record.union, [...path, 'union'])
    const from = reader.field(record, 'from', path, 'date')
    const to = reader.field(record, 'to', path, 'date')
    const checked = validateOrganizationMembership({
      memberId: member ?? standIns.fresh(),
      unionId: union ?? standIns.fresh(),
      from: from ?? '2000-01-01',
      to: to ?? null,
    })
    if (!checked.ok) {
      reader.addUnlessCovered(withPathPrefix(renameError(checked.error, INPUT_RENAMES), path))
    }
    memberships.push(
      member !== undefined && union !== undefined && from !== undefined && checked.ok
        ? Object.freeze({ member, union, from, to: to ?? null })
        : undefined,
    )
  }
  checkOverlaps(reader, memberships)
  return memberships
}

function checkOverlaps(
  reader: BundleReader,
  memberships: readonly (BundleMembership | undefined)[],
): void {
  const sound = memberships
    .map((m, index) => ({ m, index }))
    .filter((x): x is { m: BundleMembership; index: number } => x.m !== undefined)
  for (const error of validateOrganizationMemberships(
    sound.map(
      ({ m }): OrganizationMembership => ({
        memberId: m.member as OrganizationId,
        unionId: m.union as OrganizationId,
        from: m.from,
        to: m.to,
      }),
    ),
  )) {
    const [at, ...rest] = error.path
    const entry = sound[at as number]
    if (entry === undefined) continue
    reader.addUnlessCovered(withPathPrefix({ ...error, path: rest }, ['memberships', entry.index]))
  }
}
