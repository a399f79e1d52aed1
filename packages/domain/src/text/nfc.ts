/**
 * Normalises text to Unicode NFC. Vietnamese arrives both composed (`ó` as one code point) and
 * decomposed (`o` + combining acute), and the two compare unequal until normalised: every entry
 * point of chidao calls this first.
 *
 * @example
 * ```ts
 * nfc('kho\u0301a') === 'khóa' // true
 * ```
 */
export function nfc(text: string): string {
  return text.normalize('NFC')
}

/**
 * Normalises to NFC, trims, and folds runs of white space (including non-breaking spaces and
 * line breaks) to one space: the form in which names and titles are stored.
 *
 * @example
 * ```ts
 * cleanText('  Ban  Tuyên\u00a0giáo \n') // 'Ban Tuyên giáo'
 * ```
 */
export function cleanText(text: string): string {
  return nfc(text).replace(/\s+/gu, ' ').trim()
}
