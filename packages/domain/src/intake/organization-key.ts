import { searchKey } from '../text/search-key.js'

// Abbreviations offices write for the same bodies, expanded so that both spellings meet.
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\bubnd\b/gu, 'uy ban nhan dan'],
  [/\bhdnd\b/gu, 'hoi dong nhan dan'],
  [/\bmttq\b/gu, 'mat tran to quoc'],
  [/\bubmttq\b/gu, 'uy ban mat tran to quoc'],
  [/\bvn\b/gu, 'viet nam'],
  [/\bkh&cn\b|\bkhcn\b/gu, 'khoa hoc va cong nghe'],
  [/\bvh,? ?tt ?& ?dl\b|\bvhttdl\b/gu, 'van hoa, the thao va du lich'],
  [/\bgd ?& ?dt\b|\bgddt\b/gu, 'giao duc va dao tao'],
  [/\btt ?& ?tt\b|\btttt\b/gu, 'thong tin va truyen thong'],
]

/**
 * The key an organisation's name is compared by: the accent-insensitive search key, with the
 * usual abbreviations written out (`UBND` → `ủy ban nhân dân`, `MTTQ`, `HĐND`), `&` read as
 * `và`, punctuation and the words "Việt Nam" at the end of a front's name left as they are.
 *
 * @example
 * ```ts
 * organizationKey('UBND tỉnh') === organizationKey('Ủy ban nhân dân tỉnh') // true
 * ```
 */
export function organizationKey(name: string): string {
  let key = searchKey(name)
  for (const [pattern, words] of ABBREVIATIONS) key = key.replace(pattern, words)
  return key
    .replace(/&/gu, ' va ')
    .replace(/[“”"'().:;]/gu, ' ')
    .replace(/\s*,\s*/gu, ', ')
    .replace(/\s+/gu, ' ')
    .replace(/,$/u, '')
    .trim()
}

// What a name may carry at its end that another spelling of it leaves out: the province's
// name, "tỉnh", "Tỉnh ủy".
const TAILS: readonly RegExp[] = [
  / tinh uy( [a-z ]+)?$/u,
  / thanh uy( [a-z ]+)?$/u,
  / tinh [a-z ]+$/u,
  / tinh$/u,
]

/**
 * The shorter keys a name is also known by: without the province (`Sở Nội vụ tỉnh Mẫu` →
 * `so noi vu`), without "Tỉnh ủy" (`Ban Tuyên giáo Tỉnh ủy` → `ban tuyen giao`). The key itself
 * first.
 *
 * @example
 * ```ts
 * organizationKeyVariants('Sở Nội vụ tỉnh Mẫu') // ['so noi vu tinh mau', 'so noi vu']
 * ```
 */
export function organizationKeyVariants(name: string): readonly string[] {
  const key = organizationKey(name)
  const variants = [key]
  for (const tail of TAILS) {
    const shorter = key.replace(tail, '').trim()
    if (shorter !== key && shorter.split(' ').length >= 2 && !variants.includes(shorter)) {
      variants.push(shorter)
    }
  }
  return variants
}
