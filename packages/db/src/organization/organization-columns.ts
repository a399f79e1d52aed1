import { searchKey, vietnameseSortKey } from '@chidao/domain'
import type { OrganizationTable } from '../schema.js'
import type { WrittenColumns } from '../written-columns.js'

/** An organisation's own fields, as a new organisation and a bundle's organisation give them. */
export interface OrganizationFields {
  readonly code: string
  readonly name: string
  readonly shortName: string | null
  readonly kind: string
  readonly level: string
  readonly foundedOn: string | null
  readonly partyTerm: number | null
}

/**
 * The columns of an organisation's own fields, with the keys derived from them for search and
 * sorting. Each writer sets the rest: the code it is matched by, its links to its parent and
 * successor (ids the writer resolves, bundles in a pass of their own), its dissolution (a
 * change of its own), the version and the time of the change.
 */
export type OrganizationColumns = WrittenColumns<
  OrganizationTable,
  | 'tenant_id'
  | 'id'
  | 'code'
  | 'parent_id'
  | 'dissolved_on'
  | 'successor_id'
  | 'successor_ids'
  | 'version'
  | 'updated_at'
>

/**
 * The column values of an organisation's own fields, written by the repository, the bundle
 * importer and the bulk loader alike.
 *
 * @example
 * ```ts
 * await trx.insertInto('organization').values({ tenant_id, code: org.code, ...organizationColumns(org) })
 * ```
 */
export function organizationColumns(org: OrganizationFields): OrganizationColumns {
  return {
    name: org.name,
    short_name: org.shortName,
    kind: org.kind,
    level: org.level,
    founded_on: org.foundedOn,
    party_term: org.partyTerm,
    search_key: searchKey([org.code, org.name, org.shortName ?? ''].join(' ')),
    name_sort_key: vietnameseSortKey(org.name),
  }
}
