import type { OrganizationId, OrganizationMembership } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  loadAncestorsOfOrganizations,
  loadMembershipsOfOrganizations,
  loadOrganizationsByIds,
} from '../../src/organization/load-organizations.js'
import { successOf } from '../support/result-of.js'
import { readContext, recorder } from '../support/use-case-context.js'
import { NO_ORGANIZATION, ORGANIZATIONS } from '../task/task-fixture.js'

const { province, skhcn } = ORGANIZATIONS
const MEMBERSHIP = { memberId: skhcn.id, unionId: province.id } as never as OrganizationMembership

function organizationsPort() {
  const all = [province, skhcn]
  return {
    findByIds: recorder(async (ids: readonly OrganizationId[]) =>
      ids.map((id) => all.find((o) => o.id === id) ?? null),
    ),
    membershipsOf: recorder(
      async (ids: readonly OrganizationId[]) => new Map(ids.map((id) => [id, [MEMBERSHIP]])),
    ),
    ancestorsOfMany: recorder(async (ids: readonly OrganizationId[]) =>
      ids.map((id) => (id === skhcn.id ? [province] : [])),
    ),
  }
}

describe('the organisation loaders', () => {
  it('read every organisation, membership and ancestry of a batch in one call each', async () => {
    const organizations = organizationsPort()
    const context = readContext({ organizations })
    const ids = [skhcn.id, NO_ORGANIZATION]
    expect(successOf(await loadOrganizationsByIds(context, { ids }))).toEqual([skhcn, null])
    const memberships = successOf(await loadMembershipsOfOrganizations(context, { ids }))
    expect(memberships.get(skhcn.id)).toEqual([MEMBERSHIP])
    expect(successOf(await loadAncestorsOfOrganizations(context, { ids }))).toEqual([
      [province],
      [],
    ])
    expect(organizations.findByIds.calls).toEqual([[ids]])
    expect(organizations.membershipsOf.calls).toEqual([[ids]])
    expect(organizations.ancestorsOfMany.calls).toEqual([[ids]])
  })
})
