import { RATING_LABELS, ratingRulesBasis } from '@chidao/domain'
import { describe, expect, it } from 'vitest'
import { renderReportDocx } from '../src/render-report-docx.js'
import { fixtureReport, PARTY_OPTIONS } from './report-fixture.js'
import { unpack } from './unpack-docx.js'

describe('the rating in a signed report', () => {
  it('names the regulation in words, never the rule-set id', async () => {
    const report = {
      ...fixtureReport(),
      rating: {
        assessmentId: 'a-1' as never,
        rating: 'GOOD' as const,
        label: RATING_LABELS.GOOD,
        score: 82,
        rulesId: 'vn-366-qd-tw-2025',
        rulesBasis: ratingRulesBasis('vn-366-qd-tw-2025'),
      },
    }
    const doc = unpack(
      await renderReportDocx(report, { ...PARTY_OPTIONS, recipients: ['Lưu Văn phòng Tỉnh ủy'] }),
    )
    const text = doc.paragraphs.join('\n')
    expect(text).toContain('Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị')
    expect(doc.xml).not.toContain('vn-366')
  })
})
