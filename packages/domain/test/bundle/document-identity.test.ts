import { describe, expect, it } from 'vitest'
import { BUNDLE_VERSION } from '../../src/bundle/bundle.js'
import { bundleToJson } from '../../src/bundle/format-bundle.js'
import { parseBundle } from '../../src/bundle/parse-bundle.js'
import { example, small } from './fixtures.js'

/** {@link small} with two communes, each with its own plan 15-KH/ĐU of 2025. */
function twoCommunes(directiveOfTask: string): any {
  const b = small()
  b.version = 2
  for (const [code, name] of [
    ['DU-XA-BINH-AN', 'Đảng ủy xã Bình An'],
    ['DU-XA-AN-THANH', 'Đảng ủy xã An Thạnh'],
  ]) {
    b.organizations.push({ code, name, kind: 'PARTY_COMMITTEE', level: 'COMMUNE' })
  }
  b.directives.push(
    { symbol: '15-KH/ĐU', issuer: 'DU-XA-BINH-AN', issuedOn: '2025-09-10', title: 'Kế hoạch' },
    { symbol: '15-KH/ĐU', issuer: 'DU-XA-AN-THANH', issuedOn: '2025-09-18', title: 'Kế hoạch' },
  )
  b.tasks.push({
    directive: directiveOfTask,
    reference: '1',
    title: 'Tập huấn',
    lead: 'DU-XA-AN-THANH',
    deadline: 'Quý IV/2025',
  })
  return b
}

describe('a document is its symbol, issuer and year', () => {
  it('lets two communes’ plans 15-KH/ĐU of 2025 coexist, told apart by issuer', () => {
    const r = parseBundle(twoCommunes('15-KH/ĐU@DU-XA-AN-THANH'))
    expect(r.ok ? [] : r.error).toEqual([])
    if (!r.ok) return
    expect(r.value.directives.filter((d) => d.symbol === '15-KH/ĐU')).toHaveLength(2)
    expect(r.value.tasks.at(-1)?.directive).toBe('15-KH/ĐU@DU-XA-AN-THANH')
    const again = parseBundle(JSON.parse(bundleToJson(r.value)))
    expect(again.ok && bundleToJson(again.value)).toBe(bundleToJson(r.value))
  })

  it('reads the issuer with the year too, in any case', () => {
    const r = parseBundle(twoCommunes('15-KH/ĐU@du-xa-an-thanh/2025'))
    expect(r.ok && r.value.tasks.at(-1)?.directive).toBe('15-KH/ĐU@DU-XA-AN-THANH')
  })

  it('refuses a bare symbol two documents share, naming both', () => {
    const r = parseBundle(twoCommunes('15-KH/ĐU'))
    expect(r.ok).toBe(false)
    if (r.ok) return
    const [error] = r.error.filter((e) => e.code === 'AMBIGUOUS_DIRECTIVE_REF')
    expect(error?.path).toEqual(['tasks', 1, 'directive'])
    for (const text of [error!.message, error!.messageVi]) {
      expect(text).toContain('15-KH/ĐU@DU-XA-BINH-AN/2025')
      expect(text).toContain('15-KH/ĐU@DU-XA-AN-THANH/2025')
    }
  })

  it('still refuses the same document twice', () => {
    const b = twoCommunes('15-KH/ĐU@DU-XA-AN-THANH')
    b.directives.push({ ...b.directives.at(-1), issuedOn: '2025-10-01' })
    const r = parseBundle(b)
    expect(r.ok ? [] : r.error.map((e) => `${e.path.join('.')} ${e.code}`)).toEqual([
      'directives.4.symbol DUPLICATE_KEY',
    ])
  })

  it('reads version 1 bundles unchanged and writes the current version', () => {
    const b = small()
    expect(b.version).toBe(1)
    const r = parseBundle(b)
    expect(r.ok && r.value.version).toBe(2)
    expect(BUNDLE_VERSION).toBe(2)
  })

  it('shows both communes’ plans in the example bundle, in the current version', () => {
    const b = example()
    expect(b.version).toBe(BUNDLE_VERSION)
    const plans = b.directives.filter((d: any) => d.symbol === '15-KH/ĐU')
    expect(plans.map((d: any) => d.issuer).sort()).toEqual(['DU-XA-AN-THANH', 'DU-XA-BINH-AN'])
    expect(plans.map((d: any) => d.issuedOn.slice(0, 4))).toEqual(['2025', '2025'])
  })
})
