import { describe, expect, it } from 'vitest'
import {
  type DissolveOrganizationPorts,
  dissolveOrganization,
  type OrganizationDissolution,
} from '../../src/index.js'
import { failureOf } from '../support/result-of.js'
import { ANONYMOUS_CALLER, caller, contextOf, never, TU } from '../support/use-case-fixtures.js'

describe('dissolveOrganization', () => {
  it('refuses anyone but an ADMIN before anything is written', async () => {
    const ports: DissolveOrganizationPorts = {
      organizations: { dissolve: never('organizations.dissolve') },
    }
    const input = { id: TU.id, version: 1, on: '2026-02-01' }
    const editor = await dissolveOrganization(contextOf(ports, caller('EDITOR', 'TU')), input)
    expect(editor.ok || editor.error.code).toBe('FORBIDDEN')
    const anonymous = await dissolveOrganization(contextOf(ports, ANONYMOUS_CALLER), input)
    expect(anonymous.ok || anonymous.error.code).toBe('UNAUTHENTICATED')
  })

  it('records the day and the successor, or answers why not at the field', async () => {
    const asked: OrganizationDissolution[] = []
    const ports: DissolveOrganizationPorts = {
      organizations: {
        dissolve: async (_id, dissolution) => {
          asked.push(dissolution)
          return dissolution.successorCode
            ? {
                ok: false,
                error: {
                  code: 'SUCCESSOR_NOT_FOUND',
                  message: 'none',
                  messageVi: 'không có',
                  path: ['successorCode'],
                },
              }
            : { ok: true, value: { ...TU, dissolvedOn: dissolution.on } }
        },
      },
    }
    const admin = contextOf(ports, caller('ADMIN', null))
    const done = await dissolveOrganization(admin, { id: TU.id, version: 1, on: '2026-02-01' })
    expect(done.ok && done.value.organization.dissolvedOn).toBe('2026-02-01')
    const missing = await dissolveOrganization(admin, {
      id: TU.id,
      version: 1,
      on: '2026-02-01',
      successorCode: 'KHONG-CO',
    })
    expect(failureOf(missing)).toEqual(['SUCCESSOR_NOT_FOUND', ['successorCode']])
    expect(asked).toEqual([
      { on: '2026-02-01', successorCode: null, successorCodes: null },
      { on: '2026-02-01', successorCode: 'KHONG-CO', successorCodes: null },
    ])
  })
})
