import { describe, expect, it } from 'vitest'
import {
  canSee,
  compareSecrecy,
  isSecrecy,
  SECRECY_LABELS,
  SECRECY_LEVELS,
  SECRECY_PROTECTION_YEARS,
  type Secrecy,
  secrecyProtectionEndsOn,
} from '../../src/directive/secrecy.js'
import {
  compareUrgency,
  isUrgency,
  URGENCY_LABELS,
  type Urgency,
} from '../../src/directive/urgency.js'

describe('secrecy', () => {
  it('labels the marks as stamped and protects them 10, 20, 30 years', () => {
    expect([SECRECY_LABELS.MAT.vi, SECRECY_LABELS.TOI_MAT.vi, SECRECY_LABELS.TUYET_MAT.vi]).toEqual(
      ['Mật', 'Tối mật', 'Tuyệt mật'],
    )
    expect(SECRECY_PROTECTION_YEARS).toEqual({ PUBLIC: null, MAT: 10, TOI_MAT: 20, TUYET_MAT: 30 })
    expect(secrecyProtectionEndsOn('TUYET_MAT', '2020-11-20')).toBe('2050-11-20')
    expect(secrecyProtectionEndsOn('MAT', '2024-02-29')).toBe('2034-02-28')
    expect(secrecyProtectionEndsOn('PUBLIC', '2024-02-29')).toBeNull()
    expect(() => secrecyProtectionEndsOn('MAT', '2024-02-30')).toThrow(TypeError)
  })

  it('lets a reader see documents up to their clearance only', () => {
    for (const clearance of SECRECY_LEVELS) {
      for (const secrecy of SECRECY_LEVELS) {
        expect(canSee(clearance, secrecy)).toBe(compareSecrecy(clearance, secrecy) >= 0)
      }
    }
    expect(canSee('PUBLIC', 'MAT')).toBe(false)
    expect(canSee('TUYET_MAT', 'TOI_MAT')).toBe(true)
    expect((['TUYET_MAT', 'PUBLIC', 'MAT'] as Secrecy[]).sort(compareSecrecy)).toEqual([
      'PUBLIC',
      'MAT',
      'TUYET_MAT',
    ])
    expect(isSecrecy('TOI_MAT')).toBe(true)
    expect(isSecrecy('Mật')).toBe(false)
    expect(Object.isFrozen(SECRECY_LABELS.MAT)).toBe(true)
  })
})

describe('urgency', () => {
  it('labels and orders the marks', () => {
    expect([
      URGENCY_LABELS.KHAN.vi,
      URGENCY_LABELS.THUONG_KHAN.vi,
      URGENCY_LABELS.HOA_TOC.vi,
    ]).toEqual(['Khẩn', 'Thượng khẩn', 'Hỏa tốc'])
    expect((['HOA_TOC', 'NORMAL', 'KHAN'] as Urgency[]).sort(compareUrgency)).toEqual([
      'NORMAL',
      'KHAN',
      'HOA_TOC',
    ])
    expect(isUrgency('THUONG_KHAN')).toBe(true)
    expect(isUrgency('URGENT')).toBe(false)
  })
})
