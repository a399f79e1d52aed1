import { type DomainError, domainError, parseBundle } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import {
  type BundleStore,
  exportBundle,
  keysStoredTwiceOf,
  operatorCaller,
} from '../../src/index.js'
import { caller, contextOf, never } from '../support/use-case-fixtures.js'

describe('exportBundle', () => {
  it('refuses a caller not cleared for every secrecy level before the store is read', async () => {
    const ports = { bundles: { export: never('bundles.export') } }
    const result = await exportBundle(contextOf(ports, caller('ADMIN', null, 'TOI_MAT')))
    expect(result.ok || result.error.code).toBe('FORBIDDEN')
  })

  it('gives the bundle, or every key the tenant stores twice', async () => {
    const parsed = parseBundle({
      format: 'chidao-bundle',
      version: 1,
      tenant: { id: 'demo', name: 'Demo' },
    })
    if (!parsed.ok) throw new Error('the test bundle is invalid')
    const twice: DomainError[] = ['93-KL/TW@2020', '06-CTr/TU#II.1'].map((key) =>
      domainError('KEY_STORED_TWICE', { en: key, vi: key }, ['directives', key], key),
    )
    let conflicting = false
    const bundles: Pick<BundleStore, 'export'> = {
      export: async () =>
        conflicting
          ? { ok: false, error: domainError('KEY_STORED_TWICE', { en: '2', vi: '2' }, [], twice) }
          : parsed,
    }
    const operator = contextOf({ bundles }, operatorCaller('export'))
    const exported = await exportBundle(operator)
    expect(exported.ok && exported.value.bundle.tenant.id).toBe('demo')
    conflicting = true
    const refused = await exportBundle(operator)
    expect(refused.ok || keysStoredTwiceOf(refused.error).map((p) => p.path)).toEqual([
      ['directives', '93-KL/TW@2020'],
      ['directives', '06-CTr/TU#II.1'],
    ])
  })
})
