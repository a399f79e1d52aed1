import {
  type Directive,
  type DueDay,
  RECURRENCE_CADENCE_LABELS,
  type RecurrenceCadence,
  type ReportingRule,
  type ReportingRuleInput,
  reportingDueDay,
} from '@chidao/domain'
import { builder } from '../../builder.js'
import { labelField } from '../support/label-field.js'
import { DueDayRef, RecurrenceCadenceEnum } from './deadline.js'
import { DirectiveNode } from './directive.js'
import { OrganizationNode } from './organization.js'

/** A directive's reporting rule, with the directive it belongs to (its issuer, its system). */
interface RuleOfDirective {
  readonly rule: ReportingRule
  readonly directive: Directive
}

/** One cadence of a reporting rule, with the due day in force for it. */
interface RuleCadence extends RuleOfDirective {
  readonly cadence: RecurrenceCadence
}

const ReportingRuleCadenceRef = builder.objectRef<RuleCadence>('ReportingRuleCadence').implement({
  description:
    'One cadence of periodic reports a reporting rule asks for, with the day in each period ' +
    'the report is due.',
  fields: (t) => ({
    cadence: t.field({ type: RecurrenceCadenceEnum, resolve: (c) => c.cadence }),
    cadenceLabel: labelField(t, (c) => RECURRENCE_CADENCE_LABELS[c.cadence]),
    dueDay: t.field({
      type: DueDayRef,
      nullable: true,
      description:
        'The due day the document sets for this cadence ("trước ngày 15 tháng cuối quý": ' +
        'month 3, day 15); null when it sets none.',
      resolve: (c): DueDay | null => c.rule.dueDays[c.cadence] ?? null,
    }),
    dueDayInForce: t.field({
      type: DueDayRef,
      nullable: true,
      description:
        "The due day reports are judged against: the document's, else for a State document " +
        "the cut-off of decree 09/2019/NĐ-CP (the 14th of the period's last month); null for " +
        "a Party document that sets none (due on the period's last day).",
      resolve: (c) => reportingDueDay(c.rule, c.directive.symbol.system, c.cadence),
    }),
  }),
})

const ReportingRuleRef = builder.objectRef<RuleOfDirective>('ReportingRule').implement({
  description:
    'The reporting rule (chế độ báo cáo) a document sets: the periodic reports every ' +
    'organisation leading one of its tasks owes, each cadence with its due day, and the body ' +
    'they go to.',
  fields: (t) => ({
    text: t.string({
      description: 'The words of the document ("Báo cáo định kỳ 6 tháng, năm").',
      resolve: (r) => r.rule.text,
    }),
    cadences: t.field({
      type: [ReportingRuleCadenceRef],
      description: 'The cadences asked for, the shortest first, each with its due day.',
      resolve: (r) => r.rule.cadences.map((cadence) => ({ ...r, cadence })),
    }),
    recipient: t.field({
      type: OrganizationNode,
      description: 'The body reports go to (nơi nhận báo cáo): the one named, else the issuer.',
      resolve: (r) => r.rule.recipientId ?? r.directive.issuerId,
    }),
    recipientNamed: t.boolean({
      description: 'Whether the document names the recipient (false: the issuer, by default).',
      resolve: (r) => r.rule.recipientId !== null,
    }),
  }),
})

builder.objectField(DirectiveNode, 'reportingRule', (t) =>
  t.field({
    type: ReportingRuleRef,
    nullable: true,
    description:
      'Its reporting rule (chế độ báo cáo), when it sets one: the reporting calendar owes a ' +
      'report per cadence and period from each organisation leading one of its tasks.',
    resolve: (directive) =>
      directive.reportingRule ? { rule: directive.reportingRule, directive } : null,
  }),
)

const DueDayInputRef = builder.inputType('ReportingDueDayInput', {
  description: 'The due day the document sets for one cadence.',
  fields: (t) => ({
    cadence: t.field({ type: RecurrenceCadenceEnum, description: 'The cadence it is for.' }),
    month: t.int({
      description: "Month of the period, from 1 (its first): 3 for a quarter's last.",
    }),
    day: t.int({ description: 'Day of that month, 1–31 (the last day in a shorter month).' }),
  }),
})

export const ReportingRuleInputRef = builder.inputType('ReportingRuleInput', {
  description:
    'A reporting rule (chế độ báo cáo) as the document words it; cadences and due days are ' +
    'read from the words unless given.',
  fields: (t) => ({
    text: t.string({
      description:
        'The words ("Báo cáo định kỳ 6 tháng, năm", "Báo cáo hằng quý trước ngày 15 tháng ' +
        'cuối quý").',
    }),
    cadences: t.field({
      type: [RecurrenceCadenceEnum],
      required: false,
      description: 'The cadences, where the words do not say them; default: read from text.',
    }),
    dueDays: t.field({
      type: [DueDayInputRef],
      required: false,
      description: 'The due day of each cadence that has one; default: read from text.',
    }),
    recipientCode: t.string({
      required: false,
      description: 'Code of the body reports go to; default: the issuer.',
    }),
  }),
})

/**
 * The domain's reporting-rule input for the API's (`dueDays` listed per cadence there, keyed by
 * cadence here); `null` when none is given.
 *
 * @example
 * ```ts
 * reportingRuleInputOf({ text: 'Báo cáo năm', dueDays: [{ cadence: 'YEARLY', month: 11, day: 30 }] })
 * ```
 */
export function reportingRuleInputOf(
  input: typeof ReportingRuleInputRef.$inferInput | null | undefined,
): ReportingRuleInput | null {
  if (input == null) return null
  return {
    text: input.text,
    cadences: input.cadences ?? null,
    dueDays:
      input.dueDays == null
        ? null
        : Object.fromEntries(input.dueDays.map((d) => [d.cadence, { month: d.month, day: d.day }])),
    recipientCode: input.recipientCode ?? null,
  }
}
