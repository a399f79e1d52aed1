import type { OrganizationId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { listOrganizations } from '../../src/organization/list-organizations.js'
import { EMPTY_PAGE, listPort } from '../support/list-port.js'
import { readContext } from '../support/use-case-context.js'

describe('listOrganizations', () => {
  it('lists by code unless told otherwise', async () => {
    const organizations = listPort()
    const result = await listOrganizations(readContext({ organizations }), {
      filter: { rootsOnly: true },
      first: 20,
    })
    expect(result).toEqual({ ok: true, value: EMPTY_PAGE })
    expect(organizations.list.calls[0]?.[0]).toMatchObject({
      first: 20,
      filter: { rootsOnly: true },
      orderBy: 'CODE_ASC',
    })
  })

  it('keeps the order, the filter and the page it is asked for', async () => {
    const organizations = listPort()
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
