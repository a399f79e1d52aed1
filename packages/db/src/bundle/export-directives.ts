import {
  type BundleDirective,
  type BundleRelation,
  type BundleReportingRule,
  type DirectiveRelationType,
  type DomainError,
  directiveRefsOf,
  formatDirectiveRef,
  type RecurrenceCadence,
  type Secrecy,
  type TenantId,
} from '@chidao/domain'
import type { Transaction } from 'kysely'
import { directiveTermsOf } from '../directive/directive-row.js'
import type { ChidaoSchema } from '../schema.js'
import { tenantRows } from '../tenant/tenant-rows.js'
import { keysStoredTwice } from './bundle-export-conflict.js'
import type { OrganizationCodeOf } from './export-organizations.js'

/** The directives and relations section of a bundle, and the look-up tasks key by. */
export interface ExportedDirectives {
  readonly directives: readonly BundleDirective[]
  readonly relations: readonly BundleRelation[]
  /**
   * A directive's bundle ref by its stored id: `93-KL/TW`; `93-KL/TW@2020`, `15-KH/ĐU@DU-XA-BINH-AN`
   * or `15-KH/ĐU@DU-XA-BINH-AN/2025` when several share the symbol.
   */
  readonly refOf: ReadonlyMap<string, string>
  /** One `KEY_STORED_TWICE` per ref that names two stored directives. */
  readonly conflicts: readonly DomainError[]
}

/** Reads a tenant's directives (by symbol, then issue date) and their relations. */
export async function exportDirectives(
  trx: Transaction<ChidaoSchema>,
  tenantId: TenantId,
  codeOf: OrganizationCodeOf,
): Promise<ExportedDirectives> {
  const directiveRows = await tenantRows(trx, 'directive', tenantId)
    .orderBy('symbol_text')
    .orderBy('issued_on')
    .orderBy('issuer_id')
    .execute()
  const directives: BundleDirective[] = directiveRows.map((row) => {
    const { kind, ...terms } = directiveTermsOf(row)
    return {
      symbol: row.symbol_text,
      kind,
      issuer: codeOf(row.issuer_id)!,
      ...terms,
      ...(row.reporting_rule_text !== null && row.reporting_cadences !== null
        ? {
            reportingRule: {
              text: row.reporting_rule_text,
              cadences: row.reporting_cadences as RecurrenceCadence[],
              dueDays: row.reporting_due_days as BundleReportingRule['dueDays'],
              recipient:
                row.reporting_recipient_id === null ? null : codeOf(row.reporting_recipient_id)!,
            },
          }
        : {}),
    }
  })
  const refs = directiveRefsOf(directives)
  const refOf = new Map(directiveRows.map((row, i) => [row.id, refs[i]!]))
  const conflicts = keysStoredTwice(
    'directives',
    directiveRows.map((row) => ({
      key: formatDirectiveRef({
        symbol: row.symbol_text,
        issuer: codeOf(row.issuer_id) ?? row.issuer_id,
        year: row.issued_year,
      }),
      secrecy: row.secrecy as Secrecy,
      label: `${row.symbol_text} (${codeOf(row.issuer_id)}, ${row.issued_on})`,
    })),
  )
  const relationRows = await tenantRows(trx, 'directive_relation', tenantId).execute()
  const relations = relationRows.map((row) => ({
    from: refOf.get(row.source_id)!,
    to: refOf.get(row.target_id)!,
    type: row.type as DirectiveRelationType,
    effectiveOn: row.effective_on,
  }))
  return { directives, relations, refOf, conflicts }
}
