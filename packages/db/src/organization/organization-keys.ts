import { searchKey, vietnameseSortKey } from '@chidao/domain'

/** The derived columns stored beside an organisation's names, for search and sorting. */
export function organizationKeys(fields: {
  readonly code: string
  readonly name: string
  readonly shortName: string | null
}): { search_key: string; name_sort_key: string } {
  return {
    search_key: searchKey([fields.code, fields.name, fields.shortName ?? ''].join(' ')),
    name_sort_key: vietnameseSortKey(fields.name),
  }
}
