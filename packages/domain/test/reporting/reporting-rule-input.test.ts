import { describe, expect, it } from 'vitest'
import { validateNewDirective, validateReportingRuleInput } from '../../src/index.js'
import { okValue } from '../support/ok-value.js'

function valid(input: Parameters<typeof validateReportingRuleInput>[0]) {
  return okValue(validateReportingRuleInput(input))
}

describe('validateReportingRuleInput', () => {
  it('reads the words when nothing else is given, the recipient by its code', () => {
    expect(valid({ text: '  Báo cáo định kỳ 6 tháng,  năm ', recipientCode: 'vp-tu' })).toEqual({
      rule: {
        text: 'Báo cáo định kỳ 6 tháng, năm',
        cadences: ['HALF_YEARLY', 'YEARLY'],
        dueDays: {},
      },
      recipientCode: 'VP-TU',
      warnings: [],
    })
    expect(valid({ text: 'Báo cáo hằng quý trước ngày 15 tháng cuối quý' }).rule.dueDays).toEqual({
      QUARTERLY: { month: 3, day: 15 },
    })
  })

  it('takes cadences and due days given field by field over the words, which need not name a period then', () => {
    const v = valid({
      text: 'Theo hướng dẫn của Văn phòng Tỉnh ủy',
      cadences: ['YEARLY', 'QUARTERLY'],
      dueDays: { YEARLY: { month: 11, day: 30 } },
    })
    expect(v.rule.cadences).toEqual(['QUARTERLY', 'YEARLY'])
    expect(v.rule.dueDays).toEqual({ YEARLY: { month: 11, day: 30 } })
    expect(v.recipientCode).toBeNull()
    // Cadences given alone: the words' due day, meant for their own cadences, is not taken.
    const alone = valid({
      text: 'Báo cáo hằng quý trước ngày 15 tháng cuối quý',
      cadences: ['YEARLY'],
    })
    expect(alone.rule).toMatchObject({ cadences: ['YEARLY'], dueDays: {} })
  })

  it('says, in both languages, which due day of the words fits no period', () => {
    const v = valid({ text: 'Báo cáo hằng quý trước ngày 31/5 và 30/11' })
    expect(v.rule.dueDays).toEqual({})
    expect(v.warnings).toHaveLength(1)
    expect(v.warnings[0]).toMatchObject({
      code: 'REPORTING_RULE_PART_IGNORED',
      path: ['reportingRule', 'text'],
    })
    expect(v.warnings[0]!.messageVi).toContain('31/5 và 30/11')
    expect(v.warnings[0]!.message).toContain('31/5 và 30/11')
  })

  it('refuses words that name no period, an unknown cadence, a due day outside its period, a malformed recipient code', () => {
    const cases = [
      [{ text: 'Báo cáo khi có yêu cầu' }, 'INVALID_REPORTING_RULE', ['reportingRule', 'text']],
      [{ text: '' }, 'INVALID_REPORTING_RULE', ['reportingRule', 'text']],
      [
        { text: 'Báo cáo', cadences: ['WEEKLY'] },
        'INVALID_REPORTING_RULE',
        ['reportingRule', 'cadences', 0],
      ],
      [
        { text: 'Báo cáo hằng quý', dueDays: { QUARTERLY: { month: 4, day: 1 } } },
        'INVALID_REPORTING_RULE',
        ['reportingRule', 'dueDays', 'QUARTERLY'],
      ],
      [
        { text: 'Báo cáo năm', recipientCode: 'không hợp lệ!' },
        'INVALID_ORGANIZATION_CODE',
        ['reportingRule', 'recipientCode'],
      ],
    ] as const
    for (const [input, code, path] of cases) {
      const r = validateReportingRuleInput(input as never)
      expect(r.ok ? null : r.error, JSON.stringify(input)).toMatchObject({ code, path })
      if (!r.ok) {
        expect(r.error.message).toMatch(/\S/)
        expect(r.error.messageVi).toMatch(/\S/)
      }
    }
  })
})

describe('validateNewDirective with a reporting rule', () => {
  const document = {
    symbol: '12/KH-UBND',
    issuerOrganizationCode: 'UBND-TINH',
    issuedOn: '2026-01-10',
    title: 'Kế hoạch thực hiện',
  }

  it('keeps the rule, its recipient and its warnings beside the document', () => {
    const r = validateNewDirective({
      ...document,
      reportingRule: { text: 'Báo cáo hằng quý trước ngày 31/5 và 30/11', recipientCode: 'VP-TU' },
    })
    expect(r.ok && r.value.reportingRule).toEqual({
      text: 'Báo cáo hằng quý trước ngày 31/5 và 30/11',
      cadences: ['QUARTERLY'],
      dueDays: {},
    })
    expect(r.ok && r.value.reportingRecipientCode).toBe('VP-TU')
    expect(r.ok && r.value.reportingRuleWarnings?.map((w) => w.code)).toEqual([
      'REPORTING_RULE_PART_IGNORED',
    ])
    const none = validateNewDirective(document)
    expect(none.ok && none.value.reportingRule).toBeUndefined()
  })

  it('refuses the document with its rule', () => {
    const r = validateNewDirective({ ...document, reportingRule: { text: 'Báo cáo khi cần' } })
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'INVALID_REPORTING_RULE',
      path: ['reportingRule', 'text'],
    })
  })
})
