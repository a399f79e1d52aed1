import { describe, expect, it } from 'vitest'
import {
  type ReportingRuleChange,
  type SetDirectiveReportingRulePorts,
  setDirectiveReportingRule,
} from '../../src/index.js'
import { failureOf } from '../support/result-of.js'
import {
  ABSENT_DIRECTIVE as ABSENT,
  ANONYMOUS_CALLER,
  caller,
  contextOf,
  directiveFinder,
  never,
  organizationReader,
  PROGRAMME,
  SECRET_NOTICE as SECRET,
} from '../support/use-case-fixtures.js'

/** The documents a PUBLIC caller sees: the secret one is hidden, as the store hides it. */
function ports(
  setReportingRule: SetDirectiveReportingRulePorts['directives']['setReportingRule'],
): SetDirectiveReportingRulePorts {
  return {
    organizations: organizationReader(),
    directives: { findById: directiveFinder(PROGRAMME), setReportingRule },
  }
}

const rule = { text: 'Báo cáo định kỳ 6 tháng, năm', recipientCode: 'vp-tu' }

describe('setDirectiveReportingRule', () => {
  it('answers a document it cannot see as absent, before the policy', async () => {
    const refusing = ports(never('directives.setReportingRule'))
    for (const id of [null, ABSENT, SECRET.id]) {
      const result = await setDirectiveReportingRule(contextOf(refusing, ANONYMOUS_CALLER), {
        directiveId: id,
        version: 1,
        reportingRule: rule,
      })
      expect(failureOf(result)).toEqual(['DIRECTIVE_NOT_FOUND', ['directiveId']])
    }
  })

  it('lets an EDITOR change only documents its subtree issued, and refuses a rule that names no period', async () => {
    const refusing = ports(never('directives.setReportingRule'))
    const outside = await setDirectiveReportingRule(
      contextOf(refusing, caller('EDITOR', 'SKHCN')),
      {
        directiveId: PROGRAMME.id,
        version: 1,
        reportingRule: rule,
      },
    )
    expect(failureOf(outside)).toEqual(['FORBIDDEN', ['directiveId']])
    const reporter = await setDirectiveReportingRule(
      contextOf(refusing, caller('REPORTER', 'TU')),
      {
        directiveId: PROGRAMME.id,
        version: 1,
        reportingRule: rule,
      },
    )
    expect(failureOf(reporter)?.[0]).toBe('FORBIDDEN')
    const invalid = await setDirectiveReportingRule(contextOf(refusing, caller('EDITOR', 'TU')), {
      directiveId: PROGRAMME.id,
      version: 1,
      reportingRule: { text: 'Báo cáo khi có yêu cầu' },
    })
    expect(failureOf(invalid)).toEqual(['INVALID_REPORTING_RULE', ['reportingRule', 'text']])
  })

  it('stores the validated rule, or none, at the version read', async () => {
    const stored: [ReportingRuleChange | null, number][] = []
    const writing = ports(async (_id, change, version) => {
      stored.push([change, version])
      return { ok: true, value: { ...PROGRAMME, version: version + 1 } }
    })
    const editor = contextOf(writing, caller('EDITOR', 'TU'))
    const set = await setDirectiveReportingRule(editor, {
      directiveId: PROGRAMME.id,
      version: 4,
      reportingRule: rule,
    })
    expect(set.ok && set.value.directive.version).toBe(5)
    await setDirectiveReportingRule(editor, {
      directiveId: PROGRAMME.id,
      version: 5,
      reportingRule: null,
    })
    expect(stored).toEqual([
      [
        {
          rule: {
            text: 'Báo cáo định kỳ 6 tháng, năm',
            cadences: ['HALF_YEARLY', 'YEARLY'],
            dueDays: {},
          },
          recipientCode: 'VP-TU',
        },
        4,
      ],
      [null, 5],
    ])
  })
})
