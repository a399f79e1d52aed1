import { FINDINGS_PARTS, type Findings, type NewAssessment } from '../../assessment/assessment.js'
import { type AssessmentInput, validateAssessment } from '../../assessment/validate-assessment.js'
import { type ErrorPath, withPathPrefix } from '../../domain-error.js'
import type { BundleAssessment, BundleAssessmentInput } from '../bundle.js'
import { type BundleReader, type BundleRecord, shownValue } from '../bundle-reader.js'
import { type EveryFieldOf, type FieldRenames, fieldsOf } from './bundle-fields.js'
import { NaturalKeys } from './natural-keys.js'
import { readAssessmentSubject } from './parse-assessment-subject.js'
import { readIndicator } from './parse-indicators.js'
import { readRating } from './parse-rating.js'
import { readSocialCritique, toBundleSocialCritique } from './parse-social-critique.js'
import type { SectionContext } from './section-context.js'
import {
  allErrors,
  type FieldRepairs,
  renameError,
  repairFields,
  sectionRecords,
} from './section-support.js'
import type { StandIns } from './stand-ins.js'

/** The fields of an assessment (đánh giá: sơ kết, tổng kết, phản biện…). */
export const ASSESSMENT_FIELDS = fieldsOf<BundleAssessmentInput>({
  key: 'required',
  kind: 'required',
  subject: 'required',
  period: 'required',
  title: 'optional',
  assessor: 'required',
  assessedOn: 'required',
  findings: 'optional',
  indicators: 'optional',
  rating: 'optional',
  socialCritique: 'optional',
})

/** The fields of the period an assessment covers. */
export const PERIOD_FIELDS = fieldsOf<BundleAssessmentInput['period']>({
  from: 'required',
  to: 'required',
})

/** The parts of the findings, read in the domain's order; the compiler checks they are all. */
export const FINDINGS_FIELDS: EveryFieldOf<
  NonNullable<BundleAssessmentInput['findings']>,
  typeof FINDINGS_PARTS
> = FINDINGS_PARTS

const INPUT_RENAMES = {
  'subject.kind': ['subject'],
  'subject.directiveId': ['subject', 'directive'],
  'subject.organizationId': ['subject', 'organization'],
  'subject.taskId': ['subject', 'task'],
  assessorId: ['assessor'],
  score: ['rating', 'score'],
  rating: ['rating', 'level'],
  ratingRulesId: ['rating', 'rules'],
  'socialCritique.requestingBodyId': ['socialCritique', 'requestingBody'],
} as const satisfies FieldRenames<AssessmentInput, BundleAssessmentInput>

/**
 * Reads the assessments of a bundle: keys used once (`DUPLICATE_KEY`), references resolved,
 * each one checked ({@link validateAssessment}) with its subject, period, findings, indicators,
 * rating and social critique. Gives each assessment normalised, or `undefined` for one with
 * errors.
 *
 * @example
 * ```ts
 * const assessments = parseAssessments(context, readSection(reader, root, 'assessments'))
 * ```
 */
export function parseAssessments(
  context: SectionContext,
  inputs: readonly unknown[],
): readonly (BundleAssessment | undefined)[] {
  const assessments: (BundleAssessment | undefined)[] = []
  const keys = new NaturalKeys(context.reader)
  const items = sectionRecords(context.reader, 'assessments', inputs, ASSESSMENT_FIELDS)
  for (const { index, record } of items) {
    assessments.push(
      record === undefined ? undefined : parseAssessment(context, record, index, keys),
    )
  }
  return assessments
}

