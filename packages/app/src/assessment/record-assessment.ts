import type { AssessmentInput, DirectiveId, OrganizationId, TaskId } from '@chidao/domain'
import { validateAssessment } from '@chidao/domain'
import { type PolicyFactsPorts, visibleDirective } from '../directive/directive-facts.js'
import { enforceForOrganization } from '../organization/enforce-for-organization.js'
import { organizationCodes } from '../organization/organization-codes.js'
import { mayRecordAssessment } from '../policy/policy.js'
import type { AssessmentWriter, StoredAssessment } from '../ports/assessment-store.js'
import type { TaskReader } from '../ports/task-store.js'
import { visibleTask } from '../task/task-facts.js'
import type { UseCaseContext, UseCaseErrorOf } from '../use-case/use-case.js'
import { changeOf, defineUseCase, orAbort, REFUSAL_CODES } from '../use-case/use-case.js'
import { ASSESSMENT_VALIDATION_ERRORS } from './assessment-errors.js'
import { withRatingFromScore } from './rating-from-score.js'

/**
 * An assessment to record, as given (ids are local ids; one that is not an id fails
 * validation with `INVALID_ID`), with its natural key for bundles (generated when omitted).
 */
export interface RecordAssessmentInput extends AssessmentInput {
  readonly key?: string | null
}

/** The assessment as recorded. */
export interface RecordAssessmentOutput {
  readonly assessment: StoredAssessment
}

/** The ports {@link recordAssessment} calls. */
export interface RecordAssessmentPorts extends PolicyFactsPorts {
  readonly assessments: Pick<AssessmentWriter, 'create'>
  readonly tasks: Pick<TaskReader, 'findById'>
}

/**
 * Records a judgement on how a directive, a task or an organisation's year was carried out
 * (sơ kết, tổng kết, tự đánh giá, phản biện xã hội…). It is validated first, its rating
 * decided from its score when only a score is given; then its subject is looked up at the
 * caller's clearance — a hidden document or task is answered exactly as an absent one —
 * before the policy (`assessment.record`: an EDITOR records judgements its subtree made, an
 * ADMIN any) and the write.
 *
 * @example
 * ```ts
 * const result = await recordAssessment(context, {
 *   kind: 'INTERIM_REVIEW',
 *   subject: { kind: 'DIRECTIVE_IMPLEMENTATION', directiveId, organizationId },
 *   period: { from: '2021-01-01', to: '2025-12-31' },
 *   assessorId, assessedOn: '2026-01-15', score: 82,
 * })
 * ```
 */
export const recordAssessment = defineUseCase({
  name: 'recordAssessment',
  errors: [
    ...REFUSAL_CODES,
    ...ASSESSMENT_VALIDATION_ERRORS,
    'UNKNOWN_RATING_RULES',
    'DIRECTIVE_NOT_FOUND',
    'TASK_NOT_FOUND',
    'ORGANIZATION_NOT_FOUND',
    'ASSESSMENT_KEY_TAKEN',
    'TOO_LONG',
  ],
  async run(
    context: UseCaseContext<RecordAssessmentPorts>,
    input: RecordAssessmentInput,
  ): Promise<RecordAssessmentOutput> {
    const { ports } = context
    const { key, ...given } = input
    const rated = orAbort(withRatingFromScore(orAbort(validateAssessment(given))))
    const subject = rated.subject
    if (subject.kind === 'DIRECTIVE_IMPLEMENTATION') {
      await visibleDirective(ports.directives, subject.directiveId as DirectiveId, [
        'subject',
        'directiveId',
      ])
    }
    if (subject.kind === 'TASK') {
      await visibleTask(ports.tasks, subject.taskId as TaskId, ['subject', 'taskId'])
    }
    const [assessorCode] = await organizationCodes(
      ports.organizations,
      [rated.assessorId as OrganizationId],
      [['assessorId']],
    )
    await enforceForOrganization(context, mayRecordAssessment, assessorCode ?? '')
    const assessment = orAbort(
      await ports.assessments.create({ ...rated, key: key ?? null }, changeOf(context)),
    )
    return { assessment }
  },
})

/** What {@link recordAssessment} may fail with. */
export const RECORD_ASSESSMENT_ERRORS = recordAssessment.errors

/** A code {@link recordAssessment} may fail with. */
export type RecordAssessmentError = UseCaseErrorOf<typeof recordAssessment>
