/**
 * Lower-case syllables that continue an organisation name, keyed by the syllable before them.
 * Vietnamese capitalises the first syllable of each name component only (`Ban Chấp hành Trung
 * ương`, `Ủy ban nhân dân tỉnh`), so a name is read as capitalised words plus these known
 * continuations; anything else ends it (`… Trung ương Đảng ban hành` stops before `ban`).
 */
const CONTINUATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    ủy: ['ban', 'xã', 'phường', 'tỉnh', 'huyện', 'quận', 'thị', 'thành', 'khối', 'đặc'],
    uỷ: ['ban', 'xã', 'phường', 'tỉnh', 'huyện', 'quận', 'thị', 'thành', 'khối', 'đặc'],
    đặc: ['khu'],
    ban: ['nhân', 'thường', 'chấp', 'chỉ'],
    nhân: ['dân'],
    dân: ['tỉnh', 'thành', 'huyện', 'quận', 'xã', 'phường', 'thị', 'vận', 'tộc'],
    ubnd: ['tỉnh', 'thành', 'huyện', 'quận', 'xã', 'phường', 'thị'],
    hđnd: ['tỉnh', 'thành', 'huyện', 'quận', 'xã', 'phường', 'thị'],
    hội: ['đồng'],
    đồng: ['nhân'],
    thành: ['phố', 'ủy', 'uỷ'],
    thị: ['xã', 'trấn', 'ủy', 'uỷ'],
    chấp: ['hành'],
    chính: ['trị', 'phủ'],
    bí: ['thư'],
    thường: ['vụ'],
    vụ: ['tỉnh', 'thành', 'huyện', 'đảng'],
    tỉnh: ['ủy', 'uỷ'],
    huyện: ['ủy', 'uỷ'],
    quận: ['ủy', 'uỷ'],
    xã: ['hội'],
    đảng: ['ủy', 'uỷ', 'bộ', 'đoàn'],
    bộ: ['tỉnh', 'thành', 'huyện', 'xã', 'trưởng', 'chính'],
    liên: ['hiệp'],
    hiệp: ['các'],
    khoa: ['học'],
    kỹ: ['thuật'],
    kĩ: ['thuật'],
    công: ['nghệ', 'an', 'thương', 'tác'],
    tuyên: ['giáo'],
    tổ: ['chức', 'quốc', 'công'],
    kiểm: ['tra', 'toán', 'sát'],
    văn: ['phòng', 'hóa', 'hoá'],
    thủ: ['tướng'],
    quốc: ['hội', 'phòng'],
    chỉ: ['đạo'],
    chủ: ['tịch'],
    nội: ['vụ', 'chính'],
    tài: ['chính', 'nguyên'],
    tư: ['pháp'],
    giáo: ['dục'],
    đào: ['tạo'],
    y: ['tế'],
    ngoại: ['giao'],
    xây: ['dựng'],
    giao: ['thông'],
    thông: ['tin'],
    truyền: ['thông'],
    lao: ['động'],
    thương: ['binh'],
    nông: ['nghiệp', 'thôn'],
    phát: ['triển'],
    môi: ['trường'],
    kế: ['hoạch'],
    đầu: ['tư'],
    thể: ['thao'],
    du: ['lịch'],
    cơ: ['quan'],
    mặt: ['trận'],
    trung: ['ương'],
  }),
)

const TOKEN = /[\p{L}\p{N}&]+/uy
const GAP = /[ \t\u00a0]*\r?\n?[ \t\u00a0]*/uy
/** A comma inside a name whose parts are listed: `Bộ Văn hóa, Thể thao và Du lịch`. */
const LISTED_PART =
  /,[ \t\u00a0]+(?=(\p{Lu}\p{L}*)(?:[ \t\u00a0]+\p{L}+){0,4}?[ \t\u00a0]+và[ \t\u00a0]+\p{Lu})/uy
/**
 * First words of a body's name: after a comma they begin another body (`Bộ Chính trị, Ban Bí
 * thư và …`), not the next part of the same name.
 */
