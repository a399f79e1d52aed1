import { recordAssessment } from '@chidao/app'
import { FINDINGS_PARTS } from '@chidao/domain'
import { builder } from '../../builder.js'
import { localIdOf } from '../support/global-id.js'
import { useCaseContext } from '../support/use-case-call.js'
import { writeMutation } from '../support/write-mutation.js'
import {
  AssessmentKindEnum,
  AssessmentNode,
  AssessmentSubjectKindEnum,
  SocialCritiqueFormEnum,
  SocialCritiqueResponseEnum,
} from '../types/assessment.js'
import { RatingEnum } from '../types/scorecard.js'

const AssessmentSubjectInput = builder.inputType('AssessmentSubjectInput', {
  description:
    'What is judged: DIRECTIVE_IMPLEMENTATION needs directiveId and organizationId, TASK ' +
    'needs taskId, ORGANIZATION_YEAR needs organizationId and year.',
  fields: (t) => ({
    kind: t.field({ type: AssessmentSubjectKindEnum }),
    directiveId: t.id({ required: false }),
    organizationId: t.id({ required: false }),
    taskId: t.id({ required: false }),
    year: t.int({ required: false }),
  }),
})

const PeriodInput = builder.inputType('AssessmentPeriodInput', {
  description: 'A span of days, both ends included.',
  fields: (t) => ({ from: t.field({ type: 'Date' }), to: t.field({ type: 'Date' }) }),
})

const FindingsInput = builder.inputType('FindingsInput', {
  description: 'The parts of the findings, each a list of paragraphs; omitted parts are empty.',
  fields: (t) =>
    Object.fromEntries(FINDINGS_PARTS.map((part) => [part, t.stringList({ required: false })])) as {
      [K in (typeof FINDINGS_PARTS)[number]]: ReturnType<typeof t.stringList>
    },
})

const IndicatorPeriodInput = builder.inputType('IndicatorPeriodInput', {
  fields: (t) => ({
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
    target: t.float({ required: false }),
    actual: t.float({ required: false }),
  }),
})

const IndicatorBaselineInput = builder.inputType('IndicatorBaselineInput', {
  fields: (t) => ({ value: t.float(), date: t.field({ type: 'Date', required: false }) }),
})

const IndicatorInput = builder.inputType('IndicatorInput', {
  description: 'An indicator; periods in order, without overlap.',
  fields: (t) => ({
    name: t.string(),
    unit: t.string(),
    baseline: t.field({ type: IndicatorBaselineInput, required: false }),
    periods: t.field({ type: [IndicatorPeriodInput], required: false }),
    evidence: t.stringList({ required: false }),
  }),
})

const SocialCritiqueInput = builder.inputType('SocialCritiqueInput', {
  description: 'Required exactly for kind SOCIAL_CRITIQUE.',
  fields: (t) => ({
    subjectTitle: t.string(),
    requestingBodyId: t.id({
      required: false,
      description: 'Omit when the union acted on its own initiative.',
    }),
    form: t.field({ type: SocialCritiqueFormEnum }),
    requestedOn: t.field({ type: 'Date', required: false }),
    heldOn: t.field({ type: 'Date' }),
    reportedOn: t.field({ type: 'Date', required: false }),
    reportNumber: t.string({ required: false }),
    response: t.field({
      type: SocialCritiqueResponseEnum,
      required: false,
      description: 'PENDING when omitted.',
    }),
    respondedOn: t.field({ type: 'Date', required: false }),
  }),
})

/** A global ID as the local ID of its type; else as given, for the validator to refuse. */
function local(globalId: string | number | null | undefined, typename: string) {
  if (globalId === null || globalId === undefined) return undefined
  return localIdOf(String(globalId), typename) ?? String(globalId)
}

writeMutation('recordAssessment', {
  description:
    'Records an assessment: EDITOR for judgements made by its subtree, ADMIN any. Fails with ' +
    'ValidationError (a field is wrong: ' +
    'INVALID_PERIOD, OVERLAPPING_PERIODS, SOCIAL_CRITIQUE_REQUIRED, UNKNOWN_RATING_RULES…), ' +
    'NotFoundError (DIRECTIVE_NOT_FOUND, TASK_NOT_FOUND, ORGANIZATION_NOT_FOUND), ConflictError ' +
    '(ASSESSMENT_KEY_TAKEN), ForbiddenError or UnauthenticatedError.',
  action: 'assessment.record',
  input: {
    fields: (t) => ({
      key: t.string({
        required: false,
        description: 'Natural key within the tenant (for bundles); generated when omitted.',
      }),
      kind: t.field({ type: AssessmentKindEnum }),
      subject: t.field({ type: AssessmentSubjectInput }),
      period: t.field({ type: PeriodInput }),
      title: t.string({ required: false }),
      assessorId: t.id({ description: 'The organisation making the judgement.' }),
      assessedOn: t.field({ type: 'Date' }),
      findings: t.field({ type: FindingsInput, required: false }),
      indicators: t.field({ type: [IndicatorInput], required: false }),
      socialCritique: t.field({ type: SocialCritiqueInput, required: false }),
      score: t.float({ required: false, description: '0–100.' }),
      rating: t.field({
        type: RatingEnum,
        required: false,
        description: 'When omitted and a score is given, the rule set decides it by the score.',
      }),
      ratingRulesId: t.string({
        required: false,
        description: 'The rule set; by default the one in force on assessedOn.',
      }),
    }),
  },
  run: (input, context) => {
    const subject = input.subject
    return recordAssessment(useCaseContext(context), {
      key: input.key ?? null,
      kind: input.kind,
      subject: {
        kind: subject.kind,
        directiveId: local(subject.directiveId, 'Directive'),
        organizationId: local(subject.organizationId, 'Organization'),
        taskId: local(subject.taskId, 'Task'),
        year: subject.year ?? undefined,
      },
      period: input.period,
      title: input.title ?? null,
      assessorId: local(input.assessorId, 'Organization') ?? '',
      assessedOn: input.assessedOn,
      // An omitted list in the API is an absent part or field here.
      findings: input.findings
        ? Object.fromEntries(Object.entries(input.findings).filter(([, list]) => list !== null))
        : null,
      indicators: (input.indicators ?? []).map((indicator) => ({
        ...indicator,
        periods: indicator.periods ?? [],
        evidence: indicator.evidence ?? [],
      })),
      socialCritique: input.socialCritique
        ? {
            ...input.socialCritique,
            requestingBodyId: local(input.socialCritique.requestingBodyId, 'Organization') ?? null,
          }
        : null,
      score: input.score ?? null,
      rating: input.rating ?? null,
      ratingRulesId: input.ratingRulesId ?? null,
    })
  },
  payload: {
    description: 'The assessment as recorded.',
    fields: (t) => ({ assessment: t.expose('assessment', { type: AssessmentNode }) }),
  },
})
