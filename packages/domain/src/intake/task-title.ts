import { cleanText } from '../text/nfc.js'
import { TASK_VERBS } from './task-roles.js'

const COORDINATORS_CLAUSE = new RegExp(
  `^,?\\s*[Pp]hối hợp(?:\\s+chặt chẽ)?\\s+với\\s+.+?\\s+(?=(?:${TASK_VERBS})(?![\\p{L}]))`,
  'u',
)
const GIVEN_CLAUSE = new RegExp(
  `^[Gg]iao(?:\\s+cho)?\\s+[^,]{3,140}?\\s+(?=(?:${TASK_VERBS})(?![\\p{L}]))`,
  'u',
)

/**
 * The title of a task from its first sentence: the clauses that say who leads and coordinates
 * ("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với…", "Giao…") and when ("Thời gian: …") left
 * out, the first letter made a capital. Empty when the words are all roles.
 *
 * @example
 * ```ts
 * taskTitle('Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ tổ chức quán triệt Kết luận. Thời gian: Quý I/2026.')
 * // 'Tổ chức quán triệt Kết luận'
 * ```
 */
export function taskTitle(text: string, lead?: string | null): string {
  let t = cleanText(text)
  const end = /[.;:](?=\s|$)/u.exec(t)
  if (end && end.index > 0) t = t.slice(0, end.index)
  // The lead named first, whatever its commas: "Ban Chính sách, chiến lược Tỉnh ủy chủ trì, …".
  const named = lead ? cleanText(lead) : ''
  if (named !== '' && t.toLocaleLowerCase('vi').startsWith(named.toLocaleLowerCase('vi'))) {
    t = t.slice(named.length).replace(/^\s*(?:là cơ quan\s+)?(?:chủ trì(?:\s+và)?)?\s*,?\s*/u, '')
  }
  t = t
    .replace(/^[Cc]hủ trì(?:\s+và)?\s*,?\s*/u, '')
    .replace(/^(?:giao(?:\s+cho)?\s+)?[^,]{3,140}?\s+chủ trì(?:\s+và\s+)?,?\s*/iu, '')
    .replace(COORDINATORS_CLAUSE, '')
    .replace(GIVEN_CLAUSE, '')
  const trailing =
    /,?\s*(?:giao\s+|do\s+)?[^,]{3,120}?\s+chủ trì\b.*$|\s*\((?:thời gian|thời hạn|cơ quan|chủ trì).*$/iu
  const cut = t.replace(trailing, '').trim()
  if (cut !== '') t = cut
  t = t.replace(/^[,\s]+|[,\s]+$/gu, '')
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1)
}
