import { describe, expect, it } from 'vitest'
import { organizationCodeKey, parseOrganizationCode } from '../../src/index.js'

describe('organisation codes', () => {
  it('are compared as NFC, trimmed and in Vietnamese upper case', () => {
    const decomposed = ' \u0111u-xa\u0303 ' // "đu-xã" with a combining tilde
    expect(organizationCodeKey(decomposed)).toBe('ĐU-XÃ')
    expect(organizationCodeKey('ĐU-XÃ')).toBe('ĐU-XÃ')
  })

  it('are parsed to the same key they are compared by', () => {
    expect(parseOrganizationCode(' btv-tu ')).toEqual({ ok: true, value: 'BTV-TU' })
    expect(parseOrganizationCode('a b')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ORGANIZATION_CODE', path: ['code'] },
    })
  })
})
