import type { SocialCritique } from '../../assessment/assessment.js'
import type { AssessmentInput } from '../../assessment/validate-assessment.js'
import type { ErrorPath } from '../../domain-error.js'
import type { BundleSocialCritique, BundleSocialCritiqueInput } from '../bundle.js'
import type { BundleRecord } from '../bundle-reader.js'
import { fieldsOf } from './bundle-fields.js'
import type { SectionContext } from './section-context.js'

/** The fields of the record of a social critique (phản biện xã hội). */
export const CRITIQUE_FIELDS = fieldsOf<BundleSocialCritiqueInput>({
  subjectTitle: 'required',
  requestingBody: 'optional',
  form: 'required',
  requestedOn: 'optional',
  heldOn: 'required',
  reportedOn: 'optional',
  reportNumber: 'optional',
  response: 'optional',
  respondedOn: 'optional',
})

/** The social critique of an assessment as read, for the domain's validator. */
export interface SocialCritiqueRead {
  /** With stand-in ids and placeholders for what could not be read; `null` when absent. */
  readonly input: AssessmentInput['socialCritique']
  /** The code of the body that asked for it, when given and known. */
  readonly requestingBody: string | undefined
}

/**
 * Reads the social critique of an assessment, its requesting body resolved; what it says is
 * checked with the assessment (`validateAssessment`).
 *
 * @example
 * ```ts
 * const critique = readSocialCritique(context, record, ['assessments', 0])
 * ```
 */
export function readSocialCritique(
  { reader, standIns, references }: SectionContext,
  assessment: BundleRecord,
  path: ErrorPath,
): SocialCritiqueRead {
  const critiqueRecord = reader.field(assessment, 'socialCritique', path, 'object')
  if (critiqueRecord === undefined) return { input: null, requestingBody: undefined }
  const cPath = [...path, 'socialCritique']
  const c = reader.record(critiqueRecord, cPath, CRITIQUE_FIELDS)
  let requestingBody: string | undefined
  if (critiqueRecord.requestingBody != null) {
    requestingBody = references.organization(critiqueRecord.requestingBody, [
      ...cPath,
      'requestingBody',
    ])
  }
  return {
    input: {
      subjectTitle: reader.field(c, 'subjectTitle', cPath, 'string') ?? 'x',
      requestingBodyId:
        requestingBody === undefined
          ? critiqueRecord.requestingBody == null
            ? null
            : standIns.fresh()
          : standIns.id(requestingBody),
      form: reader.field(c, 'form', cPath, 'string') ?? 'OTHER',
      requestedOn: reader.field(c, 'requestedOn', cPath, 'date') ?? null,
      heldOn: reader.field(c, 'heldOn', cPath, 'date') ?? '2000-01-01',
      reportedOn: reader.field(c, 'reportedOn', cPath, 'date') ?? null,
      reportNumber: reader.field(c, 'reportNumber', cPath, 'string') ?? null,
      response: reader.field(c, 'response', cPath, 'string') ?? null,
      respondedOn: reader.field(c, 'respondedOn', cPath, 'date') ?? null,
    },
    requestingBody,
  }
}

/**
 * The social critique of the normalised bundle, from the validated one.
 *
 * @example
 * ```ts
 * toBundleSocialCritique(value.socialCritique, 'UBND-TINH')?.requestingBody // 'UBND-TINH'
 * ```
 */
export function toBundleSocialCritique(
  c: SocialCritique | null,
  requestingBody: string | undefined,
): BundleSocialCritique | null {
  return c === null
    ? null
    : Object.freeze({
        subjectTitle: c.subjectTitle,
        requestingBody: requestingBody ?? null,
        form: c.form,
        requestedOn: c.requestedOn,
        heldOn: c.heldOn,
        reportedOn: c.reportedOn,
        reportNumber: c.reportNumber,
        response: c.response,
        respondedOn: c.respondedOn,
      })
}
