import {
  asId,
  type Directive,
  type DirectiveId,
  type DirectiveKind,
  type DirectiveRelation,
  type DirectiveRelationType,
  type DirectiveSection,
  type DocumentSymbol,
  type OrganizationId,
  parseDocumentSymbol,
  type RecurrenceCadence,
  type ReportingRule,
  type Secrecy,
  type TenantId,
  type Urgency,
} from '@chidao/domain'
import type { Selectable } from 'kysely'
import type { DirectiveRelationTable, DirectiveTable } from '../schema.js'

/** The columns a directive is read from. */
export const DIRECTIVE_COLUMNS = [
  'directive.tenant_id',
  'directive.id',
  'directive.kind',
  'directive.symbol_text',
  'directive.symbol_system',
  'directive.symbol_number',
  'directive.symbol_year',
  'directive.symbol_type_code',
  'directive.symbol_issuer_code',
  'directive.issuer_id',
  'directive.issuer_term',
  'directive.issued_on',
  'directive.title',
  'directive.secrecy',
  'directive.urgency',
  'directive.sections',
  'directive.reporting_rule_text',
  'directive.reporting_cadences',
  'directive.reporting_due_days',
  'directive.reporting_recipient_id',
  'directive.version',
] as const

/** A row as read with {@link DIRECTIVE_COLUMNS}: its columns, named without the table. */
export type DirectiveRow = Pick<
  Selectable<DirectiveTable>,
  (typeof DIRECTIVE_COLUMNS)[number] extends `directive.${infer Column}` ? Column : never
>

/** Rebuilds the symbol from its stored canonical text (so it carries no warnings). */
export function symbolOf(row: DirectiveRow): DocumentSymbol {
  const parsed = parseDocumentSymbol(row.symbol_text)
  if (parsed.ok) return parsed.value
  // Unreachable for rows written by chidao; kept so a hand-edited row still reads.
  return Object.freeze({
    system: row.symbol_system as DocumentSymbol['system'],
    number: row.symbol_number,
    year: row.symbol_year,
    typeCode: row.symbol_type_code,
    issuerCode: row.symbol_issuer_code,
    kind: row.kind as DirectiveKind,
    warnings: [],
  })
}

/** Turns a row into the domain's frozen {@link Directive}. */
/** The fields of a directive stored as they are read, alike in the record and in a bundle. */
export type DirectiveTerms = Pick<
  Directive,
  'kind' | 'issuerTerm' | 'issuedOn' | 'title' | 'secrecy' | 'urgency' | 'sections'
>

/**
 * The fields of a directive's row that read as they are stored: its kind, issuer's term, day,
 * title, secrecy, urgency and sections.
 *
 * @example
 * ```ts
 * const bundled = { symbol: row.symbol_text, kind: row.kind, issuer, ...directiveTermsOf(row) }
 * ```
 */
export function directiveTermsOf(
  row: Pick<
    Selectable<DirectiveTable>,
    'kind' | 'issuer_term' | 'issued_on' | 'title' | 'secrecy' | 'urgency' | 'sections'
  >,
): DirectiveTerms {
  return {
    kind: row.kind as DirectiveKind,
    issuerTerm: row.issuer_term,
    issuedOn: row.issued_on,
    title: row.title,
    secrecy: row.secrecy as Secrecy,
    urgency: row.urgency as Urgency,
    sections: row.sections as readonly DirectiveSection[],
  }
}

export function toDirective(row: DirectiveRow): Directive {
  return Object.freeze({
    id: asId<DirectiveId>(row.id),
    tenantId: asId<TenantId>(row.tenant_id),
    symbol: symbolOf(row),
    symbolText: row.symbol_text,
    issuerId: asId<OrganizationId>(row.issuer_id),
    ...directiveTermsOf(row),
    reportingRule: reportingRuleOf(row),
    version: row.version,
  })
}

/** Turns a relation row into the domain's frozen {@link DirectiveRelation}. */
export function toDirectiveRelation(row: Selectable<DirectiveRelationTable>): DirectiveRelation {
  return Object.freeze({
    sourceId: asId<DirectiveId>(row.source_id),
    targetId: asId<DirectiveId>(row.target_id),
    type: row.type as DirectiveRelationType,
    effectiveOn: row.effective_on,
  })
}

/** The directive's reporting rule from its columns, or `null` when it sets none. */
export function reportingRuleOf(
  row: Pick<
    DirectiveRow,
    'reporting_rule_text' | 'reporting_cadences' | 'reporting_due_days' | 'reporting_recipient_id'
  >,
): ReportingRule | null {
  if (row.reporting_rule_text === null || row.reporting_cadences === null) return null
  return Object.freeze({
    text: row.reporting_rule_text,
    cadences: Object.freeze([...row.reporting_cadences]) as readonly RecurrenceCadence[],
    dueDays: Object.freeze({ ...(row.reporting_due_days as ReportingRule['dueDays']) }),
    recipientId:
      row.reporting_recipient_id === null ? null : asId<OrganizationId>(row.reporting_recipient_id),
  })
}
