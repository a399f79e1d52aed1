import {
  asId,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  type BundleAssessment,
  type BundleAssessmentSubject,
  type BundleDirective,
  type BundleTask,
  bundleDirectiveRef,
  bundleTaskRef,
  type Deadline,
  type DirectiveKind,
  type DirectiveRelationType,
  type DirectiveSection,
  type Findings,
  type OrganizationKind,
  type OrganizationLevel,
  type Rating,
  type RecurrenceCadence,
  type Secrecy,
  type TaskStatus,
  type TenantId,
  type Urgency,
} from '@chidao/domain'
import { sql } from 'kysely'
import { readIndicators } from '../assessment/read-indicators.js'
import type { ChidaoDatabase } from '../chidao-database.js'
import { inTenantTransaction } from '../tenant/tenant-transaction.js'
import { BundleExportConflictError, keysStoredTwice } from './bundle-export-conflict.js'

/** Thrown when exporting a tenant that does not exist. */
export class TenantNotFoundError extends Error {
  override readonly name = 'TenantNotFoundError'
  constructor(readonly tenantId: string) {
    super(`No tenant "${tenantId}" in this database`)
  }
}

/**
 * Reads everything a tenant holds into a {@link Bundle}, referring by natural keys. Pass it to
 * `bundleToJson` for the canonical text: the same data always gives the same bytes, and
 * importing an export then exporting again gives it back unchanged.
 *
 * A task stored without a reference is exported with the reference `~` + the start of its id,
 * so that it keeps a natural key. Progress reports are exported as they stand: a report
 * superseded by a correction is left out, its correction exported in its place.
 *
 * A bundle holds one record per natural key, without a secrecy level in it: a tenant holding a
 * document, task reference or assessment key at two levels (polyinstantiated: a caller who
 * could not see one created the other) cannot be written as one. The export then throws
 * {@link BundleExportConflictError} naming each pair, rather than a bundle that would not
 * import back.
 */
