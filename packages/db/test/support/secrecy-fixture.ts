import type { StoredAssessment } from '@chidao/app'
import {
  type AssessmentInput,
  asId,
  type Directive,
  type DomainError,
  type Organization,
  type Result,
  type Secrecy,
  type Task,
  type TenantId,
  validateAssessment,
  validateNewDirective,
  validateNewTask,
} from '@chidao/domain'
import { sql } from 'kysely'
import type { ChidaoDatabase, TenantDatabase } from '../../src/chidao-database.js'
import { createOrganization } from './create-organization.js'
import { valueOfResult } from './value-of-result.js'

const ctx = { actor: 'test:secrecy' }

/**
 * One tenant (created if need be) and its repositories at every clearance, with builders of
 * records that return the repository's `Result` (to check refusals) or, with `…OrThrow`, the
 * record.
 */
export async function secrecyFixture(db: ChidaoDatabase, tenant: string) {
  const tenantId = asId<TenantId>(tenant)
  await db.ensureTenant(tenantId, `Đơn vị ${tenant}`)
  const at = (clearance: Secrecy): TenantDatabase => db.forTenant(tenantId, { clearance })
  const operator = at('TUYET_MAT')

  async function organization(code: string, level = 'PROVINCE'): Promise<Organization> {
    return createOrganization(operator.organizations, { code, kind: 'PARTY_COMMITTEE', level }, ctx)
  }

  function directive(
    scope: TenantDatabase,
    fields: { symbol: string; issuer: string; issuedOn: string; secrecy: Secrecy; title?: string },
  ): Promise<Result<Directive, DomainError>> {
    const v = valueOfResult(
      validateNewDirective(
        {
          symbol: fields.symbol,
          issuerOrganizationCode: fields.issuer,
          issuedOn: fields.issuedOn,
          title: fields.title ?? `Văn bản ${fields.symbol}`,
          secrecy: fields.secrecy,
        },
        { today: '2026-12-31' },
      ),
    )
    return scope.directives.create(v, ctx)
  }

  function task(
    scope: TenantDatabase,
    fields: {
      directive: Directive
      lead: Organization
      reference?: string | null
      parent?: Task | null
      title?: string
    },
  ): Promise<Result<Task, DomainError>> {
    const v = valueOfResult(
      validateNewTask({
        directiveId: fields.directive.id,
        reference: fields.reference ?? null,
        title: fields.title ?? `Nhiệm vụ ${fields.reference ?? ''}`.trim(),
        leadId: fields.lead.id,
        parentId: fields.parent?.id ?? null,
      }),
    )
    return scope.tasks.create(v, ctx)
  }

  function assessment(
    scope: TenantDatabase,
    fields: { key: string; directive: Directive; organization: Organization },
  ): Promise<Result<StoredAssessment, DomainError>> {
    const v = valueOfResult(
      validateAssessment({
        kind: 'INTERIM_REVIEW',
        subject: {
          kind: 'DIRECTIVE_IMPLEMENTATION',
          directiveId: fields.directive.id,
          organizationId: fields.organization.id,
        },
        period: { from: '2025-01-01', to: '2025-06-30' },
        title: `Sơ kết ${fields.key}`,
        assessorId: fields.organization.id,
        assessedOn: '2025-07-15',
        findings: { results: ['Đã triển khai'] },
      } as AssessmentInput),
    )
    return scope.assessments.create({ ...v, key: fields.key }, ctx)
  }

  /** A document of TU (an organisation to create first) that the operator records. */
  async function documentOfTu(symbol: string, issuedOn: string, secrecy: Secrecy) {
    return valueOfResult(await directive(operator, { symbol, issuer: 'TU', issuedOn, secrecy }))
  }

  /** A column of one row, read as the owner (no policies). */
  async function ownerRead(table: 'task' | 'directive' | 'assessment', id: string, column: string) {
    const { rows } = await sql<Record<string, unknown>>`
      select ${sql.ref(column)} as value from ${sql.table(table)}
      where tenant_id = ${tenant} and id = ${id}`.execute(db.kysely)
    return rows[0]?.value
  }

  return {
    tenantId,
    ctx,
    at,
    operator,
    organization,
    directive,
    directiveOrThrow: async (...args: Parameters<typeof directive>) =>
      valueOfResult(await directive(...args)),
    documentOfTu,
    task,
    taskOrThrow: async (...args: Parameters<typeof task>) => valueOfResult(await task(...args)),
    assessment,
    assessmentOrThrow: async (...args: Parameters<typeof assessment>) =>
      valueOfResult(await assessment(...args)),
    ownerRead,
  }
}