const BODY_HEADS = new Set([
  'ban',
  'bộ',
  'ủy',
  'uỷ',
  'đảng',
  'tỉnh',
  'huyện',
  'thành',
  'thị',
  'hội',
  'sở',
  'ubnd',
  'hđnd',
  'mặt',
  'thủ',
  'chính',
  'quốc',
  'liên',
  'đoàn',
  'văn',
  'cục',
  'tổng',
  'viện',
  'trường',
  'chủ',
])

/** The length of a comma that continues a listed name at `position`, or 0. */
function listedPartAt(text: string, position: number): number {
  LISTED_PART.lastIndex = position
  const m = LISTED_PART.exec(text)
  if (!m || BODY_HEADS.has(m[1]!.toLowerCase())) return 0
  return m[0].length
}

/** An organisation name read from text, with UTF-16 offsets. */
export interface IssuerPhraseMatch {
  readonly start: number
  readonly end: number
  /** The name with white space folded: `Ban Bí thư Trung ương Đảng`. */
  readonly issuer: string
}

/**
 * Reads an organisation name starting exactly at `index` of an NFC string: capitalised words
 * (`Ban`, `Bí`, `Đảng`, `UBND`) joined by the lower-case syllables that continue such names
 * (`Ban Chấp hành`, `Ủy ban nhân dân tỉnh`, `Bộ Khoa học và Công nghệ`, `Đảng ủy xã Bình An`),
 * and the comma of a name whose parts are listed (`Bộ Văn hóa, Thể thao và Du lịch`, but not
 * the comma between two bodies: `Bộ Chính trị, Ban Bí thư`). Stops at other punctuation,
 * at a party term (`khóa X`), and where `stopAt(position)` says a new phrase begins.
 *
 * @example
 * ```ts
 * matchIssuerPhraseAt('của Bộ Chính trị khóa X về', 4) // { start: 4, end: 16, issuer: 'Bộ Chính trị' }
 * ```
 */
export function matchIssuerPhraseAt(
  text: string,
  index: number,
  stopAt: (position: number) => boolean = () => false,
): IssuerPhraseMatch | null {
  const words: { start: number; end: number; text: string; before: string }[] = []
  let position = index
  for (;;) {
    let at = position
    let before = ''
    if (words.length > 0) {
      GAP.lastIndex = position
      const gap = GAP.exec(text)
      const comma = gap && gap[0].length > 0 ? 0 : listedPartAt(text, position)
      if (comma > 0) {
        at = position + comma
        before = ', '
      } else {
        if (!gap || gap[0].length === 0) break
        at = position + gap[0].length
        before = ' '
      }
    }
    TOKEN.lastIndex = at
    const token = TOKEN.exec(text)
    if (!token || stopAt(at)) break
    const word = token[0]
    const capital = /^\p{Lu}/u.test(word)
    const previous = words.at(-1)?.text.toLowerCase()
    const lower = word.toLowerCase()
    let accepted = false
    if (words.length === 0) accepted = capital
    else if (capital) accepted = true
    else if (previous !== undefined && CONTINUATIONS.get(previous)?.includes(lower)) accepted = true
    else if (lower === 'và') {
      TOKEN.lastIndex = at + word.length
      const next = /\s+/uy
      next.lastIndex = at + word.length
      const space = next.exec(text)
      if (space) {
        TOKEN.lastIndex = at + word.length + space[0].length
        const following = TOKEN.exec(text)
        accepted =
          following !== null &&
          /^\p{Lu}/u.test(following[0]) &&
          !stopAt(at + word.length + space[0].length)
      }
    }
    if (!accepted) break
    words.push({ start: at, end: at + word.length, text: word, before })
    position = at + word.length
  }
  while (words.length > 0 && ['và', 'các'].includes(words.at(-1)!.text.toLowerCase())) words.pop()
  if (words.length === 0) return null
  return Object.freeze({
    start: words[0]!.start,
    end: words.at(-1)!.end,
    issuer: words.map((w, i) => (i === 0 ? w.text : `${w.before}${w.text}`)).join(''),
  })
}
