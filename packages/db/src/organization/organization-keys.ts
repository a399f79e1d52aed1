import { nfc } from '@chidao/domain'

// Interim keys until the domain's search key and Vietnamese sort key land (same session).
function searchKey(text: string): string {
  return nfc(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
function vietnameseSortKey(text: string): string {
  return searchKey(text)
}

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
export { searchKey as interimSearchKey }
