import type { AssessmentInput } from '../../assessment/validate-assessment.js'
import type { ErrorPath } from '../../domain-error.js'
import type { BundleAssessmentSubject, BundleAssessmentSubjectInput } from '../bundle.js'
import type { BundleRecord } from '../bundle-reader.js'
import { fieldsOf } from './bundle-fields.js'
import type { SectionContext } from './section-context.js'

/** The fields of what an assessment judges (đối tượng đánh giá). */
export const SUBJECT_FIELDS = fieldsOf<BundleAssessmentSubjectInput>({
  directive: 'optional',
  organization: 'optional',
  task: 'optional',
  year: 'optional',
})

/** The subject of an assessment as read: for the bundle, and for the domain's validator. */
export interface AssessmentSubjectRead {
  /** The subject normalised, when its references are sound. */
  readonly subject: BundleAssessmentSubject | undefined
  /** The subject with stand-in ids, when its shape is sound. */
  readonly input: AssessmentInput['subject'] | undefined
}

/**
 * Reads the subject of an assessment: a directive and an organisation, a task, or an
 * organisation and a year (`INVALID_ASSESSMENT_SUBJECT` for any other shape), with its
 * references resolved.
 *
 * @example
 * ```ts
 * const { subject, input } = readAssessmentSubject(context, record, ['assessments', 0], 0)
 * ```
 */
export function readAssessmentSubject(
  { reader, standIns, references }: SectionContext,
  assessment: BundleRecord,
  path: ErrorPath,
  index: number,
): AssessmentSubjectRead {
  const subjectPath = [...path, 'subject']
  const record = reader.record(assessment.subject ?? {}, subjectPath, SUBJECT_FIELDS)
  if (record === undefined || assessment.subject == null) {
    return { subject: undefined, input: undefined }
  }
  const has = (k: keyof BundleAssessmentSubjectInput) =>
    record[k] !== undefined && record[k] !== null
  const year = reader.field(record, 'year', subjectPath, 'integer')
  const shape = has('task')
    ? !has('directive') && !has('organization') && !has('year')
    : has('directive')
      ? has('organization') && !has('year')
      : has('organization') && has('year')
  if (!shape) {
    reader.add(
      'INVALID_ASSESSMENT_SUBJECT',
      {
        en: 'The subject must be a directive and an organisation, a task, or an organisation and a year',
        vi: 'Đối tượng đánh giá phải là: một văn bản và một tổ chức, một nhiệm vụ, hoặc một tổ chức và một năm',
      },
      subjectPath,
      Object.keys(record).join(', '),
    )
    return { subject: undefined, input: undefined }
  }
  // The organisation judged (with a directive, or in a year): its code resolved, and the id the
  // validator reads (a fresh stand-in when the code names nothing).
  const organizationAt = () =>
    references.organization(record.organization, [...subjectPath, 'organization'])
  const idOf = (organization: string | undefined) =>
    organization === undefined ? standIns.fresh() : standIns.id(organization)
  if (has('task')) {
    const task = references.task(record.task, [...subjectPath, 'task'])
    return {
      subject: task === undefined ? undefined : { kind: 'TASK', task: references.taskRef(task) },
      input: { kind: 'TASK', taskId: standIns.id(task ?? `?task${index}`) },
    }
  }
  if (has('directive')) {
    const directive = references.directive(record.directive, [...subjectPath, 'directive'])
    const organization = organizationAt()
    return {
      subject:
        directive !== undefined && organization !== undefined
          ? {
              kind: 'DIRECTIVE_IMPLEMENTATION',
              directive: references.directiveRef(directive),
              organization,
            }
          : undefined,
      input: {
        kind: 'DIRECTIVE_IMPLEMENTATION',
        directiveId: standIns.id(directive ?? `?directive${index}`),
        organizationId: idOf(organization),
      },
    }
  }
  const organization = organizationAt()
  return {
    subject:
      organization !== undefined && year !== undefined
        ? { kind: 'ORGANIZATION_YEAR', organization, year }
        : undefined,
    input: {
      kind: 'ORGANIZATION_YEAR',
      organizationId: idOf(organization),
      ...(year === undefined ? {} : { year }),
    },
  }
}
