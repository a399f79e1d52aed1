import {
  type AssessmentFilter,
  type AssessmentOrder,
  findAssessment,
  listAssessments,
  type StoredAssessment,
} from '@chidao/app'
import type { PageRequest } from '@chidao/domain'
import {
  ASSESSMENT_KIND_LABELS,
  ASSESSMENT_KINDS,
  type AssessmentId,
  FINDINGS_PART_LABELS,
  FINDINGS_PARTS,
  type Indicator,
  type IndicatorPeriod,
  RATING_LABELS,
  SOCIAL_CRITIQUE_FORM_LABELS,
  SOCIAL_CRITIQUE_FORMS,
  SOCIAL_CRITIQUE_RESPONSE_LABELS,
  SOCIAL_CRITIQUE_RESPONSES,
  type SocialCritique,
} from '@chidao/domain'
import type { ArgBuilder } from '@pothos/core'
import { builder, type GatewayTypes } from '../../builder.js'
import type { GatewayContext } from '../../context.js'
import { loadAssessments } from '../loaders/assessment-loaders.js'
import { listConnection } from '../support/connection.js'
import { localIdOf, lookUpIdOf } from '../support/global-id.js'
import { labelField } from '../support/label-field.js'
import { labelledValues } from '../support/labelled-enum.js'
import { queryResultOf } from '../support/query-result.js'
import { LabelRef } from '../support/scalars.js'
import { useCaseContext } from '../support/use-case-call.js'
import { DirectiveNode } from './directive.js'
import { OrganizationNode } from './organization.js'
import { RatingEnum } from './scorecard.js'
import { TaskNode } from './task.js'

/** What an assessment judges. */
export const ASSESSMENT_SUBJECT_KINDS = [
  'DIRECTIVE_IMPLEMENTATION',
  'TASK',
  'ORGANIZATION_YEAR',
] as const

const SUBJECT_KIND_LABELS = {
  DIRECTIVE_IMPLEMENTATION: {
    vi: 'Việc thực hiện văn bản của một tổ chức',
    en: "An organisation's implementation of a document",
  },
  TASK: { vi: 'Một nhiệm vụ', en: 'One task' },
  ORGANIZATION_YEAR: { vi: 'Năm công tác của một tổ chức', en: "An organisation's year" },
} as const

export const AssessmentKindEnum = builder.enumType('AssessmentKind', {
  description: 'The kind of judgement on implementation (đánh giá).',
  values: labelledValues(ASSESSMENT_KINDS, ASSESSMENT_KIND_LABELS),
})

export const AssessmentSubjectKindEnum = builder.enumType('AssessmentSubjectKind', {
  description: 'What an assessment judges.',
  values: labelledValues(ASSESSMENT_SUBJECT_KINDS, SUBJECT_KIND_LABELS),
})

export const FindingsPartEnum = builder.enumType('FindingsPart', {
  description: 'The parts of the standard skeleton of a review, in the order reviews write them.',
  values: labelledValues(FINDINGS_PARTS, FINDINGS_PART_LABELS),
})

export const SocialCritiqueFormEnum = builder.enumType('SocialCritiqueForm', {
  description: 'How a social critique was carried out (hình thức phản biện).',
  values: labelledValues(SOCIAL_CRITIQUE_FORMS, SOCIAL_CRITIQUE_FORM_LABELS),
})

export const SocialCritiqueResponseEnum = builder.enumType('SocialCritiqueResponse', {
  description: 'What the requesting body did with a critique (tiếp thu, giải trình).',
  values: labelledValues(SOCIAL_CRITIQUE_RESPONSES, SOCIAL_CRITIQUE_RESPONSE_LABELS),
})

export const AssessmentOrderEnum = builder.enumType('AssessmentOrder', {
  description: 'Orders for listing assessments, by the day of the judgement; ties by id.',
  values: {
    ASSESSED_ON_DESC: { description: 'Newest judgement first.' },
    ASSESSED_ON_ASC: { description: 'Oldest judgement first.' },
  } as const,
})

