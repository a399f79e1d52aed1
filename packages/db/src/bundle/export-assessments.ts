import type {
  BundleAssessment,
  BundleAssessmentSubject,
  DomainError,
  Findings,
  Rating,
  Secrecy,
  TenantId,
} from '@chidao/domain'
import type { Selectable, Transaction } from 'kysely'
import { readIndicators } from '../assessment/read-indicators.js'
import type { AssessmentTable, ChidaoSchema } from '../schema.js'
import { tenantRows } from '../tenant/tenant-rows.js'
import { keysStoredTwice } from './bundle-export-conflict.js'
import type { OrganizationCodeOf } from './export-organizations.js'

/** An assessment row as `exportBundle` reads it, every column. */
export type AssessmentTableRow = Selectable<AssessmentTable>

/** Reads a tenant's assessments, by key. */
export function readAssessmentRows(
  trx: Transaction<ChidaoSchema>,
  tenantId: TenantId,
): Promise<AssessmentTableRow[]> {
  return tenantRows(trx, 'assessment', tenantId).orderBy('natural_key').execute()
}

/** One `KEY_STORED_TWICE` per assessment key that names two stored assessments. */
export function assessmentKeysStoredTwice(rows: readonly AssessmentTableRow[]): DomainError[] {
  return keysStoredTwice(
    'assessments',
    rows.map((row) => ({
      key: row.natural_key,
      secrecy: row.secrecy as Secrecy,
      label: `"${row.title.slice(0, 60)}"`,
    })),
  )
}

/** What an exported assessment refers to, by natural key. */
export interface AssessmentSubjectKeys {
  readonly codeOf: OrganizationCodeOf
  readonly directiveRefOf: ReadonlyMap<string, string>
  readonly taskRefOf: ReadonlyMap<string, string>
}

/** The assessments section of a bundle, with each assessment's indicators. */
export async function exportAssessments(
  trx: Transaction<ChidaoSchema>,
  tenantId: TenantId,
  rows: readonly AssessmentTableRow[],
  keys: AssessmentSubjectKeys,
): Promise<BundleAssessment[]> {
  const { codeOf } = keys
  const indicators = await readIndicators(
    trx,
    tenantId,
    rows.map((a) => a.id),
  )
  return rows.map((row) => {
    const critique = row.social_critique as BundleAssessment['socialCritique']
    return {
      key: row.natural_key,
      kind: row.kind as BundleAssessment['kind'],
      subject: subjectOf(row, keys),
      period: { from: row.period_from, to: row.period_to },
      title: row.title,
      assessor: codeOf(row.assessor_id)!,
      assessedOn: row.assessed_on,
      findings: row.findings as Findings,
      indicators: indicators.get(row.id) ?? [],
      rating:
        row.rating === null && row.score === null && row.rating_rules_id === null
          ? null
          : {
              level: row.rating as Rating | null,
              score: row.score === null ? null : Number(row.score),
              rules: row.rating_rules_id,
            },
      socialCritique: critique ?? null,
    }
  })
}

function subjectOf(row: AssessmentTableRow, keys: AssessmentSubjectKeys): BundleAssessmentSubject {
  const { codeOf } = keys
  return row.subject_kind === 'TASK'
    ? { kind: 'TASK', task: keys.taskRefOf.get(row.subject_task_id!)! }
    : row.subject_kind === 'ORGANIZATION_YEAR'
      ? {
          kind: 'ORGANIZATION_YEAR',
          organization: codeOf(row.subject_organization_id)!,
          year: row.subject_year!,
        }
      : {
          kind: 'DIRECTIVE_IMPLEMENTATION',
          directive: keys.directiveRefOf.get(row.subject_directive_id!)!,
          organization: codeOf(row.subject_organization_id)!,
        }
}
