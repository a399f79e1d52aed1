/**
 * An accent-insensitive search key: tone and vowel marks stripped (`ấ` → `a`, `ư` → `u`),
 * `đ` → `d`, lower case, white space folded to single spaces and trimmed. People type
 * `ket luan 93` for `Kết luận 93`; comparing keys finds it. Store it beside a name to search
 * with a plain `LIKE`.
 *
 * @example
 * ```ts
 * searchKey('  Kết luận   số 93-KL/TW ') // 'ket luan so 93-kl/tw'
 * searchKey('Đảng ủy') // 'dang uy'
 * ```
 */
export function searchKey(text: string): string {
  if (typeof text !== 'string') return ''
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đð\u0256]/gu, 'd')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC')
}

/**
 * Tells whether every word of `query` occurs in `haystack`, ignoring accents, `đ`/`d`, case
 * and spacing. Words may appear in any order and inside longer words (`ubnd` matches
 * `UBND-NC`); an empty query matches everything.
 *
 * @example
 * ```ts
 * matchesSearch('Ban Tuyên giáo Tỉnh ủy', 'tuyen giao') // true
 * matchesSearch('Ban Tuyên giáo Tỉnh ủy', 'tinh uy tuyen') // true
 * matchesSearch('Ban Tuyên giáo Tỉnh ủy', 'dan van') // false
 * ```
 */
export function matchesSearch(haystack: string, query: string): boolean {
  const key = searchKey(haystack)
  const words = searchKey(query)
    .split(' ')
    .filter((w) => w !== '')
  return words.every((w) => key.includes(w))
}
