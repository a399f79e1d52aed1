import { mayRecordAssessment, type StoredAssessment } from '@chidao/app'
import {
  type AssessmentInput,
  domainError,
  err,
  FINDINGS_PARTS,
  type NewAssessment,
  type OrganizationId,
  ok,
  RATING_RULE_SETS,
  type Result,
  ratingForScore,
  ratingRulesOn,
  validateAssessment,
} from '@chidao/domain'
import { enforce, organizationCodes, organizationTree, scopeFor } from '../../auth/policy-gate.js'
import { typedRefusal } from '../../auth/typed-refusal.js'
import { builder } from '../../builder.js'
import { unwrap } from '../support/error.js'
import { localIdOf } from '../support/global-id.js'
import {
  AssessmentKindEnum,
  AssessmentNode,
  AssessmentSubjectKindEnum,
  SocialCritiqueFormEnum,
  SocialCritiqueResponseEnum,
} from '../types/assessment.js'
import { RatingEnum } from '../types/scorecard.js'
import { WRITE_ERRORS } from './mutation-support.js'
import { directiveNotFound, taskNotFound } from './task-access.js'

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

const RecordAssessmentInput = builder.inputType('RecordAssessmentInput', {
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
})

const RecordAssessmentPayload = builder
  .objectRef<{ assessment: StoredAssessment }>('RecordAssessmentPayload')
  .implement({
    description: 'The assessment as recorded.',
    fields: (t) => ({ assessment: t.expose('assessment', { type: AssessmentNode }) }),
  })

/** A global ID as the local ID of its type; else as given, for the validator to refuse. */
function local(globalId: string | number | null | undefined, typename: string) {
  if (globalId === null || globalId === undefined) return undefined
  return localIdOf(String(globalId), typename) ?? String(globalId)
}

/**
 * Fills in the rating from the score when only a score is given: the level the score reaches
 * under the named rule set, or the one in force on the day of the assessment. A named rule set
 * must be one chidao knows.
 */
function withRating(assessment: NewAssessment): Result<NewAssessment> {
  const rulesId = assessment.ratingRulesId
  const named = rulesId === null ? null : RATING_RULE_SETS.find((r) => r.id === rulesId)
  if (rulesId !== null && !named) {
    return err(
      domainError(
        'UNKNOWN_RATING_RULES',
        {
          en: `Unknown rating rule set "${rulesId}" (ratingRulesId); known: ${RATING_RULE_SETS.map((r) => r.id).join(', ')}`,
          vi: `Không có bộ quy tắc xếp loại "${rulesId}" (ratingRulesId); các bộ hiện có: ${RATING_RULE_SETS.map((r) => r.id).join(', ')}`,
        },
        ['ratingRulesId'],
        rulesId,
      ),
    )
  }
  if (assessment.rating !== null || assessment.score === null) return ok(assessment)
  const rules = named ?? ratingRulesOn(assessment.assessedOn)
  if (!rules) return ok(assessment)
  return ok({
    ...assessment,
    rating: ratingForScore(assessment.score, rules),
    ratingRulesId: rules.id,
  })
}

builder.mutationFields((t) => ({
  recordAssessment: t.field({
    description:
      'Records an assessment: EDITOR for judgements made by its subtree, ADMIN any. Fails with ' +
      'ValidationError (a field is wrong: ' +
      'INVALID_PERIOD, OVERLAPPING_PERIODS, SOCIAL_CRITIQUE_REQUIRED, UNKNOWN_RATING_RULES…), ' +
      'NotFoundError (DIRECTIVE_NOT_FOUND, TASK_NOT_FOUND, ORGANIZATION_NOT_FOUND), ConflictError ' +
      '(ASSESSMENT_KEY_TAKEN), ForbiddenError or UnauthenticatedError.',
    type: RecordAssessmentPayload,
    authScopes: scopeFor('assessment.record'),
    unauthorizedResolver: typedRefusal,
    errors: {
      types: [...WRITE_ERRORS],
      directResult: true,
      union: { name: 'RecordAssessmentResult' },
    },
    args: { input: t.arg({ type: RecordAssessmentInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const subject = input.subject
      const raw: AssessmentInput = {
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
              requestingBodyId:
                local(input.socialCritique.requestingBodyId, 'Organization') ?? null,
            }
          : null,
        score: input.score ?? null,
        rating: input.rating ?? null,
        ratingRulesId: input.ratingRulesId ?? null,
      }
      const validated = unwrap(validateAssessment(raw))
      const rated = unwrap(withRating(validated))
      // The subject is looked up under the caller's clearance before anything else is decided:
      // a hidden document or task is answered exactly as an absent one.
      const subjectOf = rated.subject
      if (
        subjectOf.kind === 'DIRECTIVE_IMPLEMENTATION' &&
        !(await context.tenant.directives.findById(subjectOf.directiveId))
      ) {
        throw directiveNotFound(['subject', 'directiveId'])
      }
      if (subjectOf.kind === 'TASK' && !(await context.tenant.tasks.findById(subjectOf.taskId))) {
        throw taskNotFound(['subject', 'taskId'])
      }
      const [assessorCode] = await organizationCodes(
        context,
        [rated.assessorId as OrganizationId],
        [['assessorId']],
      )
      enforce(
        await mayRecordAssessment(context.viewer, assessorCode ?? '', organizationTree(context)),
      )
      const created = unwrap(
        await context.tenant.assessments.create(
          { ...rated, key: input.key ?? null },
          {
            actor: context.viewer.actor,
            actorOrganization: context.viewer.organizationCode,
            requestId: context.requestId,
          },
        ),
      )
      return { assessment: created }
    },
  }),
}))
