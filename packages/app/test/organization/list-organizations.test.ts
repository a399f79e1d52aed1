import type { Organization, OrganizationId, Page } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { listOrganizations } from '../../src/organization/list-organizations.js'
import type { OrganizationFilter, OrganizationOrder } from '../../src/ports/organization-store.js'
import { readContext, recorder } from '../support/use-case-context.js'

const PAGE: Page<Organization> = {
  edges: [],
  hasNextPage: false,
  hasPreviousPage: false,
  totalCount: 0,
}

function organizationsPort() {
  return {
    list: recorder(
      async (_request: {
        readonly filter?: OrganizationFilter | null
        readonly orderBy?: OrganizationOrder | null
      }) => PAGE,
    ),
  }
}

describe('listOrganizations', () => {
  it('lists by code unless told otherwise', async () => {
    const organizations = organizationsPort()
    const result = await listOrganizations(readContext({ organizations }), {
      filter: { rootsOnly: true },
      first: 20,
    })
    expect(result).toEqual({ ok: true, value: PAGE })
    expect(organizations.list.calls[0]?.[0]).toMatchObject({
      first: 20,
      filter: { rootsOnly: true },
      orderBy: 'CODE_ASC',
    })
  })

  it('keeps the order, the filter and the page it is asked for', async () => {
    const organizations = organizationsPort()
    const parentId = 'o-tu' as OrganizationId
    await listOrganizations(readContext({ organizations }), {
      filter: { parentId },
      orderBy: 'NAME_ASC',
      after: 'c',
    })
    expect(organizations.list.calls[0]?.[0]).toMatchObject({
      after: 'c',
      filter: { parentId },
      orderBy: 'NAME_ASC',
    })
  })
})
