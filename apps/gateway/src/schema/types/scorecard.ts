import { type DrawUpScorecardOutput, drawUpScorecard, type ScorecardLine } from '@chidao/app'
import {
  type CompletionRate,
  type PeriodCounts,
  RATE_DENOMINATOR_LABELS,
  RATE_DENOMINATORS,
  RATE_MEASURE_LABELS,
  RATE_MEASURES,
  RATING_LABELS,
  RATINGS,
  type RatingOutcome,
  type RollUpResult,
  type Scorecard,
  type TimelinessCounts,
} from '@chidao/domain'
import type { ObjectFieldBuilder } from '@pothos/core'
import { builder, type GatewayTypes } from '../../builder.js'
import { queryError } from '../../query-error.js'
import { labelField } from '../support/label-field.js'
import { labelledValues } from '../support/labelled-enum.js'
import { directiveNamed, organizationNamed } from '../support/record-by-code.js'
import { useCaseContext } from '../support/use-case-call.js'
import { OrganizationNode } from './organization.js'

const RateDenominatorEnum = builder.enumType('RateDenominator', {
  description: 'What a rate divides by. A rate is meaningless without it.',
  values: labelledValues(RATE_DENOMINATORS, RATE_DENOMINATOR_LABELS),
})
const RateMeasureEnum = builder.enumType('RateMeasure', {
  values: labelledValues(RATE_MEASURES, RATE_MEASURE_LABELS),
})
export const RatingEnum = builder.enumType('Rating', {
  description: 'Rating level (mức xếp loại) under a versioned rule set.',
  values: labelledValues(RATINGS, RATING_LABELS),
})

const TimelinessCountsRef = builder.objectRef<TimelinessCounts>('TimelinessCounts').implement({
  description: 'Tasks counted by timeliness on a day. Cancelled tasks are counted apart.',
  fields: (t) => ({
    completedOnTime: t.int({ resolve: (c) => c.COMPLETED_ON_TIME }),
    completedLate: t.int({ resolve: (c) => c.COMPLETED_LATE }),
    inProgress: t.int({ description: 'Open, not yet due.', resolve: (c) => c.IN_PROGRESS }),
    overdue: t.int({ description: 'Open and past due.', resolve: (c) => c.OVERDUE }),
    cancelled: t.exposeInt('cancelled'),
    total: t.exposeInt('total', { description: 'Every task but the cancelled ones.' }),
  }),
})

const PeriodCountsRef = builder.objectRef<PeriodCounts>('PeriodCounts').implement({
  description:
    'The periods of recurring tasks (a yearly report, a quarterly review) due in a range, by ' +
    'how each was answered: where periods are what is asked, they are what is counted.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day of the range.', resolve: (c) => c.from }),
    to: t.field({
      type: 'Date',
      description: 'Last day of the range: asOf.',
      resolve: (c) => c.to,
    }),
    due: t.int({
      description: 'Periods whose due day has passed in the range (received, late or missing).',
      resolve: (c) => c.total,
    }),
    received: t.int({
      description: 'Answered by a progress report dated by the due day.',
      resolve: (c) => c.onTime,
    }),
    receivedLate: t.int({
      description: 'Answered by a progress report dated after the due day.',
      resolve: (c) => c.late,
    }),
    missing: t.int({
      description: 'Due day passed and no progress report answers the period.',
      resolve: (c) => c.missing,
    }),
  }),
})

const RateRef = builder.objectRef<CompletionRate>('Rate').implement({
  description: 'numerator / denominator, always with the denominator it was computed on.',
  fields: (t) => ({
    measure: t.expose('measure', { type: RateMeasureEnum }),
    numerator: t.exposeInt('numerator'),
    denominator: t.exposeInt('denominator'),
    denominatorKind: t.expose('denominatorKind', { type: RateDenominatorEnum }),
    denominatorLabel: labelField(t, (r) => RATE_DENOMINATOR_LABELS[r.denominatorKind]),
    percent: t.exposeFloat('percent', {
      nullable: true,
      description: 'Unrounded; null when the denominator is 0 (no rate rather than 0 or 100).',
    }),
  }),
})

const RollUpRef = builder.objectRef<RollUpResult>('ProgressRollUp').implement({
  description: 'Progress rolled up over a task tree; tasks with no figure are "no data", not 0.',
  fields: (t) => ({
    percent: t.exposeFloat('percent', { nullable: true }),
    childrenWithData: t.exposeInt('childrenWithData'),
    childrenTotal: t.exposeInt('childrenTotal'),
  }),
})

const RatingOutcomeRef = builder.objectRef<RatingOutcome>('RatingOutcome').implement({
  fields: (t) => ({
    rating: t.expose('rating', { type: RatingEnum }),
    ratingLabel: labelField(t, (r) => RATING_LABELS[r.rating]),
    byScore: t.expose('byScore', {
      type: RatingEnum,
      description: 'What the score alone reaches.',
    }),
    reasons: t.stringList({
      description:
        'Why the rating is lower than the score alone would give (English / Vietnamese).',
      resolve: (r) => r.reasons.map((reason) => `${reason.message} / ${reason.messageVi}`),
    }),
    rulesId: t.exposeString('rulesId', {
      description: 'The rule set applied, e.g. vn-366-qd-tw-2025.',
    }),
  }),
})

/** The fields of a card's rates, each with the rate of the card it shows. */
const RATE_FIELDS = {
  onTimeRateDueByDate: 'onTimeDueByDate',
  onTimeRateAllAssigned: 'onTimeAllAssigned',
  completionRateDueByDate: 'completedDueByDate',
  completionRateAllAssigned: 'completedAllAssigned',
} as const