/** Assessments load in batches: one query per request however many are asked for. */
export const AssessmentNode = builder.loadableNodeRef<StoredAssessment>('Assessment', {
  id: { resolve: (assessment) => assessment.id },
  load: loadAssessments,
})

export const AssessmentConnection = builder.connectionObject({
  type: AssessmentNode,
  name: 'AssessmentConnection',
})

type FindingsPart = (typeof FINDINGS_PARTS)[number]

const FindingsSectionRef = builder
  .objectRef<{ part: FindingsPart; paragraphs: readonly string[] }>('FindingsSection')
  .implement({
    description: 'One part of the findings with its label and paragraphs.',
    fields: (t) => ({
      part: t.expose('part', { type: FindingsPartEnum }),
      label: labelField(t, (s) => FINDINGS_PART_LABELS[s.part]),
      paragraphs: t.exposeStringList('paragraphs'),
    }),
  })

const FindingsRef = builder.objectRef<StoredAssessment['findings']>('Findings').implement({
  description:
    'The standard skeleton of a review, each part a list of paragraphs: kết quả đạt được, hạn ' +
    'chế, nguyên nhân khách quan / chủ quan, bài học kinh nghiệm, phương hướng, kiến nghị.',
  fields: (t) => ({
    ...Object.fromEntries(
      FINDINGS_PARTS.map((part) => [
        part,
        t.stringList({
          description: `${FINDINGS_PART_LABELS[part].vi} — ${FINDINGS_PART_LABELS[part].en}.`,
          resolve: (findings) => findings[part],
        }),
      ]),
    ),
    sections: t.field({
      type: [FindingsSectionRef],
      description: 'Every part in order, with its labels; empty parts included.',
      resolve: (findings) => FINDINGS_PARTS.map((part) => ({ part, paragraphs: findings[part] })),
    }),
  }),
})

const IndicatorBaselineRef = builder
  .objectRef<NonNullable<Indicator['baseline']>>('IndicatorBaseline')
  .implement({
    description: 'Where the indicator started.',
    fields: (t) => ({
      value: t.exposeFloat('value'),
      date: t.expose('date', { type: 'Date', nullable: true }),
    }),
  })

const IndicatorPeriodRef = builder.objectRef<IndicatorPeriod>('IndicatorPeriod').implement({
  description: 'Target and actual value of an indicator for one period (both ends included).',
  fields: (t) => ({
    from: t.expose('from', { type: 'Date' }),
    to: t.expose('to', { type: 'Date' }),
    target: t.exposeFloat('target', { nullable: true, description: 'Null when not set.' }),
    actual: t.exposeFloat('actual', { nullable: true, description: 'Null when not measured.' }),
  }),
})

const IndicatorRef = builder.objectRef<Indicator>('Indicator').implement({
  description:
    'A measured indicator (chỉ tiêu): name, unit, baseline, target and actual per period.',
  fields: (t) => ({
    name: t.exposeString('name'),
    unit: t.exposeString('unit'),
    baseline: t.field({
      type: IndicatorBaselineRef,
      nullable: true,
      resolve: (i) => i.baseline,
    }),
    periods: t.field({ type: [IndicatorPeriodRef], resolve: (i) => i.periods }),
    evidence: t.exposeStringList('evidence', { description: 'Evidence: report numbers, links.' }),
  }),
})

const SocialCritiqueRef = builder.objectRef<SocialCritique>('SocialCritique').implement({
  description: 'The record of a social critique (tư vấn, phản biện và giám định xã hội).',
  fields: (t) => ({
    subjectTitle: t.exposeString('subjectTitle', {
      description: 'The draft plan, project or policy reviewed.',
    }),
    requestingBody: t.expose('requestingBodyId', {
      type: OrganizationNode,
      nullable: true,
      description: 'Who asked for it; null when the union acted on its own initiative.',
    }),
    form: t.expose('form', { type: SocialCritiqueFormEnum }),
    formLabel: labelField(t, (c) => SOCIAL_CRITIQUE_FORM_LABELS[c.form]),
    requestedOn: t.expose('requestedOn', { type: 'Date', nullable: true }),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    reportedOn: t.expose('reportedOn', { type: 'Date', nullable: true }),
    reportNumber: t.exposeString('reportNumber', {
      nullable: true,
      description: 'The outgoing report number, e.g. 45/BC-LHH.',
    }),
    response: t.expose('response', { type: SocialCritiqueResponseEnum }),
    responseLabel: labelField(t, (c) => SOCIAL_CRITIQUE_RESPONSE_LABELS[c.response]),
    respondedOn: t.expose('respondedOn', { type: 'Date', nullable: true }),
  }),
})

