import type { NewDirective } from '@chidao/domain'
import type { Insertable } from 'kysely'
import type { DirectiveTable } from '../schema.js'
import { directiveSearchKey } from '../search/search-keys.js'
import type { WrittenColumns } from '../written-columns.js'

/** The columns that identify a document: its symbol (whole and in parts), issuer and year. */
type KeyColumn =
  | 'symbol_text'
  | 'symbol_system'
  | 'symbol_number'
  | 'symbol_year'
  | 'symbol_type_code'
  | 'symbol_issuer_code'
  | 'issuer_id'
  | 'issued_year'

/** The columns a document is found by, written when it is stored and never changed after. */
export type DirectiveKeyColumns = Required<Pick<Insertable<DirectiveTable>, KeyColumn>>

/** The columns of a document that a later change may rewrite: all but its key and bookkeeping. */
export type DirectiveColumns = WrittenColumns<
  DirectiveTable,
  'tenant_id' | 'id' | KeyColumn | 'version' | 'updated_at'
>

/**
 * The key column values of a directive, its issuer resolved to `issuerId`.
 *
 * @example
 * ```ts
 * directiveKeyColumns(directive, issuerId).issued_year // 2021
 * ```
 */
export function directiveKeyColumns(d: NewDirective, issuerId: string): DirectiveKeyColumns {
  return {
    symbol_text: d.symbolText,
    symbol_system: d.symbol.system,
    symbol_number: d.symbol.number,
    symbol_year: d.symbol.year,
    symbol_type_code: d.symbol.typeCode,
    symbol_issuer_code: d.symbol.issuerCode,
    issuer_id: issuerId,
    issued_year: Number(d.issuedOn.slice(0, 4)),
  }
}

/**
 * The other column values of a directive: kind, term, day, title with its search key, secrecy,
 * urgency, sections and reporting rule (its recipient resolved to an id). A new directive is stored with these and {@link directiveKeyColumns}.
 *
 * @example
 * ```ts
 * await trx.insertInto('directive').values({ tenant_id, ...directiveKeyColumns(d, issuerId), ...directiveColumns(d) })
 * ```
 */
export function directiveColumns(
  d: NewDirective,
  reportingRecipientId: string | null = null,
): DirectiveColumns {
  const rule = d.reportingRule ?? null
  return {
    kind: d.kind,
    issuer_term: d.issuerTerm,
    issued_on: d.issuedOn,
    title: d.title,
    search_key: directiveSearchKey(d.symbolText, d.title),
    secrecy: d.secrecy,
    urgency: d.urgency,
    sections: JSON.stringify(d.sections),
    reporting_rule_text: rule?.text ?? null,
    reporting_cadences: rule === null ? null : [...rule.cadences],
    reporting_due_days: JSON.stringify(rule?.dueDays ?? {}),
    reporting_recipient_id: rule === null ? null : reportingRecipientId,
  }
}
