import { describe, expect, it } from 'vitest'
import { MAX_IDEMPOTENCY_KEY_LENGTH, readIdempotencyKey } from '../../src/task/idempotency-key.js'

describe('idempotency keys', () => {
  it('are trimmed; a blank or absent key is no key', () => {
    expect(readIdempotencyKey('  bc-2026-q1 ')).toEqual({ ok: true, value: 'bc-2026-q1' })
    for (const blank of [undefined, null, '', '   ', '\n\t']) {
      expect(readIdempotencyKey(blank)).toEqual({ ok: true, value: null })
    }
  })

  it('count characters, not bytes: 200 accepted however many bytes they take', () => {
    expect(MAX_IDEMPOTENCY_KEY_LENGTH).toBe(200)
    const vietnamese = 'ệ'.repeat(200) // 600 bytes in UTF-8
    expect(readIdempotencyKey(vietnamese)).toEqual({ ok: true, value: vietnamese })
    const astral = '𝔸'.repeat(200) // 400 UTF-16 units, 800 bytes
    expect(readIdempotencyKey(astral).ok).toBe(true)
  })

  it('are refused over 200 characters, naming the field, in English and Vietnamese', () => {
    for (const key of ['x'.repeat(201), 'ệ'.repeat(201), 'k'.repeat(3000)]) {
      const r = readIdempotencyKey(key)
      expect(r.ok).toBe(false)
      if (r.ok) continue
      expect(r.error).toMatchObject({
        code: 'IDEMPOTENCY_KEY_TOO_LONG',
        path: ['idempotencyKey'],
      })
      expect(r.error.message).toMatch(/at most 200/)
      expect(r.error.messageVi).toMatch(/tối đa 200 ký tự/)
      expect(r.error.value).toBeUndefined()
    }
  })
})