const AssessmentPeriodRef = builder
  .objectRef<StoredAssessment['period']>('AssessmentPeriod')
  .implement({
    description: 'The span judged, both ends included.',
    fields: (t) => ({
      from: t.expose('from', { type: 'Date' }),
      to: t.expose('to', { type: 'Date' }),
    }),
  })

AssessmentNode.implement({
  description:
    'A judgement on implementation: a periodic report, an interim (sơ kết) or final (tổng kết) ' +
    'review, a self-assessment or a social critique, with findings, indicators and a rating.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Natural key within the tenant, by which bundles import it again.',
    }),
    kind: t.expose('kind', { type: AssessmentKindEnum }),
    kindLabel: labelField(t, (a) => ASSESSMENT_KIND_LABELS[a.kind]),
    subjectKind: t.field({
      type: AssessmentSubjectKindEnum,
      description: 'What is judged; says which of directive, organization, task, year are set.',
      resolve: (a) => a.subject.kind,
    }),
    subjectKindLabel: labelField(t, (a) => SUBJECT_KIND_LABELS[a.subject.kind]),
    directive: t.field({
      type: DirectiveNode,
      nullable: true,
      description: 'The document whose implementation is judged (DIRECTIVE_IMPLEMENTATION).',
      resolve: (a) =>
        a.subject.kind === 'DIRECTIVE_IMPLEMENTATION' ? (a.subject.directiveId as string) : null,
    }),
    organization: t.field({
      type: OrganizationNode,
      nullable: true,
      description: 'The organisation judged (DIRECTIVE_IMPLEMENTATION, ORGANIZATION_YEAR).',
      resolve: (a) => (a.subject.kind === 'TASK' ? null : a.subject.organizationId),
    }),
    task: t.field({
      type: TaskNode,
      nullable: true,
      description: 'The task judged (TASK).',
      resolve: (a) => (a.subject.kind === 'TASK' ? (a.subject.taskId as string) : null),
    }),
    year: t.int({
      nullable: true,
      description: 'The year judged (ORGANIZATION_YEAR).',
      resolve: (a) => (a.subject.kind === 'ORGANIZATION_YEAR' ? a.subject.year : null),
    }),
    period: t.field({ type: AssessmentPeriodRef, resolve: (a) => a.period }),
    title: t.exposeString('title', { description: 'Empty when none was given.' }),
    assessor: t.expose('assessorId', {
      type: OrganizationNode,
      description: 'The body that made the judgement.',
    }),
    assessedOn: t.expose('assessedOn', { type: 'Date' }),
    findings: t.field({ type: FindingsRef, resolve: (a) => a.findings }),
    indicators: t.field({ type: [IndicatorRef], resolve: (a) => a.indicators }),
    score: t.exposeFloat('score', { nullable: true, description: '0–100; null when not scored.' }),
    rating: t.expose('rating', { type: RatingEnum, nullable: true }),
    ratingLabel: t.field({
      type: LabelRef,
      nullable: true,
      resolve: (a) => (a.rating === null ? null : RATING_LABELS[a.rating]),
    }),
    ratingRulesId: t.exposeString('ratingRulesId', {
      nullable: true,
      description: 'The rule set the rating was decided under, e.g. vn-366-qd-tw-2025.',
    }),
    socialCritique: t.field({
      type: SocialCritiqueRef,
      nullable: true,
      description: 'Set exactly for kind SOCIAL_CRITIQUE.',
      resolve: (a) => a.socialCritique,
    }),
    version: t.exposeInt('version'),
  }),
})

