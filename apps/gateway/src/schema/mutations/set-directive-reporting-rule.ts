import { setDirectiveReportingRule } from '@chidao/app'
import type { DirectiveId } from '@chidao/domain'
import { localIdOf } from '../support/global-id.js'
import { useCaseContext } from '../support/use-case-call.js'
import { shownWarnings, WarningRef } from '../support/warning.js'
import { writeMutation } from '../support/write-mutation.js'
import { DirectiveNode } from '../types/directive.js'
import { ReportingRuleInputRef, reportingRuleInputOf } from '../types/reporting-rule.js'

writeMutation('setDirectiveReportingRule', {
  description:
    'Sets the reporting rule (chế độ báo cáo) of a recorded document, or removes it with ' +
    'reportingRule: null; the reporting calendar follows it from then on. EDITOR on documents ' +
    'its subtree issued, ADMIN any. Fails with NotFoundError (DIRECTIVE_NOT_FOUND, as for a ' +
    'document the caller may not see; REPORTING_RECIPIENT_NOT_FOUND), ConflictError (CONFLICT: ' +
    'changed since it was read) or ValidationError (INVALID_REPORTING_RULE).',
  action: 'directive.update',
  input: {
    description: 'The document, the version it was read at, and its rule.',
    fields: (t) => ({
      directiveId: t.id({ description: 'The document, by global ID.' }),
      version: t.int({ description: 'The version read; a stale one fails with CONFLICT.' }),
      reportingRule: t.field({
        type: ReportingRuleInputRef,
        required: false,
        description: 'The rule it sets; null or omitted: it sets none (the rule is removed).',
      }),
    }),
  },
  run: (input, context) =>
    setDirectiveReportingRule(useCaseContext(context), {
      // An id naming no document is passed as null: answered as an absent one.
      directiveId: localIdOf(String(input.directiveId), 'Directive') as DirectiveId | null,
      version: input.version,
      reportingRule: reportingRuleInputOf(input.reportingRule),
    }),
  payload: {
    fields: (t) => ({
      directive: t.expose('directive', {
        type: DirectiveNode,
        description: 'The document as changed, its `reportingRule` and `version` new.',
      }),
      notices: t.field({
        type: [WarningRef],
        description:
          "What of the rule's words was not used, in both languages: a due day that fits no " +
          'period (REPORTING_RULE_PART_IGNORED; the default due day applies).',
        resolve: (r) => shownWarnings(r.notices),
      }),
    }),
  },
})
