import { testBackends } from '@chidao/db/testing'
import { describe, expect, it } from 'vitest'
import { exampleGatewayForSuite } from './support/gateway-harness.js'

const RULE = `reportingRule {
  text recipient { code } recipientNamed
  cadences { cadence cadenceLabel { vi en } dueDay { month day } dueDayInForce { month day } }
}`

const CREATE = `mutation($input: CreateDirectiveInput!) { createDirective(input: $input) {
  __typename ... on Error { code message messageVi path }
  ... on CreateDirectivePayload { directive { id version ${RULE} } notices { code message messageVi } }
} }`

const SET = `mutation($input: SetDirectiveReportingRuleInput!) { setDirectiveReportingRule(input: $input) {
  __typename ... on Error { code message messageVi path }
  ... on SetDirectiveReportingRulePayload { directive { version ${RULE} } notices { code } }
} }`

/** The words of each cadence the tests read. */
const CADENCE_LABELS = {
  HALF_YEARLY: { vi: 'Định kỳ 6 tháng', en: 'Half-yearly' },
  YEARLY: { vi: 'Hằng năm', en: 'Yearly' },
} as const

/** A cadence of a rule that sets no due day: in force, its period's end, or the day given. */
const atPeriodEnd = (
  cadence: keyof typeof CADENCE_LABELS,
  dueDayInForce: { month: number; day: number } | null = null,
) => ({ cadence, cadenceLabel: CADENCE_LABELS[cadence], dueDay: null, dueDayInForce })

const NOBODY = Buffer.from('Directive:00000000-0000-4000-8000-000000000000').toString('base64')

