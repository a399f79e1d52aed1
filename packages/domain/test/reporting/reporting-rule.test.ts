import { describe, expect, it } from 'vitest'
import {
  defaultDueDay,
  parseReportingRule,
  reportingDueDay,
  validateReportingRuleParts,
} from '../../src/index.js'
import { okValue } from '../support/ok-value.js'

function parsed(text: string) {
  return okValue(parseReportingRule(text))
}

describe('parseReportingRule', () => {
  it('reads the cadences of "báo cáo định kỳ 6 tháng, năm"', () => {
    const rule = parsed('Báo cáo định kỳ 6 tháng, năm')
    expect(rule.cadences).toEqual(['HALF_YEARLY', 'YEARLY'])
    expect(rule.dueDays).toEqual({})
    expect(rule.text).toBe('Báo cáo định kỳ 6 tháng, năm')
    expect(rule.warnings).toEqual([])
  })

  it('reads a quarterly rule with the 15th of the last month of the quarter', () => {
    const rule = parsed('Báo cáo hằng quý trước ngày 15 tháng cuối quý')
    expect(rule.cadences).toEqual(['QUARTERLY'])
    expect(rule.dueDays).toEqual({ QUARTERLY: { month: 3, day: 15 } })
  })

  it('reads a yearly rule with a fixed date, with or without the word "hằng năm"', () => {
    expect(parsed('Báo cáo kết quả trước ngày 30/11 hằng năm')).toMatchObject({
      cadences: ['YEARLY'],
      dueDays: { YEARLY: { month: 11, day: 30 } },
    })
    expect(parsed('báo cáo kết quả thực hiện trước ngày 30/11')).toMatchObject({
      cadences: ['YEARLY'],
      dueDays: { YEARLY: { month: 11, day: 30 } },
    })
  })

  it('accepts spelling variants and lists of cadences', () => {
    expect(parsed('định kì hàng quí, sáu tháng và hằng năm').cadences).toEqual([
      'QUARTERLY',
      'HALF_YEARLY',
      'YEARLY',
    ])
    expect(parsed('Báo cáo hàng tháng').cadences).toEqual(['MONTHLY'])
    expect(parsed('Báo cáo 6 tháng trước ngày 15/6 và 15/12').dueDays).toEqual({
      HALF_YEARLY: { month: 6, day: 15 },
    })
  })

  it('reads decomposed Vietnamese as composed (NFC)', () => {
    const rule = parsed('Báo cáo định kỳ 6 tháng, năm'.normalize('NFD'))
    expect(rule.cadences).toEqual(['HALF_YEARLY', 'YEARLY'])
    expect(rule.text).toBe('Báo cáo định kỳ 6 tháng, năm')
  })

  it('warns when dates do not make one due day of each period', () => {
    const rule = parsed('Báo cáo hằng quý trước ngày 10/2 và 20/5')
    expect(rule.cadences).toEqual(['QUARTERLY'])
    expect(rule.dueDays).toEqual({})
    expect(rule.warnings[0]?.vi).toContain('không là một hạn báo cáo')
    expect(rule.warnings[0]?.en).toContain('default applies')
  })

  it('refuses a text naming no period, in both languages', () => {
    const r = parseReportingRule('Báo cáo khi có yêu cầu')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INVALID_REPORTING_RULE')
    expect(r.error.path).toEqual(['reportingRule'])
    expect(r.error.messageVi).toContain('không nêu kỳ báo cáo')
    expect(parseReportingRule('  ').ok).toBe(false)
  })
})

describe('due days of a reporting rule', () => {
  it('defaults to the State cut-off for State documents and the period end for Party ones', () => {
    expect(defaultDueDay('STATE', 'HALF_YEARLY')).toEqual({ month: 6, day: 14 })
    expect(defaultDueDay('PARTY', 'HALF_YEARLY')).toBeNull()
    const rule = parsed('Báo cáo hằng quý trước ngày 15 tháng cuối quý')
    expect(reportingDueDay(rule, 'STATE', 'QUARTERLY')).toEqual({ month: 3, day: 15 })
    expect(reportingDueDay(rule, 'STATE', 'YEARLY')).toEqual({ month: 12, day: 14 })
  })

  it('validates a structured rule', () => {
    const ok = validateReportingRuleParts({
      text: 'Báo cáo năm',
      cadences: ['YEARLY', 'HALF_YEARLY'],
      dueDays: { YEARLY: { month: 11, day: 30 } },
    })
    expect(ok.ok && ok.value.cadences).toEqual(['HALF_YEARLY', 'YEARLY'])
    const bad = validateReportingRuleParts({
      text: 'Báo cáo quý',
      cadences: ['QUARTERLY'],
      dueDays: { QUARTERLY: { month: 4, day: 1 } },
    })
    expect(!bad.ok && bad.error.path).toEqual(['reportingRule', 'dueDays', 'QUARTERLY'])
    const unknown = validateReportingRuleParts({ text: 'x', cadences: ['WEEKLY'] })
    expect(!unknown.ok && unknown.error.path).toEqual(['reportingRule', 'cadences', 0])
  })
})
