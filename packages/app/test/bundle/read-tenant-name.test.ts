import type { TenantId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { readTenantName } from '../../src/index.js'
import { caller, contextOf, never } from '../support/use-case-fixtures.js'

describe('readTenantName', () => {
  it('gives the name stored for the tenant, for the header of a draft', async () => {
    const ports = {
      bundles: { tenantId: 'demo' as TenantId, tenantName: async () => ' Tỉnh Demo ' },
    }
    const result = await readTenantName(contextOf(ports, caller('ADMIN', 'TU')))
    expect(result.ok && result.value).toEqual({ tenantId: 'demo', name: 'Tỉnh Demo' })
  })

  it('gives no name for a tenant the database does not hold yet', async () => {
    const ports = { bundles: { tenantId: 'moi' as TenantId, tenantName: async () => null } }
    const result = await readTenantName(contextOf(ports, caller('ADMIN', 'TU')))
    expect(result.ok && result.value).toEqual({ tenantId: 'moi', name: null })
  })

  it('refuses who may not draft a bundle, before reading anything', async () => {
    const ports = {
      bundles: { tenantId: 'demo' as TenantId, tenantName: never('bundles.tenantName') },
    }
    const result = await readTenantName(contextOf(ports, caller('EDITOR', 'BTC-TU')))
    expect(result.ok || result.error.code).toBe('FORBIDDEN')
  })
})
