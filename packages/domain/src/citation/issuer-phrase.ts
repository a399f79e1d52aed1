/**
 * Lower-case syllables that continue an organisation name, keyed by the syllable before them.
 * Vietnamese capitalises the first syllable of each name component only (`Ban Chấp hành Trung
 * ương`, `Ủy ban nhân dân tỉnh`), so a name is read as capitalised words plus these known
 * continuations; anything else ends it (`… Trung ương Đảng ban hành` stops before `ban`).
 */
const CONTINUATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    ủy: ['ban'],
    uỷ: ['ban'],
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
 * (`Ban Chấp hành`, `Ủy ban nhân dân tỉnh`, `Bộ Khoa học và Công nghệ`). Stops at punctuation,
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
  const words: { start: number; end: number; text: string }[] = []
  let position = index
  for (;;) {
    let at = position
    if (words.length > 0) {
      GAP.lastIndex = position
      const gap = GAP.exec(text)
      if (!gap || gap[0].length === 0) break
      at = position + gap[0].length
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
    words.push({ start: at, end: at + word.length, text: word })
    position = at + word.length
  }
  while (words.length > 0 && ['và', 'các'].includes(words.at(-1)!.text.toLowerCase())) words.pop()
  if (words.length === 0) return null
  return Object.freeze({
    start: words[0]!.start,
    end: words.at(-1)!.end,
    issuer: words.map((w) => w.text).join(' '),
  })
}