function parseAssessment(
  context: SectionContext,
  record: BundleRecord,
  index: number,
  keys: NaturalKeys,
): BundleAssessment | undefined {
  const { reader, standIns, references } = context
  const path = ['assessments', index]
  const key = readKey(reader, record, index, keys)
  const kind = reader.field(record, 'kind', path, 'string')
  const assessor = references.organization(record.assessor, [...path, 'assessor'])
  const assessedOn = reader.field(record, 'assessedOn', path, 'date')
  const title = reader.field(record, 'title', path, 'string')
  const subject = readAssessmentSubject(context, record, path, index)
  const period = readPeriod(reader, record, path)
  const findings = readFindings(reader, record, path)
  const indicators = reader.list(record, 'indicators', path, (item, itemPath) =>
    readIndicator(reader, item, itemPath),
  )
  const rating = readRating(reader, record, path)
  const critique = readSocialCritique(context, record, path)

  const checked = allErrors<AssessmentInput, NewAssessment>(
    {
      kind: kind ?? (critique.input === null ? 'PERIODIC_REPORT' : 'SOCIAL_CRITIQUE'),
      subject: subject.input ?? { kind: 'TASK', taskId: standIns.fresh() },
      period,
      title: title ?? null,
      assessorId: assessor === undefined ? standIns.fresh() : standIns.id(assessor),
      assessedOn: assessedOn ?? '2000-01-01',
      findings,
      indicators: indicators.map((i) => i ?? { name: 'x', unit: 'x' }),
      socialCritique: critique.input,
      ...rating.input,
    },
    validateAssessment,
    repairFields(assessmentRepairs(standIns)),
  )
  for (const error of checked.errors) {
    reader.addUnlessCovered(
      withPathPrefix(renameError(standIns.unfake(error), INPUT_RENAMES), path),
    )
  }
  const v = checked.value
  if (
    v === undefined ||
    key === undefined ||
    subject.subject === undefined ||
    assessor === undefined
  ) {
    return undefined
  }
  return Object.freeze({
    key,
    kind: v.kind,
    subject: Object.freeze(subject.subject),
    period: v.period,
    title: v.title,
    assessor,
    assessedOn: v.assessedOn,
    findings: v.findings,
    indicators: v.indicators,
    rating: rating.rating === null ? null : Object.freeze(rating.rating),
    socialCritique: toBundleSocialCritique(v.socialCritique, critique.requestingBody),
  })
}

function readKey(
  reader: BundleReader,
  record: BundleRecord,
  index: number,
  keys: NaturalKeys,
): string | undefined {
  const path = ['assessments', index]
  const key = reader.requiredText(record, 'key', path)
  if (key === undefined) return undefined
  keys.claim(key, index, [...path, 'key'], key, (first) => ({
    en: `Assessment key ${shownValue(key)} is used twice (first at assessments[${first}])`,
    vi: `Khóa đánh giá ${shownValue(key, 'vi')} bị trùng (đã dùng ở assessments[${first}])`,
  }))
  return key
}

function readPeriod(
  reader: BundleReader,
  assessment: BundleRecord,
  path: ErrorPath,
): AssessmentInput['period'] {
  const periodPath = [...path, 'period']
  const periodRecord = reader.field(assessment, 'period', path, 'object')
  const period = reader.record(periodRecord ?? {}, periodPath, {
    allowed: PERIOD_FIELDS.allowed,
    required: periodRecord === undefined ? [] : PERIOD_FIELDS.required,
  })
  const from = reader.field(period, 'from', periodPath, 'date')
  const to = reader.field(period, 'to', periodPath, 'date')
  return { from: from ?? '2000-01-01', to: to ?? from ?? '2000-01-01' }
}

function readFindings(
  reader: BundleReader,
  assessment: BundleRecord,
  path: ErrorPath,
): Partial<Record<keyof Findings, string[]>> {
  const findingsPath = [...path, 'findings']
  const findingsRecord = reader.field(assessment, 'findings', path, 'object')
  const checked = reader.record(findingsRecord ?? {}, findingsPath, {
    allowed: FINDINGS_FIELDS,
    required: [],
  })
  const findings: Partial<Record<keyof Findings, string[]>> = {}
  for (const part of FINDINGS_FIELDS) {
    findings[part] = reader
      .list(checked, part, findingsPath, (p, pPath) => reader.value(p, pPath, 'string'))
      .filter((p): p is string => typeof p === 'string')
  }
  return findings
}

// Stand-ins that pass, for the fields validateAssessment may blame.
function assessmentRepairs(standIns: StandIns): FieldRepairs<AssessmentInput> {
  return {
    kind: (input) => ({
      ...input,
      kind: input.socialCritique == null ? 'PERIODIC_REPORT' : 'SOCIAL_CRITIQUE',
    }),
    subject: (input) => ({ ...input, subject: { kind: 'TASK', taskId: standIns.fresh() } }),
    period: { from: '2000-01-01', to: '2000-01-01' },
    title: null,
    assessorId: (input) => ({ ...input, assessorId: standIns.fresh() }),
    assessedOn: '2000-01-01',
    findings: null,
    indicators: [],
    socialCritique: (input, error) =>
      error.code === 'SOCIAL_CRITIQUE_REQUIRED'
        ? { ...input, kind: 'PERIODIC_REPORT' }
        : error.code === 'UNEXPECTED_SOCIAL_CRITIQUE'
          ? { ...input, socialCritique: null }
          : {
              ...input,
              socialCritique: { subjectTitle: 'x', form: 'OTHER', heldOn: '2000-01-01' },
            },
    score: null,
    rating: null,
    ratingRulesId: 'x',
  }
}
