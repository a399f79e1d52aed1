import { recordAssessment } from '@chidao/app'
import { FINDINGS_PART_LABELS, FINDINGS_PARTS } from '@chidao/domain'
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
    kind: t.field({ type: AssessmentSubjectKindEnum, description: 'What kind of subject.' }),
    directiveId: t.id({ required: false, description: 'The document (DIRECTIVE_IMPLEMENTATION).' }),
    organizationId: t.id({
      required: false,
      description: 'The organisation (DIRECTIVE_IMPLEMENTATION, ORGANIZATION_YEAR).',
    }),
    taskId: t.id({ required: false, description: 'The task (TASK).' }),
    year: t.int({ required: false, description: 'The year (ORGANIZATION_YEAR).' }),
  }),
})

const PeriodInput = builder.inputType('AssessmentPeriodInput', {
  description: 'A span of days, both ends included.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day, included.' }),
    to: t.field({ type: 'Date', description: 'Last day, included.' }),
  }),
})

const FindingsInput = builder.inputType('FindingsInput', {
  description: 'The parts of the findings, each a list of paragraphs; omitted parts are empty.',
  fields: (t) =>
    Object.fromEntries(
      FINDINGS_PARTS.map((part) => [
        part,
        t.stringList({
          required: false,
          description: `${FINDINGS_PART_LABELS[part].en} (${FINDINGS_PART_LABELS[part].vi}): paragraphs.`,
        }),
      ]),
    ) as {
      [K in (typeof FINDINGS_PARTS)[number]]: ReturnType<typeof t.stringList>
    },
})

const IndicatorPeriodInput = builder.inputType('IndicatorPeriodInput', {
  description: 'One period of an indicator with its target and what was achieved.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day, included.' }),
    to: t.field({ type: 'Date', description: 'Last day, included.' }),
    target: t.float({ required: false, description: 'The figure aimed at, in its unit.' }),
    actual: t.float({ required: false, description: 'The figure achieved, in its unit.' }),
  }),
})

const IndicatorBaselineInput = builder.inputType('IndicatorBaselineInput', {
  description: 'Where an indicator started from.',
  fields: (t) => ({
    value: t.float({ description: 'The figure, in the indicator’s unit.' }),
    date: t.field({ type: 'Date', required: false, description: 'The day it was measured.' }),
  }),
})

const IndicatorInput = builder.inputType('IndicatorInput', {
  description: 'An indicator; periods in order, without overlap.',
  fields: (t) => ({
    name: t.string({ description: 'What is measured.' }),
    unit: t.string({ description: 'Its unit (%, km, người…).' }),
    baseline: t.field({
      type: IndicatorBaselineInput,
      required: false,
      description: 'Where it started from.',
    }),
    periods: t.field({
      type: [IndicatorPeriodInput],
      required: false,
      description: 'Periods in order, without overlap.',
    }),
    evidence: t.stringList({ required: false, description: 'Links or document references.' }),
  }),
})

const SocialCritiqueInput = builder.inputType('SocialCritiqueInput', {
  description: 'Required exactly for kind SOCIAL_CRITIQUE.',
  fields: (t) => ({
    subjectTitle: t.string({ description: 'The title of the draft or policy critiqued.' }),
    requestingBodyId: t.id({
      required: false,
      description: 'Omit when the union acted on its own initiative.',
    }),
    form: t.field({ type: SocialCritiqueFormEnum, description: 'How it was carried out.' }),
    requestedOn: t.field({
      type: 'Date',
      required: false,
      description: 'The day it was requested.',
    }),
    heldOn: t.field({ type: 'Date', description: 'The day it was held.' }),
    reportedOn: t.field({
      type: 'Date',
      required: false,
      description: 'The day its report was sent.',
    }),
    reportNumber: t.string({ required: false, description: 'The number of its report.' }),
    response: t.field({
      type: SocialCritiqueResponseEnum,
      required: false,
      description: 'PENDING when omitted.',
    }),
    respondedOn: t.field({
      type: 'Date',
      required: false,
      description: 'The day the requesting body responded.',
    }),
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
      kind: t.field({ type: AssessmentKindEnum, description: 'The kind of judgement.' }),
      subject: t.field({ type: AssessmentSubjectInput, description: 'What is judged.' }),
      period: t.field({ type: PeriodInput, description: 'The period judged.' }),
      title: t.string({ required: false, description: 'Its title, as the report names it.' }),
      assessorId: t.id({ description: 'The organisation making the judgement.' }),
      assessedOn: t.field({ type: 'Date', description: 'The day of the judgement.' }),
      findings: t.field({
        type: FindingsInput,
        required: false,
        description: 'The findings in the standard skeleton.',
      }),
      indicators: t.field({
        type: [IndicatorInput],
        required: false,
        description: 'Indicators with their targets and results.',
      }),
      socialCritique: t.field({
        type: SocialCritiqueInput,
        required: false,
        description: 'Required exactly for kind SOCIAL_CRITIQUE.',
      }),
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
