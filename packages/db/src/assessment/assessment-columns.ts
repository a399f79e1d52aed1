import type {
  AssessmentSubject,
  BundleSocialCritique,
  Findings,
  Indicator,
  SocialCritique,
} from '@chidao/domain'
import type {
  AssessmentIndicatorPeriodTable,
  AssessmentIndicatorTable,
  AssessmentTable,
} from '../schema.js'
import type { WrittenColumns } from '../written-columns.js'

/** An assessment's own fields, its records resolved to ids; the subject is the domain's. */
export interface AssessmentFields {
  readonly kind: string
  readonly subject: AssessmentSubject
  readonly period: { readonly from: string; readonly to: string }
  readonly title: string
  readonly assessorId: string
  readonly assessedOn: string
  readonly findings: Findings
  /**
   * Stored as bundles write it, the requesting body by code, so that an export gives it back
   * unchanged (see {@link socialCritiqueJson}).
   */
  readonly socialCritique: BundleSocialCritique | null
  readonly score: number | null
  readonly rating: string | null
  readonly ratingRulesId: string | null
}

/**
 * The columns of an assessment's own fields. Each writer sets its id and natural key, the
 * version and the time of the change; `secrecy` is the database's, by trigger.
 */
export type AssessmentColumns = WrittenColumns<
  AssessmentTable,
  'tenant_id' | 'id' | 'natural_key' | 'version' | 'updated_at'
>

/** Every column of an indicator but its tenant and assessment. */
export type IndicatorColumns = WrittenColumns<
  AssessmentIndicatorTable,
  'tenant_id' | 'assessment_id'
>

/** Every column of an indicator's period but its tenant and assessment. */
export type IndicatorPeriodColumns = WrittenColumns<
  AssessmentIndicatorPeriodTable,
  'tenant_id' | 'assessment_id'
>

/**
 * The column values of an assessment, written by the repository, the bundle importer and the
 * bulk loader alike: the subject in the columns of its kind, the rest as JSON where it is.
 *
 * @example
 * ```ts
 * await trx.insertInto('assessment').values({ tenant_id, id, natural_key, ...assessmentColumns(a) })
 * ```
 */
export function assessmentColumns(a: AssessmentFields): AssessmentColumns {
  const subject = a.subject
  return {
    kind: a.kind,
    subject_kind: subject.kind,
    subject_directive_id: subject.kind === 'DIRECTIVE_IMPLEMENTATION' ? subject.directiveId : null,
    subject_organization_id: subject.kind === 'TASK' ? null : subject.organizationId,
    subject_task_id: subject.kind === 'TASK' ? subject.taskId : null,
    subject_year: subject.kind === 'ORGANIZATION_YEAR' ? subject.year : null,
    period_from: a.period.from,
    period_to: a.period.to,
    title: a.title,
    assessor_id: a.assessorId,
    assessed_on: a.assessedOn,
    findings: JSON.stringify(a.findings),
    social_critique: a.socialCritique === null ? null : JSON.stringify(a.socialCritique),
    score: a.score,
    rating: a.rating,
    rating_rules_id: a.ratingRulesId,
  }
}

/** The social critique as stored: the domain's record with the requester by code. */
export function socialCritiqueJson(
  critique: SocialCritique,
  requestingBodyCode: string | null,
): BundleSocialCritique {
  const { requestingBodyId: _id, ...rest } = critique
  return { ...rest, requestingBody: requestingBodyCode }
}

/**
 * The rows of an assessment's indicators, in order, and of their periods.
 *
 * @example
 * ```ts
 * const { indicators, periods } = indicatorColumns(assessment.indicators)
 * ```
 */
export function indicatorColumns(indicators: readonly Indicator[]): {
  readonly indicators: IndicatorColumns[]
  readonly periods: IndicatorPeriodColumns[]
} {
  return {
    indicators: indicators.map((indicator, position) => ({
      position,
      name: indicator.name,
      unit: indicator.unit,
      baseline_value: indicator.baseline?.value ?? null,
      baseline_on: indicator.baseline?.date ?? null,
      evidence: JSON.stringify(indicator.evidence),
    })),
    periods: indicators.flatMap((indicator, position) =>
      indicator.periods.map((p) => ({
        indicator_position: position,
        period_from: p.from,
        period_to: p.to,
        target: p.target,
        actual: p.actual,
      })),
    ),
  }
}
