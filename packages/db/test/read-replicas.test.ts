import { describe, expect, it } from 'vitest'
import { isWalPosition, laterWalPosition, openDatabase, walReached } from '../src/index.js'

describe('WAL positions', () => {
  it('tells a WAL position from other text', () => {
    expect(isWalPosition('0/3000148')).toBe(true)
    expect(isWalPosition('1A/FFFFFFFF')).toBe(true)
    for (const text of ['', 'nonsense', '0/', '/1', '0/3000148; drop table task', null, undefined])
      expect(isWalPosition(text)).toBe(false)
  })

  it('compares positions as numbers, not as text', () => {
    expect(laterWalPosition('0/9', '0/10')).toBe('0/10')
    expect(laterWalPosition('1/0', '0/FFFFFFFF')).toBe('1/0')
    expect(laterWalPosition(null, '0/1')).toBe('0/1')
    expect(laterWalPosition('0/1', undefined)).toBe('0/1')
    expect(walReached('0/10', '0/9')).toBe(true)
    expect(walReached('0/9', '0/9')).toBe(true)
    expect(walReached('0/9', '0/10')).toBe(false)
  })
})

describe('read replicas with the embedded database', () => {
  it('refuses to open: the embedded database has no replicas', async () => {
    await expect(
      openDatabase({ url: 'memory://', readUrls: ['postgres://u:secret@replica:5432/chidao'] }),
    ).rejects.toThrow(/read replicas need PostgreSQL/)
    await expect(
      openDatabase({ url: 'memory://', readUrls: ['postgres://u:secret@replica:5432/chidao'] }),
    ).rejects.not.toThrow(/secret/)
  })
})