export const AssessmentFilterInput = builder.inputType('AssessmentFilter', {
  description: 'Every given field must match.',
  fields: (t) => ({
    kind: t.field({
      type: [AssessmentKindEnum],
      required: false,
      description: 'Of one of these kinds.',
    }),
    directiveId: t.id({ required: false, description: 'Assessments of this document.' }),
    organizationId: t.id({
      required: false,
      description: 'Assessments judging this organisation (its implementation, its year).',
    }),
    assessorId: t.id({ required: false, description: 'Assessments made by this organisation.' }),
    taskId: t.id({ required: false, description: 'Assessments of this task.' }),
    year: t.int({ required: false, description: 'Period overlapping this calendar year.' }),
    from: t.field({ type: 'Date', required: false, description: 'Period ending on or after.' }),
    to: t.field({ type: 'Date', required: false, description: 'Period starting on or before.' }),
  }),
})

/** The repository filter for the GraphQL filter, with some fields fixed by the parent. */
export function assessmentFilter(
  filter: typeof AssessmentFilterInput.$inferInput | null | undefined,
  fixed: Partial<AssessmentFilter> = {},
): AssessmentFilter {
  const f = filter ?? {}
  return {
    kind: f.kind ?? null,
    directiveId: lookUpIdOf(f.directiveId, 'Directive'),
    organizationId: lookUpIdOf(f.organizationId, 'Organization'),
    assessorId: lookUpIdOf(f.assessorId, 'Organization'),
    taskId: lookUpIdOf(f.taskId, 'Task'),
    year: f.year ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    ...fixed,
  }
}

/** One page of the assessments a filter keeps, newest first unless ordered, as a connection. */
function assessmentConnection(
  context: GatewayContext,
  args: PageRequest & { readonly orderBy?: AssessmentOrder | null },
  filter: AssessmentFilter,
) {
  return listConnection(listAssessments, context, args, { filter, orderBy: args.orderBy ?? null })
}

/** How a list of assessments is filtered and ordered: shared by every list of them. */
function assessmentListArgs(arg: ArgBuilder<GatewayTypes>) {
  return {
    filter: arg({
      type: AssessmentFilterInput,
      required: false,
      description: 'Every given field must match.',
    }),
    orderBy: arg({
      type: AssessmentOrderEnum,
      required: false,
      description: 'Default: ASSESSED_ON_DESC (newest first).',
    }),
  }
}

builder.queryFields((t) => ({
  assessment: t.field({
    type: AssessmentNode,
    nullable: true,
    authScopes: { public: true },
    description:
      'One assessment by global ID. Null when there is none, or it judges a document above ' +
      "the caller's clearance.",
    args: { id: t.arg.id({ required: true, description: 'Its global ID.' }) },
    resolve: async (_root, args, context) => {
      const id = localIdOf(String(args.id), 'Assessment')
      if (!id) return null
      return queryResultOf(
        await findAssessment(useCaseContext(context), { id: id as AssessmentId }),
      )
    },
  }),
  assessments: t.connection(
    {
      type: AssessmentNode,
      authScopes: { public: true },
      description:
        'Assessments of the tenant, filtered, newest first unless ordered; with totalCount.',
      args: assessmentListArgs(t.arg),
      resolve: (_root, args, context) =>
        assessmentConnection(context, args, assessmentFilter(args.filter)),
    },
    AssessmentConnection,
  ),
}))

builder.objectField(DirectiveNode, 'assessments', (t) =>
  t.connection(
    {
      type: AssessmentNode,
      description: 'Assessments of how this document was implemented.',
      args: assessmentListArgs(t.arg),
      resolve: (directive, args, context) =>
        assessmentConnection(
          context,
          args,
          assessmentFilter(args.filter, { directiveId: directive.id }),
        ),
    },
    AssessmentConnection,
  ),
)

builder.objectField(OrganizationNode, 'assessments', (t) =>
  t.connection(
    {
      type: AssessmentNode,
      description:
        'Assessments judging this organisation: its implementation of documents, its years.',
      args: assessmentListArgs(t.arg),
      resolve: (organization, args, context) =>
        assessmentConnection(
          context,
          args,
          assessmentFilter(args.filter, { organizationId: organization.id }),
        ),
    },
    AssessmentConnection,
  ),
)
