import { cleanText } from '../text/nfc.js'
import type { OrganizationMatcher } from './organization-matcher.js'
import { TASK_VERBS } from './task-roles.js'

// The words an organisation's name begins with in these documents (lower case, with accents:
// "Sở" is a body, "sơ kết" is not).
const HEADS = [
  'ban',
  'sở',
  'ủy ban',
  'ubnd',
  'văn phòng',
  'đảng ủy',
  'đảng đoàn',
  'ban cán sự',
  'mặt trận',
  'ubmttq',
  'mttq',
  'hội',
  'liên hiệp',
  'liên đoàn',
  'tỉnh đoàn',
  'đoàn',
  'công an',
  'bộ chỉ huy',
  'báo',
  'đài',
  'trường',
  'viện',
  'trung tâm',
  'cục',
  'chi cục',
  'kho bạc',
  'ngân hàng',
  'thanh tra',
  'tòa án',
  'huyện ủy',
  'thành ủy',
  'thị ủy',
  'tỉnh ủy',
  'cấp ủy',
  'hđnd',
  'hội đồng',
  'bảo hiểm',
  'thường trực',
  'đảng bộ',
  'chi bộ',
  'cơ quan',
  'bộ',
  'công ty',
  'người đứng đầu',
  'thuế',
  'hiệp hội',
  'quỹ',
  'ban chỉ đạo',
]

/**
 * Whether a phrase reads as an organisation's name: it begins with the word such names begin
 * with (Ban, Sở, Ủy ban, UBND, Văn phòng, Đảng ủy, Hội, các…).
 *
 * @example
 * ```ts
 * looksLikeOrganization('Sở Nội vụ') // true
 * looksLikeOrganization('Thể thao') // false
 * ```
 */
export function looksLikeOrganization(phrase: string): boolean {
  // "Các sở", "Các cấp ủy", "Các đoàn thể": a group of bodies; "Các nhiệm vụ khác" is not.
  const written = cleanText(phrase).toLocaleLowerCase('vi').replace(/,/gu, '').replace(/uỷ/gu, 'ủy')
  const key = written.startsWith('các ')
    ? written.slice(4).replace(/^(?:đoàn thể|tổ chức|địa phương|đơn vị|xã|huyện)(?!\p{L})/u, 'ban')
    : written
  if (!key.includes(' ')) return false
  return HEADS.some((h) => key === h || key.startsWith(`${h} `))
}

// Words after the names that end the list: "và các cơ quan, đơn vị liên quan", "thực hiện".
const GENERIC =
  /^(?:các\s+)?(?:cơ quan|đơn vị|địa phương|ngành|sở)(?:,\s*(?:cơ quan|đơn vị|địa phương|ban|ngành|đoàn thể))*(?:\s+(?:của\s+)?tỉnh)?(?:\s+(?:có\s+)?liên quan)?$/iu

const VERB_START = new RegExp(`^(?:${TASK_VERBS})(?!\\p{L})`, 'u')

// "Báo và Phát thanh, Truyền hình An Phú tuyên truyền…": a name that matches nothing but
// begins with one of the tenant's organisations is that organisation. One that begins with
// none ends before its first verb ("Báo Minh Họa mở chuyên mục…"): that is the body to propose.
function knownStart(name: string, matcher: OrganizationMatcher): string {
  if (matcher.match(name).confidence > 0) return name
  const words = name.split(' ')
  let beforeVerb: string | null = null
  for (let n = words.length - 1; n >= 2; n--) {
    const start = words.slice(0, n).join(' ')
    // Only before a verb: "Ủy ban nhân dân các xã" is not "Ủy ban nhân dân" tỉnh.
    if (!VERB_START.test(words.slice(n).join(' '))) continue
    if (matcher.match(start).confidence >= 0.8) return start
    beforeVerb = start
  }
  return beforeVerb ?? name
}

/**
 * Splits a text that names organisations ("Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ và các cơ
 * quan liên quan") into names: at commas, semicolons and "và", then joining back the parts
 * that make one of the tenant's organisations, and a part that does not begin as a name does
 * (`Thể thao`) to the one before. "Các cơ quan, đơn vị liên quan" names no one and is left out,
 * unless `keepGroups` (a lead: "Các sở, ban, ngành báo cáo…" is a task of every department).
 *
 * @example
 * ```ts
 * splitOrganizationNames('Sở Nội vụ, Sở Tài chính và các cơ quan liên quan', matcher) // ['Sở Nội vụ', 'Sở Tài chính']
 * ```
 */
export function splitOrganizationNames(
  text: string,
  matcher: OrganizationMatcher,
  options: { readonly keepGroups?: boolean } = {},
): string[] {
  // "(theo lĩnh vực)", "(chủ trì)": a remark, not a name.
  const cleaned = cleanText(text)
    .replace(/\s*\([^)]*\)/gu, '')
    .replace(/[.;,\s]+$/u, '')
  // Parts and the separators between them, kept to join parts back as written.
  const pieces = cleaned.split(/(\s*[,;]\s*|\s+và\s+|\s+với\s+)/u)
  const parts: string[] = []
  const seps: string[] = []
  for (let i = 0; i < pieces.length; i += 2) {
    parts.push(pieces[i]!.trim())
    seps.push(pieces[i + 1] ?? '')
  }
  const names: string[] = []
  let i = 0
  while (i < parts.length) {
    let taken = 0
    let joined = parts[i]!
    // The longest run of parts that is one of the tenant's organisations.
    let run = parts[i]!
    for (let j = i + 1; j < Math.min(parts.length, i + 6); j++) {
      run = `${run}${seps[j - 1]}${parts[j]}`
      if (matcher.match(run).confidence >= 0.8) {
        taken = j - i
        joined = run
      }
    }
    i += taken + 1
    if (joined === '') continue
    const last = names.length - 1
    if (
      taken === 0 &&
      last >= 0 &&
      !looksLikeOrganization(joined) &&
      matcher.match(joined).confidence === 0
    ) {
      names[last] = `${names[last]}${seps[i - 2] ?? ', '}${joined}`
    } else {
      names.push(joined)
    }
  }
  return names
    .map((n) => knownStart(n.replace(/^(?:với|cùng|cho)\s+/iu, '').trim(), matcher))
    .filter((n) => n !== '' && (options.keepGroups === true || !GENERIC.test(n)))
}