describe.each(testBackends())('a document’s reporting rule through GraphQL on %s', (backend) => {
  const h = exampleGatewayForSuite(backend)
  let n = 0
  const plan = (extra: Record<string, unknown>) => ({
    symbol: `${++n}/KH-UBND`,
    issuerCode: 'UBND-TINH',
    issuedOn: '2026-01-10',
    title: `Kế hoạch có chế độ báo cáo ${n}`,
    ...extra,
  })

  it('reads the example programme’s rule: half-yearly and yearly, due at the period’s end (a Party document), to its issuer', async () => {
    const r = await h.graphql<any>(`{ directive(symbol: "06-CTr/TU") { ${RULE} } }`)
    expect(r.errors).toBeUndefined()
    expect(r.data.directive.reportingRule).toEqual({
      text: 'Báo cáo định kỳ 6 tháng, năm',
      recipient: { code: 'BTV-TU' },
      recipientNamed: false,
      cadences: [atPeriodEnd('HALF_YEARLY'), atPeriodEnd('YEARLY')],
    })
    const none = await h.graphql<any>(
      `{ directive(symbol: "93-KL/TW") { reportingRule { text } } }`,
    )
    expect(none.data.directive.reportingRule).toBeNull()
  })

  it('records a rule with a document: read from its words, the recipient by code, the State cut-off where it sets no day', async () => {
    const r = await h.graphql<any>(CREATE, {
      input: plan({
        reportingRule: { text: 'Báo cáo định kỳ 6 tháng, năm', recipientCode: 'VP-TU' },
      }),
    })
    const created = r.data.createDirective
    expect(created.__typename, JSON.stringify(r)).toBe('CreateDirectivePayload')
    expect(created.notices).toEqual([])
    expect(created.directive.reportingRule).toEqual({
      text: 'Báo cáo định kỳ 6 tháng, năm',
      recipient: { code: 'VP-TU' },
      recipientNamed: true,
      // A State document (UBND) that sets no day: decree 09/2019/NĐ-CP's 14th of the last month.
      cadences: [
        atPeriodEnd('HALF_YEARLY', { month: 6, day: 14 }),
        atPeriodEnd('YEARLY', { month: 12, day: 14 }),
      ],
    })
    const read = await h.graphql<any>(
      `query($id: ID!) { node(id: $id) { ... on Directive { ${RULE} } } }`,
      { id: created.directive.id },
    )
    expect(read.data.node.reportingRule).toEqual(created.directive.reportingRule)
    // The day the words set is the day in force.
    const quarterly = await h.graphql<any>(CREATE, {
      input: plan({ reportingRule: { text: 'Báo cáo hằng quý trước ngày 15 tháng cuối quý' } }),
    })
    expect(quarterly.data.createDirective.directive.reportingRule).toMatchObject({
      recipient: { code: 'UBND-TINH' },
      recipientNamed: false,
      cadences: [
        {
          cadence: 'QUARTERLY',
          dueDay: { month: 3, day: 15 },
          dueDayInForce: { month: 3, day: 15 },
        },
      ],
    })
  })

  it('takes cadences and due days field by field, and says what of the words it did not use', async () => {
    const given = await h.graphql<any>(CREATE, {
      input: plan({
        reportingRule: {
          text: 'Theo hướng dẫn của Văn phòng Tỉnh ủy',
          cadences: ['HALF_YEARLY'],
          dueDays: [{ cadence: 'HALF_YEARLY', month: 6, day: 10 }],
        },
      }),
    })
    expect(given.data.createDirective.directive.reportingRule.cadences).toEqual([
      expect.objectContaining({ cadence: 'HALF_YEARLY', dueDay: { month: 6, day: 10 } }),
    ])
    const ignored = await h.graphql<any>(CREATE, {
      input: plan({ reportingRule: { text: 'Báo cáo hằng quý trước ngày 31/5 và 30/11' } }),
    })
    const payload = ignored.data.createDirective
    expect(payload.__typename, JSON.stringify(ignored)).toBe('CreateDirectivePayload')
    expect(payload.notices).toEqual([
      expect.objectContaining({ code: 'REPORTING_RULE_PART_IGNORED' }),
    ])
    expect(payload.directive.reportingRule.cadences[0].dueDay).toBeNull()
  })

  it('refuses a rule that names no period, a due day that fits none, an unknown recipient — and records nothing', async () => {
    const cases = [
      [
        { text: 'Báo cáo khi có yêu cầu' },
        'ValidationError',
        'INVALID_REPORTING_RULE',
        ['input', 'reportingRule', 'text'],
      ],
      [
        { text: 'Báo cáo hằng quý', dueDays: [{ cadence: 'QUARTERLY', month: 4, day: 1 }] },
        'ValidationError',
        'INVALID_REPORTING_RULE',
        ['input', 'reportingRule', 'dueDays', 'QUARTERLY'],
      ],
      [
        { text: 'Báo cáo năm', recipientCode: 'KHONG-CO' },
        'NotFoundError',
        'REPORTING_RECIPIENT_NOT_FOUND',
        ['input', 'reportingRule', 'recipientCode'],
      ],
    ] as const
    for (const [reportingRule, type, code, path] of cases) {
      const input = plan({ reportingRule })
      const r = await h.graphql<any>(CREATE, { input })
      expect(r.data.createDirective, JSON.stringify(reportingRule)).toMatchObject({
        __typename: type,
        code,
        path,
      })
      expect(r.data.createDirective.message).toMatch(/\S/)
      expect(r.data.createDirective.messageVi).toMatch(/\S/)
      const stored = await h.graphql<any>(`query($s: String!) { directive(symbol: $s) { id } }`, {
        s: input.symbol,
      })
      expect(stored.data.directive).toBeNull()
    }
  })

  it('sets, changes and removes the rule of a recorded document at the version read', async () => {
    const created = await h.graphql<any>(CREATE, { input: plan({}) })
    const { id, version, reportingRule } = created.data.createDirective.directive
    expect(reportingRule).toBeNull()
    const set = await h.graphql<any>(SET, {
      input: {
        directiveId: id,
        version,
        reportingRule: { text: 'Báo cáo định kỳ 6 tháng, năm', recipientCode: 'VP-TU' },
      },
    })
    expect(set.data.setDirectiveReportingRule, JSON.stringify(set)).toMatchObject({
      __typename: 'SetDirectiveReportingRulePayload',
      directive: {
        version: version + 1,
        reportingRule: { text: 'Báo cáo định kỳ 6 tháng, năm', recipient: { code: 'VP-TU' } },
      },
    })
    const stale = await h.graphql<any>(SET, {
      input: { directiveId: id, version, reportingRule: { text: 'Báo cáo năm' } },
    })
    expect(stale.data.setDirectiveReportingRule).toMatchObject({
      __typename: 'ConflictError',
      code: 'CONFLICT',
    })
    const removed = await h.graphql<any>(SET, {
      input: { directiveId: id, version: version + 1, reportingRule: null },
    })
    expect(removed.data.setDirectiveReportingRule.directive).toEqual({
      version: version + 2,
      reportingRule: null,
    })
  })

  it('answers a document the caller may not see exactly as one that does not exist', async () => {
    const secret = await h.graphql<any>(CREATE, { input: plan({ secrecy: 'MAT' }) })
    const { id, version } = secret.data.createDirective.directive
    const editor = { roles: ['EDITOR' as const], org: 'UBND-TINH' }
    const answer = async (directiveId: string) =>
      (
        await h.graphql<any>(
          SET,
          { input: { directiveId, version, reportingRule: { text: 'Báo cáo năm' } } },
          editor,
        )
      ).data.setDirectiveReportingRule
    const hidden = await answer(id)
    expect(hidden).toEqual(await answer(NOBODY))
    expect(hidden).toMatchObject({
      __typename: 'NotFoundError',
      code: 'DIRECTIVE_NOT_FOUND',
      path: ['input', 'directiveId'],
    })
  })
})
