import type { StoredAssessment } from '@chidao/app'
import {
  type AssessmentId,
  type AssessmentKind,
  type AssessmentSubject,
  asId,
  type DirectiveId,
  type Findings,
  type Indicator,
  type OrganizationId,
  type Rating,
  type SocialCritique,
  type TaskId,
  type TenantId,
} from '@chidao/domain'
import { type RawBuilder, type Selectable, sql } from 'kysely'
import type { AssessmentTable } from '../schema.js'

/** The columns an assessment is read from. */
export const ASSESSMENT_COLUMNS = [
  'assessment.tenant_id',
  'assessment.id',
  'assessment.natural_key',
  'assessment.kind',
  'assessment.subject_kind',
  'assessment.subject_directive_id',
  'assessment.subject_organization_id',
  'assessment.subject_task_id',
  'assessment.subject_year',
  'assessment.period_from',
  'assessment.period_to',
  'assessment.title',
  'assessment.assessor_id',
  'assessment.assessed_on',
  'assessment.findings',
  'assessment.social_critique',
  'assessment.score',
  'assessment.rating',
  'assessment.rating_rules_id',
  'assessment.version',
] as const

type ColumnName = (typeof ASSESSMENT_COLUMNS)[number] extends `assessment.${infer C}` ? C : never

/** An indicator as the row query aggregates it (JSON: numbers and ISO dates). */
interface IndicatorJson {
  readonly name: string
  readonly unit: string
  readonly baselineValue: number | null
  readonly baselineOn: string | null
  readonly evidence: readonly string[]
  readonly periods: readonly {
    readonly from: string
    readonly to: string
    readonly target: number | null
    readonly actual: number | null
  }[]
}

/** A row as read with {@link ASSESSMENT_COLUMNS} and {@link assessmentAggregatesSql}. */
export type AssessmentRow = Pick<Selectable<AssessmentTable>, ColumnName> & {
  readonly indicators: readonly IndicatorJson[]
  readonly requesting_body_id: string | null
}

/**
 * The parts of an assessment kept in other tables or by code, as correlated subqueries of the
 * row query, so that one statement reads whole assessments: its indicators with their periods
 * (in order), and the id of the body that requested a social critique (stored by code, the
 * bundle's natural key, so that an export gives it back unchanged).
 */
export function assessmentAggregatesSql(): {
  indicators: RawBuilder<readonly IndicatorJson[]>
  requestingBodyId: RawBuilder<string | null>
} {
  return {
    indicators: sql<readonly IndicatorJson[]>`(
      select coalesce(json_agg(json_build_object(
        'name', i.name, 'unit', i.unit, 'baselineValue', i.baseline_value,
        'baselineOn', i.baseline_on, 'evidence', i.evidence,
        'periods', (
          select coalesce(json_agg(json_build_object(
            'from', p.period_from, 'to', p.period_to, 'target', p.target, 'actual', p.actual
          ) order by p.period_from), '[]'::json)
          from assessment_indicator_period p
          where p.tenant_id = i.tenant_id and p.assessment_id = i.assessment_id
            and p.indicator_position = i.position)
      ) order by i.position), '[]'::json)
      from assessment_indicator i
      where i.tenant_id = assessment.tenant_id and i.assessment_id = assessment.id)`,
    requestingBodyId: sql<string | null>`(
      select o.id from organization o
      where o.tenant_id = assessment.tenant_id
        and o.code = assessment.social_critique ->> 'requestingBody')`,
  }
}

function subjectOf(row: AssessmentRow): AssessmentSubject {
  switch (row.subject_kind) {
    case 'TASK':
      return Object.freeze({ kind: 'TASK', taskId: asId<TaskId>(row.subject_task_id!) })
    case 'ORGANIZATION_YEAR':
      return Object.freeze({
        kind: 'ORGANIZATION_YEAR',
        organizationId: asId<OrganizationId>(row.subject_organization_id!),
        year: row.subject_year!,
      })
    default:
      return Object.freeze({
        kind: 'DIRECTIVE_IMPLEMENTATION',
        directiveId: asId<DirectiveId>(row.subject_directive_id!),
        organizationId: asId<OrganizationId>(row.subject_organization_id!),
      })
  }
}

function indicatorOf(json: IndicatorJson): Indicator {
  return Object.freeze({
    name: json.name,
    unit: json.unit,
    baseline:
      json.baselineValue === null
        ? null
        : Object.freeze({ value: Number(json.baselineValue), date: json.baselineOn }),
    periods: Object.freeze(
      json.periods.map((p) =>
        Object.freeze({
          from: p.from,
          to: p.to,
          target: p.target === null ? null : Number(p.target),
          actual: p.actual === null ? null : Number(p.actual),
        }),
      ),
    ),
    evidence: Object.freeze([...json.evidence]),
  })
}

/** Turns indicators as the row query aggregates them into the domain's frozen indicators. */
export function toIndicators(json: readonly IndicatorJson[] | null): readonly Indicator[] {
  return Object.freeze((json ?? []).map(indicatorOf))
}

function critiqueOf(row: AssessmentRow): SocialCritique | null {
  const stored = row.social_critique as (Record<string, unknown> & SocialCritique) | null
  if (stored === null || stored === undefined) return null
  const { requestingBody: _code, ...rest } = stored
  return Object.freeze({
    ...rest,
    requestingBodyId:
      row.requesting_body_id === null ? null : asId<OrganizationId>(row.requesting_body_id),
  }) as SocialCritique
}

/** Turns a row into the domain's frozen assessment, with its natural key. */
export function toAssessment(row: AssessmentRow): StoredAssessment {
  const findings = row.findings as Findings
  return Object.freeze({
    id: asId<AssessmentId>(row.id),
    tenantId: asId<TenantId>(row.tenant_id),
    key: row.natural_key,
    kind: row.kind as AssessmentKind,
    subject: subjectOf(row),
    period: Object.freeze({ from: row.period_from, to: row.period_to }),
    title: row.title,
    assessorId: asId<OrganizationId>(row.assessor_id),
    assessedOn: row.assessed_on,
    findings: Object.freeze(
      Object.fromEntries(
        Object.entries(findings).map(([part, list]) => [part, Object.freeze([...list])]),
      ),
    ) as unknown as Findings,
    indicators: toIndicators(row.indicators),
    socialCritique: critiqueOf(row),
    score: row.score === null ? null : Number(row.score),
    rating: row.rating as Rating | null,
    ratingRulesId: row.rating_rules_id,
    version: row.version,
  })
}
