import { asId, type Bundle, parseBundle, type TenantId } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  type BundleImportOptions,
  type BundleImportReport,
  type BundleProblem,
  type ChangeContext,
  type ImportBundlePorts,
  importBundle,
} from '../../src/index.js'
import { errorOf, failureOf } from '../support/result-of.js'
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
  bundleReader: { read: never('bundleReader.read') },
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

  it('refuses anyone but an ADMIN before the text is read', async () => {
    const editor = await importBundle(contextOf(refusing, caller('EDITOR', 'TU', 'TUYET_MAT')), {
      bundle: '{}',
    })
    expect(editor.ok || editor.error.code).toBe('FORBIDDEN')
  })

  it("reads a text at the caller's clearance, and lists every problem of a bad one", async () => {
    const read: { text: string; fileName: string; options: unknown }[] = []
    const problems: BundleProblem[] = [
      {
        file: 'tinh.json',
        line: 3,
        column: 5,
        path: 'tasks[0].lead',
        code: 'UNKNOWN_ORGANIZATION',
        message: 'No organisation KHONG-CO',
        messageVi: 'Không có tổ chức KHONG-CO',
      },
      {
        file: 'tinh.json',
        line: null,
        column: null,
        path: '',
        code: 'BUNDLE_TOO_LARGE',
        message: 'Too large',
        messageVi: 'Quá lớn',
      },
    ]
    const ports: ImportBundlePorts = {
      bundles: refusing.bundles,
      bundleReader: {
        read: (text, fileName, options) => {
          read.push({ text, fileName, options })
          return { ok: false, error: problems }
        },
      },
    }
    const admin = contextOf(ports, caller('ADMIN', null, 'MAT'))
    const result = await importBundle(admin, { bundle: 'text', fileName: 'tinh.json' })
    expect(read).toEqual([{ text: 'text', fileName: 'tinh.json', options: { clearance: 'MAT' } }])
    expect(errorOf(result)).toEqual({
      code: 'INVALID_BUNDLE',
      path: ['bundle'],
      message:
        'The bundle has 2 problem(s); nothing was imported:\n' +
        'tinh.json:3:5 tasks[0].lead: [UNKNOWN_ORGANIZATION] No organisation KHONG-CO\n' +
        'tinh.json: [BUNDLE_TOO_LARGE] Too large',
      messageVi:
        'Gói dữ liệu có 2 lỗi; chưa nhập gì:\n' +
        'tinh.json:3:5 tasks[0].lead: [UNKNOWN_ORGANIZATION] Không có tổ chức KHONG-CO\n' +
        'tinh.json: [BUNDLE_TOO_LARGE] Quá lớn',
      value: problems,
    })
    await importBundle(admin, { bundle: 'text' })
    expect(read[1]?.fileName).toBe('bundle')
  })

  it('imports the bundle a text holds, refusing one of another tenant', async () => {
    const imported: Bundle[] = []
    const ports = (tenant: string): ImportBundlePorts => ({
      bundles: {
        tenantId: refusing.bundles.tenantId,
        import: async (bundle) => {
          imported.push(bundle)
          return { ok: true, value: REPORT }
        },
      },
      bundleReader: { read: () => ({ ok: true, value: bundleOf(tenant) }) },
    })
    const admin = caller('ADMIN', null)
    const result = await importBundle(contextOf(ports('demo'), admin), { bundle: 'text' })
    expect(result.ok && result.value).toEqual({ ...REPORT, warnings: [], dryRun: false })
    expect(imported.map((b) => b.tenant.id)).toEqual(['demo'])
    const other = await importBundle(contextOf(ports('tinh-khac'), admin), { bundle: 'text' })
    expect(failureOf(other)).toEqual(['FORBIDDEN', ['bundle', 'tenant', 'id']])
    expect(imported).toHaveLength(1)
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
      bundleReader: refusing.bundleReader,
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
    expect(failureOf(taken)).toEqual(['NATURAL_KEY_TAKEN', ['bundle', 'tasks', 3]])
    expect(asked[0]).toEqual({
      change: { actor: 'user:lan', actorOrganization: 'VP-TU', requestId: 'req-1' },
      options: { clearance: 'MAT', onProgress: null, dryRun: false },
    })
    // A dry run asks the store for the same import, rolled back, and says it was one.
    collide = false
    const checked = await importBundle(admin, { bundle: bundleOf('demo'), dryRun: true })
    expect(checked.ok && checked.value.dryRun).toBe(true)
    expect(asked.at(-1)?.options).toEqual({ clearance: 'MAT', onProgress: null, dryRun: true })
  })
})