export async function exportBundle(db: ChidaoDatabase, tenantId: TenantId): Promise<Bundle> {
  const tenant = await db.kysely
    .selectFrom('tenant')
    .selectAll()
    .where('id', '=', tenantId)
    .executeTakeFirst()
  if (!tenant) throw new TenantNotFoundError(tenantId)
  // An export is the whole record of the tenant, at every secrecy level.
  return inTenantTransaction(
    db.kysely,
    tenantId,
    async (trx) => {
      const where = <T>(q: T) => q
      const orgRows = await where(
        trx
          .selectFrom('organization')
          .selectAll()
          .where('tenant_id', '=', tenantId)
          .orderBy('code'),
      ).execute()
      const codeOf = new Map(orgRows.map((row) => [row.id, row.code]))
      const code = (id: string | null) => (id === null ? null : (codeOf.get(id) ?? null))
      const organizations = orgRows.map((row) => ({
        code: row.code,
        name: row.name,
        shortName: row.short_name,
        kind: row.kind as OrganizationKind,
        level: row.level as OrganizationLevel,
        parent: code(row.parent_id),
        foundedOn: row.founded_on,
        dissolvedOn: row.dissolved_on,
        successor: code(row.successor_id),
        partyTerm: row.party_term,
      }))
      const memberships = (
        await trx
          .selectFrom('organization_membership')
          .selectAll()
          .where('tenant_id', '=', tenantId)
          .execute()
      ).map((row) => ({
        member: code(row.member_id)!,
        union: code(row.union_id)!,
        from: row.from_on,
        to: row.to_on,
      }))

      const directiveRows = await trx
        .selectFrom('directive')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('symbol_text')
        .orderBy('issued_on')
        .execute()
      const directives: BundleDirective[] = directiveRows.map((row) => ({
        symbol: row.symbol_text,
        kind: row.kind as DirectiveKind,
        issuer: code(row.issuer_id)!,
        issuerTerm: row.issuer_term,
        issuedOn: row.issued_on,
        title: row.title,
        secrecy: row.secrecy as Secrecy,
        urgency: row.urgency as Urgency,
        sections: row.sections as readonly DirectiveSection[],
      }))
      const refOf = new Map(
        directiveRows.map((row, i) => [row.id, bundleDirectiveRef(directives, directives[i]!)]),
      )
      const conflicts = keysStoredTwice(
        'directives',
        directiveRows.map((row) => ({
          key: `${row.symbol_text}@${row.issued_year}`,
          secrecy: row.secrecy as Secrecy,
          label: `${row.symbol_text} (${code(row.issuer_id)}, ${row.issued_on})`,
        })),
      )
      const relations = (
        await trx
          .selectFrom('directive_relation')
          .selectAll()
          .where('tenant_id', '=', tenantId)
          .execute()
      ).map((row) => ({
        from: refOf.get(row.source_id)!,
        to: refOf.get(row.target_id)!,
        type: row.type as DirectiveRelationType,
        effectiveOn: row.effective_on,
      }))

      const taskRows = await trx
        .selectFrom('task')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .execute()
      const referenceOf = (row: (typeof taskRows)[number]) =>
        row.reference ?? `~${row.id.slice(0, 8)}`
      const taskRefOf = new Map(
        taskRows.map((row) => [
          row.id,
          bundleTaskRef({ directive: refOf.get(row.directive_id)!, reference: referenceOf(row) }),
        ]),
      )
      conflicts.push(
        ...keysStoredTwice(
          'tasks',
          taskRows.map((row) => ({
            key: taskRefOf.get(row.id)!,
            secrecy: row.secrecy as Secrecy,
            label: `"${row.title.slice(0, 60)}"`,
          })),
        ),
      )
      const coordinatorRows = await trx
        .selectFrom('task_coordinator')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('position')
        .execute()
      // The reports in force: a bundle has no corrections, so a superseded report is left out
      // and its correction stands in its place (never the mistake, re-imported elsewhere).
      const reportRows = await trx
        .selectFrom('progress_report')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where(
          sql<boolean>`not exists (select 1 from progress_report c
            where c.tenant_id = progress_report.tenant_id and c.corrects_id = progress_report.id)`,
        )
        .orderBy('reported_on')
        .orderBy('created_at')
        .execute()
      const tasks: BundleTask[] = taskRows.map((row) => ({
        directive: refOf.get(row.directive_id)!,
        reference: referenceOf(row),
        title: row.title,
        description: row.description,
        lead: code(row.lead_id)!,
        coordinators: coordinatorRows
          .filter((c) => c.task_id === row.id)
          .map((c) => code(c.organization_id)!),
        monitor: code(row.monitor_id),
        deadline: row.deadline as Deadline | null,
        reportingDuty:
          row.reporting_cadence === null
            ? null
            : {
                cadence: row.reporting_cadence as RecurrenceCadence,
                recipient: code(row.reporting_recipient_id)!,
              },
        parent: row.parent_id === null ? null : (taskRefOf.get(row.parent_id) ?? null),
        status: row.status as TaskStatus,
        completedOn: row.completed_on,
        progressReports: reportRows
          .filter((r) => r.task_id === row.id)
          .map((r) => ({
            reportedOn: r.reported_on,
            organization: code(r.organization_id)!,
            percent: r.percent === null ? null : Number(r.percent),
            narrative: r.narrative,
            evidence: r.evidence as readonly string[],
          })),
      }))

      const assessmentRows = await trx
        .selectFrom('assessment')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('natural_key')
        .execute()
      conflicts.push(
        ...keysStoredTwice(
          'assessments',
          assessmentRows.map((row) => ({
            key: row.natural_key,
            secrecy: row.secrecy as Secrecy,
            label: `"${row.title.slice(0, 60)}"`,
          })),
        ),
      )
      if (conflicts.length > 0) throw new BundleExportConflictError(conflicts)
      const indicators = await readIndicators(
        trx,
        tenantId,
        assessmentRows.map((a) => a.id),
      )
      const assessments: BundleAssessment[] = assessmentRows.map((row) => {
        const subject: BundleAssessmentSubject =
          row.subject_kind === 'TASK'
            ? { kind: 'TASK', task: taskRefOf.get(row.subject_task_id!)! }
            : row.subject_kind === 'ORGANIZATION_YEAR'
              ? {
                  kind: 'ORGANIZATION_YEAR',
                  organization: code(row.subject_organization_id)!,
                  year: row.subject_year!,
                }
              : {
                  kind: 'DIRECTIVE_IMPLEMENTATION',
                  directive: refOf.get(row.subject_directive_id!)!,
                  organization: code(row.subject_organization_id)!,
                }
        const critique = row.social_critique as BundleAssessment['socialCritique']
        return {
          key: row.natural_key,
          kind: row.kind as BundleAssessment['kind'],
          subject,
          period: { from: row.period_from, to: row.period_to },
          title: row.title,
          assessor: code(row.assessor_id)!,
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

      return {
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        tenant: { id: asId<TenantId>(tenant.id), name: tenant.name },
        title: tenant.title,
        description: tenant.description,
        source: tenant.source,
        organizations,
        memberships,
        directives,
        relations,
        tasks,
        assessments,
      }
    },
    'TUYET_MAT',
  )
}
