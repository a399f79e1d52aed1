import type { Organization, OrganizationId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { findOrganization } from '../../src/organization/find-organization.js'
import { errorOf } from '../support/result-of.js'
import { readContext, recorder } from '../support/use-case-context.js'

const btg = { id: 'o-btg', code: 'BTG' } as Organization
const tu = { id: 'o-tu', code: 'TU' } as Organization
const all = [btg, tu]

/** A reader that matches codes regardless of case, as the store does. */
function organizationsPort() {
  return {
    findById: recorder(async (id: OrganizationId) => all.find((o) => o.id === id) ?? null),
    findByCode: recorder(
      async (code: string) => all.find((o) => o.code === code.toUpperCase()) ?? null,
    ),
  }
}

describe('findOrganization', () => {
  it('finds an organisation by code, as the store matches it', async () => {
    const organizations = organizationsPort()
    const result = await findOrganization(readContext({ organizations }), { code: 'btg' })
    expect(result).toEqual({ ok: true, value: btg })
    expect(organizations.findById.calls).toEqual([])
  })

  it('finds one by id, and answers null for an id that names none', async () => {
    const organizations = organizationsPort()
    const context = readContext({ organizations })
    expect(await findOrganization(context, { id: tu.id })).toEqual({ ok: true, value: tu })
    expect(await findOrganization(context, { id: 'o-x' as OrganizationId })).toEqual({
      ok: true,
      value: null,
    })
    expect(organizations.findByCode.calls).toEqual([])
  })

  it('given both, answers the organisation only when the code names the same one', async () => {
    const context = readContext({ organizations: organizationsPort() })
    expect(await findOrganization(context, { id: btg.id, code: 'btg' })).toEqual({
      ok: true,
      value: btg,
    })
    expect(await findOrganization(context, { id: btg.id, code: 'TU' })).toEqual({
      ok: true,
      value: null,
    })
    expect(await findOrganization(context, { id: btg.id, code: 'NOPE' })).toEqual({
      ok: true,
      value: null,
    })
  })

  it('fails with VALIDATION when given neither id nor code', async () => {
    const result = await findOrganization(readContext({ organizations: organizationsPort() }), {
      id: null,
      code: null,
    })
    expect(errorOf(result)).toMatchObject({
      code: 'VALIDATION',
      message: 'Give id or code',
      messageVi: 'Cần truyền id hoặc code',
      path: [],
    })
  })
})