/**
 * What the scorecard and each of its lines show of their card: the counts, the rates on both
 * denominators and the progress roll-up; `described` describes the rates the scorecard explains.
 */
function cardFields<Shape extends { readonly card: Scorecard }>(
  t: ObjectFieldBuilder<GatewayTypes, Shape>,
  described: Partial<Record<keyof typeof RATE_FIELDS, string>> = {},
) {
  const rate = (field: keyof typeof RATE_FIELDS) =>
    t.field({
      type: RateRef,
      description: described[field],
      resolve: (s) => s.card.rates[RATE_FIELDS[field]],
    })
  return {
    counts: t.field({ type: TimelinessCountsRef, resolve: (s) => s.card.counts }),
    onTimeRateDueByDate: rate('onTimeRateDueByDate'),
    onTimeRateAllAssigned: rate('onTimeRateAllAssigned'),
    completionRateDueByDate: rate('completionRateDueByDate'),
    completionRateAllAssigned: rate('completionRateAllAssigned'),
    progress: t.field({ type: RollUpRef, resolve: (s) => s.card.progress }),
    periods: t.field({
      type: PeriodCountsRef,
      description:
        'The periods of the recurring tasks counted, due from 1 January of the year of asOf ' +
        'to asOf: each recurring task counts once in `counts` (by its latest due period) and ' +
        'here once per period.',
      resolve: (s) => s.card.periods,
    }),
  }
}

const ScorecardLineRef = builder.objectRef<ScorecardLine>('ScorecardLine').implement({
  description: 'The scorecard of the tasks one organisation leads.',
  fields: (t) => ({
    organization: t.field({
      type: OrganizationNode,
      // The lead as read with the lines (a copy: Pothos marks the objects it is given).
      resolve: (line) => (line.lead ? { ...line.lead } : line.leadId),
    }),
    ...cardFields(t),
  }),
})

const ScorecardRef = builder.objectRef<DrawUpScorecardOutput>('Scorecard').implement({
  description:
    'How the tasks of an organisation (and its subtree) or of a document stand on a day: counts ' +
    'by timeliness, rates on both denominators, progress roll-up, per lead organisation.',
  fields: (t) => ({
    asOf: t.field({ type: 'Date', resolve: (s) => s.card.asOf }),
    ...cardFields(t, {
      onTimeRateDueByDate: 'Completed by their due day, over tasks already due.',
      onTimeRateAllAssigned: 'Completed by their due day, over every task assigned.',
    }),
    rating: t.field({
      type: RatingOutcomeRef,
      nullable: true,
      description: 'The rating the score given earns under the rule set, with the task conditions.',
      resolve: (s) => s.card.rating,
    }),
    byLead: t.field({
      type: [ScorecardLineRef],
      description:
        'One line per lead organisation, the higher level first (central, provincial, district, ' +
        'commune), then by name in Vietnamese order: the order of a drafted report.',
      resolve: (s) => s.byLead,
    }),
  }),
})

builder.queryFields((t) => ({
  scorecard: t.field({
    type: ScorecardRef,
    description:
      'A scorecard as of `asOf` (default today) for the tasks an organisation leads (with its ' +
      'subtree unless includeSubtree is false) or the tasks of a document (with the documents ' +
      'implementing it). `from`/`to` keep the tasks due in that period. Give `score` to have ' +
      'the rating computed under the rule set with the task conditions.',
    args: {
      organizationId: t.arg.id({
        required: false,
        description: 'The tasks this organisation leads (and its subtree, see includeSubtree).',
      }),
      organizationCode: t.arg.string({
        required: false,
        description: 'The organisation by its code (e.g. "SKHCN"), instead of organizationId.',
      }),
      directiveId: t.arg.id({
        required: false,
        description: 'The tasks of this document and of the documents implementing it.',
      }),
      directiveSymbol: t.arg.string({
        required: false,
        description:
          'The document by its symbol ("06-CTr/TU"), instead of directiveId; with directiveYear ' +
          'when several documents share it (else the newest).',
      }),
      directiveYear: t.arg.int({ required: false, description: 'The year of directiveSymbol.' }),
      includeSubtree: t.arg.boolean({
        required: false,
        defaultValue: true,
        description: 'With organizationId: also the tasks its subtree leads (default true).',
      }),
      from: t.arg({
        type: 'Date',
        required: false,
        description: 'Keep only tasks due on this day or later.',
      }),
      to: t.arg({
        type: 'Date',
        required: false,
        description: 'Keep only tasks due on this day or earlier.',
      }),
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'The day timeliness and rates are judged on; default today in Vietnam.',
      }),
      score: t.arg.float({
        required: false,
        description: 'A score 0–100 to rate under the rule set, with the task conditions.',
      }),
    },
    resolve: async (_root, args, context) => {
      const scored = await drawUpScorecard(useCaseContext(context), {
        organizationId: await organizationNamed(
          context,
          args.organizationId,
          args.organizationCode,
        ),
        includeSubtree: args.includeSubtree ?? true,
        directiveId: await directiveNamed(
          context,
          args.directiveId,
          args.directiveSymbol,
          args.directiveYear,
        ),
        from: args.from ?? null,
        to: args.to ?? null,
        asOf: args.asOf ?? null,
        score: args.score ?? null,
      })
      if (!scored.ok) throw queryError(scored.error)
      return scored.value
    },
  }),
}))
