import { describe, expect, it } from 'vitest'
import {
  type OrganizationPatch,
  type UpdateOrganizationPorts,
  updateOrganization,
} from '../../src/index.js'
import { failureOf } from '../support/result-of.js'
import { caller, contextOf, never, TU } from '../support/use-case-fixtures.js'

describe('updateOrganization', () => {
  it('refuses anyone but an ADMIN before anything is written', async () => {
    const ports: UpdateOrganizationPorts = {
      organizations: { update: never('organizations.update') },
    }
    const result = await updateOrganization(contextOf(ports, caller('EDITOR', 'TU', 'TUYET_MAT')), {
      id: TU.id,
      version: 1,
      name: 'Tỉnh ủy',
    })
    expect(result.ok || result.error.code).toBe('FORBIDDEN')
  })

  it('changes what is given: null clears what may be empty and leaves what may not', async () => {
    const asked: { patch: OrganizationPatch; version: number }[] = []
    const ports: UpdateOrganizationPorts = {
      organizations: {
        update: async (_id, patch, version) => {
          asked.push({ patch, version })
          return { ok: true, value: { ...TU, version: version + 1 } }
        },
      },
    }
    const result = await updateOrganization(contextOf(ports, caller('ADMIN', null)), {
      id: TU.id,
      version: 3,
      name: null,
      kind: null,
      shortName: null,
      parentCode: 'UBND-TINH',
      partyTerm: undefined,
    })
    expect(result.ok && result.value.organization.version).toBe(4)
    expect(asked).toEqual([{ patch: { shortName: null, parentCode: 'UBND-TINH' }, version: 3 }])
  })

  it('answers a stale version with CONFLICT at its field', async () => {
    const ports: UpdateOrganizationPorts = {
      organizations: {
        update: async () => ({
          ok: false,
          error: { code: 'CONFLICT', message: 'changed', messageVi: 'đã đổi', path: ['version'] },
        }),
      },
    }
    const result = await updateOrganization(contextOf(ports, caller('ADMIN', null)), {
      id: TU.id,
      version: 1,
      name: 'Tỉnh ủy',
    })
    expect(failureOf(result)).toEqual(['CONFLICT', ['version']])
  })
})
