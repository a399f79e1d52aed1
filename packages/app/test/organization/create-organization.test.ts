import { describe, expect, it } from 'vitest'
import type { ChangeContext } from '../../src/index.js'
import {
  type CreateOrganizationPorts,
  createOrganization,
  UndeclaredErrorCode,
} from '../../src/index.js'
import { failureOf } from '../support/result-of.js'
import { ANONYMOUS_CALLER, caller, contextOf, never, TU } from '../support/use-case-fixtures.js'

const BTV_TU_INPUT = {
  code: ' btv-tu ',
  name: 'Ban Thường vụ Tỉnh ủy',
  kind: 'STANDING_COMMITTEE',
  level: 'PROVINCE',
  parentCode: 'TU',
}

const refusing: CreateOrganizationPorts = {
  organizations: { create: never('organizations.create') },
}

describe('createOrganization', () => {
  it('refuses anyone but an ADMIN before anything is validated or written', async () => {
    const editor = await createOrganization(contextOf(refusing, caller('EDITOR', 'TU')), {
      ...BTV_TU_INPUT,
      code: 'a b',
    })
    expect(editor.ok || editor.error.code).toBe('FORBIDDEN')
    const anonymous = await createOrganization(contextOf(refusing, ANONYMOUS_CALLER), BTV_TU_INPUT)
    expect(anonymous.ok || anonymous.error.code).toBe('UNAUTHENTICATED')
  })

  it('refuses an invalid organisation at its field, writing nothing', async () => {
    const admin = contextOf(refusing, caller('ADMIN', null))
    const code = await createOrganization(admin, { ...BTV_TU_INPUT, code: 'a b' })
    expect(failureOf(code)).toEqual(['INVALID_ORGANIZATION_CODE', ['code']])
    // Recorded today (2026): the district level is gone since 1 July 2025.
    const district = await createOrganization(admin, { ...BTV_TU_INPUT, level: 'DISTRICT' })
    expect(failureOf(district)).toEqual(['DISTRICT_LEVEL_ABOLISHED', ['level']])
  })

  it('stores the normalised organisation with who made the change', async () => {
    const written: { code: string; change: ChangeContext }[] = []
    const ports: CreateOrganizationPorts = {
      organizations: {
        create: async (organization, change) => {
          written.push({ code: organization.code, change })
          return { ok: true, value: { ...TU, code: organization.code } }
        },
      },
    }
    const result = await createOrganization(
      contextOf(ports, caller('ADMIN', 'VP-TU')),
      BTV_TU_INPUT,
    )
    expect(result.ok && result.value.organization.code).toBe('BTV-TU')
    expect(written).toEqual([
      {
        code: 'BTV-TU',
        change: { actor: 'user:lan', actorOrganization: 'VP-TU', requestId: 'req-1' },
      },
    ])
  })

  it("answers the store's failures, and treats an undeclared code as a bug", async () => {
    const failing = (code: string): CreateOrganizationPorts => ({
      organizations: {
        create: async () => ({
          ok: false,
          error: { code, message: code, messageVi: code, path: ['parentCode'] },
        }),
      },
    })
    const admin = caller('ADMIN', null)
    const parent = await createOrganization(
      contextOf(failing('PARENT_NOT_FOUND'), admin),
      BTV_TU_INPUT,
    )
    expect(failureOf(parent)).toEqual(['PARENT_NOT_FOUND', ['parentCode']])
    await expect(
      createOrganization(contextOf(failing('TASK_NOT_FOUND'), admin), BTV_TU_INPUT),
    ).rejects.toBeInstanceOf(UndeclaredErrorCode)
  })
})
