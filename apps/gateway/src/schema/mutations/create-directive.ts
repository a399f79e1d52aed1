import { createDirective } from '@chidao/app'
import type { DirectiveSectionInput } from '@chidao/domain'
import { builder } from '../../builder.js'
import { useCaseContext } from '../support/use-case-call.js'
import { shownWarnings, WarningRef } from '../support/warning.js'
import { writeMutation } from '../support/write-mutation.js'
import { DirectiveKindEnum, DirectiveNode, SecrecyEnum, UrgencyEnum } from '../types/directive.js'
import { ReportingRuleInputRef, reportingRuleInputOf } from '../types/reporting-rule.js'

const DirectiveSectionInputRef = builder.inputRef<DirectiveSectionInput>('DirectiveSectionInput')

DirectiveSectionInputRef.implement({
  fields: (t) => ({
    number: t.string({ description: 'I, 2, b… unique among siblings.' }),
    heading: t.string({ required: false, description: 'Its heading, if it has one.' }),
    body: t.string({ required: false, description: 'Its text, if it has any of its own.' }),
    children: t.field({
      type: [DirectiveSectionInputRef],
      required: false,
      description: 'The sections within it, in order.',
    }),
  }),
})

writeMutation('createDirective', {
  description:
    'Records a document: EDITOR for an issuer in its subtree, ADMIN any; never above the ' +
    "caller's clearance. Fails with ValidationError (INVALID_DOCUMENT_SYMBOL, INVALID_DATE…), " +
    'NotFoundError (ISSUER_NOT_FOUND) or ConflictError (DIRECTIVE_EXISTS).',
  action: 'directive.create',
  input: {
    fields: (t) => ({
      symbol: t.string({
        description: 'Number and symbol in any accepted spelling; stored canonical.',
      }),
      kind: t.field({
        type: DirectiveKindEnum,
        required: false,
        description: 'Defaults to the kind the symbol denotes.',
      }),
      issuerCode: t.string({ description: 'Code of the issuing organisation.' }),
      issuerTerm: t.int({ required: false, description: 'Party term (khóa) as a number.' }),
      issuedOn: t.field({ type: 'Date', description: 'The day it was issued; not after today.' }),
      title: t.string({ description: 'Summary line (trích yếu).' }),
      secrecy: t.field({
        type: SecrecyEnum,
        required: false,
        description: "Default PUBLIC; never above the caller's clearance.",
      }),
      urgency: t.field({ type: UrgencyEnum, required: false, description: 'Default NORMAL.' }),
      sections: t.field({
        type: [DirectiveSectionInputRef],
        required: false,
        description: 'Its outline (I, II, III …), in order.',
      }),
      reportingRule: t.field({
        type: ReportingRuleInputRef,
        required: false,
        description:
          'Its reporting rule (chế độ báo cáo), when it sets one. Fails with ValidationError ' +
          '(INVALID_REPORTING_RULE) or NotFoundError (REPORTING_RECIPIENT_NOT_FOUND).',
      }),
    }),
  },
  run: (input, context) =>
    createDirective(useCaseContext(context), {
      ...input,
      reportingRule: reportingRuleInputOf(input.reportingRule),
    }),
  payload: {
    fields: (t) => ({
      directive: t.expose('directive', { type: DirectiveNode }),
      warnings: t.exposeStringList('warnings', {
        description: 'Normalisations applied to the symbol as written (e.g. TƯ read as TW).',
      }),
      notices: t.field({
        type: [WarningRef],
        description:
          "What looks wrong but was recorded, in both languages: an issuer that contradicts the symbol (93-KL/TW issued by a people's committee), a due day in the reporting rule's words that fits no period (REPORTING_RULE_PART_IGNORED).",
        resolve: (r) => shownWarnings(r.notices),
      }),
    }),
  },
})
