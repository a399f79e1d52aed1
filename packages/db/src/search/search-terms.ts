import { searchKey } from '@chidao/domain'
import { escapeLike } from '../database-error.js'

/**
 * Turns what a person typed into LIKE patterns, one per word, each to be matched against a
 * stored search key: every word must appear, in any order, accents and case ignored
 * ("chuong trinh 06" finds "06-CTr/TU … Chương trình …").
 *
 * @example
 * ```ts
 * searchPatterns('Tuyên  giáo') // ['%tuyen%', '%giao%']
 * ```
 */
export function searchPatterns(query: string | null | undefined): string[] {
  if (!query) return []
  return searchKey(query)
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(0, 8)
    .map((word) => `%${escapeLike(word)}%`)
}
