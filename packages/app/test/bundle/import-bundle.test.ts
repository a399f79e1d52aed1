import { asId, type Bundle, parseBundle, type TenantId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  type BundleImportOptions,
  type BundleImportReport,
  type ChangeContext,
  type ImportBundlePorts,
  importBundle,
} from '../../src/index.js'
import { ANONYMOUS_CALLER, caller, contextOf, never } from '../support/use-case-fixtures.js'

function bundleOf(tenant: string): Bundle {
  const parsed = parseBundle({
    format: 'chidao-bundle',
    version: 1,
    tenant: { id: tenant, name: 'Tỉnh thử nghiệm' },
  })
  if (!parsed.ok) throw new Error(parsed.error[0]?.message)
  return parsed.value
}

const none = { created: 0, updated: 0, unchanged: 0 }
const REPORT: BundleImportReport = {
  tenantId: 'demo',
  organizations: { ...none, created: 1 },
  memberships: none,
  directives: none,
  relations: none,
  tasks: none,
  progressReports: none,
  assessments: none,
}

const refusing: ImportBundlePorts = {
  bundles: { tenantId: asId<TenantId>('demo'), import: never('bundles.import') },
}

describe('importBundle', () => {
  it('refuses anyone but an ADMIN before the store is reached', async () => {
    const editor = await importBundle(contextOf(refusing, caller('EDITOR', 'TU', 'TUYET_MAT')), {
      bundle: bundleOf('demo'),
    })
    expect(editor.ok || editor.error.code).toBe('FORBIDDEN')
    const anonymous = await importBundle(contextOf(refusing, ANONYMOUS_CALLER), {
      bundle: bundleOf('demo'),
    })
    expect(anonymous.ok || anonymous.error.code).toBe('UNAUTHENTICATED')
  })

  it("refuses a bundle of another tenant at its tenant's id", async () => {
    const result = await importBundle(contextOf(refusing, caller('ADMIN', null)), {
      bundle: bundleOf('tinh-khac'),
    })
    expect(result.ok || [result.error.code, result.error.path, result.error.message]).toEqual([
      'FORBIDDEN',
      ['bundle', 'tenant', 'id'],
      'The bundle belongs to tenant tinh-khac; this deployment serves demo',
    ])
  })

  it("imports at the caller's own clearance, and locates a failure in the bundle", async () => {
    const asked: { change: ChangeContext; options: BundleImportOptions }[] = []
    let collide = false
    const ports: ImportBundlePorts = {
      bundles: {
        tenantId: refusing.bundles.tenantId,
        import: async (_bundle, change, options) => {
          asked.push({ change, options })
          if (!collide) return { ok: true, value: REPORT }
          return {
            ok: false,
            error: {
              code: 'NATURAL_KEY_TAKEN',
              message: 'taken',
              messageVi: 'trùng',
              path: ['tasks', 3],
            },
          }
        },
      },
    }
    const admin = contextOf(ports, caller('ADMIN', 'VP-TU', 'MAT'))
    const imported = await importBundle(admin, { bundle: bundleOf('demo') })
    expect(imported.ok && imported.value.organizations.created).toBe(1)
    collide = true
    const taken = await importBundle(admin, { bundle: bundleOf('demo') })
    expect(taken.ok || [taken.error.code, taken.error.path]).toEqual([
      'NATURAL_KEY_TAKEN',
      ['bundle', 'tasks', 3],
    ])
    expect(asked[0]).toEqual({
      change: { actor: 'user:lan', actorOrganization: 'VP-TU', requestId: 'req-1' },
      options: { clearance: 'MAT', onProgress: null },
    })
  })
})
