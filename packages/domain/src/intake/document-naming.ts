import type { IsoDate } from '../calendar/iso-date.js'
import type { DirectiveKind } from '../directive/directive-kind.js'
import { KIND_WORDS, kindOfWords } from '../directive/kind-words.js'
import { formatDocumentSymbol, parseDocumentSymbol } from '../symbol/document-symbol.js'
import { cleanText } from '../text/nfc.js'
import { findVietnameseDates } from '../text/vietnamese-date.js'
import type { SourcePlace } from './intake-document.js'

/** A value read from the document, with where it stands and how sure the rule is (0–1). */
export interface Found<T> {
  readonly value: T
  readonly place: SourcePlace
  readonly confidence: number
}

/** What a line naming a document says of it; `null` for what it does not say. */
export interface DocumentNaming {
  /** The symbol, canonical ("06-CTr/TU"). */
  readonly symbol: Found<string> | null
  readonly issuedOn: Found<IsoDate> | null
  /** The issuing body as written ("Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân tỉnh Mẫu"). */
  readonly issuer: Found<string> | null
  readonly kind: Found<DirectiveKind> | null
  /** Kind words and summary line (trích yếu): "Chương trình hành động thực hiện Kết luận số 93-KL/TW…". */
  readonly title: Found<string> | null
}

// "Chương trình số 06-CTr/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy: Chương trình hành động…":
// the kind words, the symbol, then the day and the issuer where given, the summary after the colon.
const NAMING = new RegExp(
  `^(${KIND_WORDS.filter(([, k]) => k !== null)
    .map(([w]) => w.replace(/ /gu, '\\s+'))
    .join('|')})\\s+(?:số|Số)\\s*[:.]?\\s*(\\d{1,6}\\s*[-/][^\\s,;:]+)([^:]*?)(?::\\s*(.+))?$`,
  'iu',
)
const ISSUER = /(?:^|\s)của\s+(.+)$/u

/**
 * Reads a line that names a document the way a table's title names its subject — the kind
 * words, "số" and the symbol, the day ("ngày 15/3/2021") and the issuer ("của Ban Thường vụ
 * Tỉnh ủy") where given, the summary (trích yếu) after a colon — as a workbook exported from
 * chidao titles its tables. `null` when the line names no document this way.
 *
 * @example
 * ```ts
 * readDocumentNaming('Chương trình số 06-CTr/TU: Chương trình hành động…', { block: 1 })?.symbol?.value
 * // '06-CTr/TU'
 * ```
 */
export function readDocumentNaming(text: string, place: SourcePlace): DocumentNaming | null {
  const m = NAMING.exec(cleanText(text))
  if (m === null) return null
  const parsed = parseDocumentSymbol(m[2]!)
  if (!parsed.ok) return null
  const kind = kindOfWords(m[1]!)
  const middle = m[3]!.trim()
  const date = findVietnameseDates(middle)[0]?.date ?? null
  const issuer = ISSUER.exec(middle)?.[1]?.trim() ?? ''
  const summary = m[4]?.trim() ?? ''
  const found = <T>(value: T, confidence: number): Found<T> => ({ value, place, confidence })
  return {
    symbol: found(formatDocumentSymbol(parsed.value), parsed.value.warnings.length ? 0.8 : 0.95),
    issuedOn: date === null ? null : found(date, 0.9),
    issuer: issuer === '' ? null : found(issuer, 0.8),
    kind: kind === null ? null : found(kind, 0.9),
    title: summary === '' ? null : found(summary, 0.85),
  }
}
