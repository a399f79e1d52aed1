import { describe, expect, it } from 'vitest'
import { parseBundle } from '../../src/bundle/parse-bundle.js'
import { example, lines } from './fixtures.js'

function withRule(rule: unknown) {
  const bundle = example()
  bundle.directives.find((d: { symbol: string }) => d.symbol === '06-CTr/TU').reportingRule = rule
  return bundle
}

describe("a bundle directive's reporting rule", () => {
  it('is read from the words, or given field by field', () => {
    const words = parseBundle(withRule('Báo cáo hằng quý trước ngày 15 tháng cuối quý'))
    if (!words.ok) throw new Error(lines(words.error).join('\n'))
    expect(words.value.directives.find((d) => d.symbol === '06-CTr/TU')?.reportingRule).toEqual({
      text: 'Báo cáo hằng quý trước ngày 15 tháng cuối quý',
      cadences: ['QUARTERLY'],
      dueDays: { QUARTERLY: { month: 3, day: 15 } },
      recipient: null,
    })
    const fields = parseBundle(
      withRule({ text: 'Theo quy chế', cadences: ['YEARLY'], recipient: 'VP-TU' }),
    )
    if (!fields.ok) throw new Error(lines(fields.error).join('\n'))
    expect(fields.value.directives.find((d) => d.symbol === '06-CTr/TU')?.reportingRule).toEqual({
      text: 'Theo quy chế',
      cadences: ['YEARLY'],
      dueDays: {},
      recipient: 'VP-TU',
    })
  })

  it('leaves directives without one as they were', () => {
    const r = parseBundle(example())
    if (!r.ok) throw new Error('the example does not parse')
    expect(r.value.directives.find((d) => d.symbol === '93-KL/TW')).not.toHaveProperty(
      'reportingRule',
    )
  })

  it('refuses words naming no period, a due day that does not fit, an unknown recipient', () => {
    const at = (rule: unknown) => {
      const r = parseBundle(withRule(rule))
      if (r.ok) throw new Error('expected errors')
      return lines(r.error).filter((l) => l.includes('reportingRule'))
    }
    expect(at('Báo cáo khi có yêu cầu')[0]).toMatch(
      /^directives\.\d+\.reportingRule INVALID_REPORTING_RULE$/,
    )
    expect(
      at({
        text: 'Báo cáo quý',
        cadences: ['QUARTERLY'],
        dueDays: { QUARTERLY: { month: 5, day: 1 } },
      })[0],
    ).toMatch(/reportingRule\.dueDays\.QUARTERLY INVALID_REPORTING_RULE$/)
    expect(at({ text: 'Báo cáo năm', recipient: 'KHONG-CO' })[0]).toMatch(
      /reportingRule\.recipient UNKNOWN_ORGANIZATION$/,
    )
  })
})
