import type { IsoDate } from '../calendar/iso-date.js'
import { type Citation, extractCitations } from '../citation/extract-citations.js'
import type { DirectiveKind } from '../directive/directive-kind.js'
import { KIND_WORDS, kindOfWords } from '../directive/kind-words.js'
import { formatDocumentSymbol, parseDocumentSymbol } from '../symbol/document-symbol.js'
import { cleanText } from '../text/nfc.js'
import { findVietnameseDates } from '../text/vietnamese-date.js'
import { type DocumentNaming, type Found, readDocumentNaming } from './document-naming.js'
import type { IntakeBlock, SourcePlace } from './intake-document.js'
import { readItemLabel } from './item-label.js'

export type { Found }

/** What a programme says of itself in its header (thể thức) and its signature. */
export interface DocumentHeader extends DocumentNaming {
  /** The documents it cites anywhere, each once, in order of first mention. */
  readonly citations: readonly Citation[]
}

const HEAD_BLOCKS = 25
const SYMBOL_LINE = /(?:^|\s)Số\s*[:.]?\s*(\d{1,6}\s*[-/][^\s,;]+)/u
const KIND_LINE = new RegExp(
  `^(?:${KIND_WORDS.filter(([, k]) => k !== null)
    .map(([w]) => w.replace(/ /gu, '\\s+'))
    .join('|')})\\b`,
  'iu',
)
// Whole words in capitals: "TỈNH ỦY QUẢNG NGÃI", "T/M BAN THƯỜNG VỤ".
const CAPITALS = /^[\p{Lu}\d\s/.,\-–]+$/u
// "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN": signed for the body (KT., Q. name the signer).
const SIGNER = /^(?:T\/M|TM\.?)\s*(.+)$/u

function sentenceCase(words: string): string {
  const lower = words.toLocaleLowerCase('vi')
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1)
}

function titleCase(words: string): string {
  if (!CAPITALS.test(words)) return words
  // "ỦY BAN NHÂN DÂN TỈNH AN PHÚ" → "Ủy ban nhân dân tỉnh An Phú": office style capitalises the
  // body's first word, "Tỉnh ủy" and the place's name; the matcher compares without case anyway.
  const capital = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1)
  return sentenceCase(words)
    .replace(/(?<!\p{L})(tỉnh ủy|thành ủy)(?!\p{L})/gu, capital)
    .replace(
      /(?<!\p{L})(tỉnh|thành phố|xã|phường|đặc khu) ([\p{L} ]+)$/u,
      (_, unit: string, place: string) => `${unit} ${place.split(' ').map(capital).join(' ')}`,
    )
}

interface Line {
  readonly text: string
  readonly place: SourcePlace
}

function symbolOf(lines: readonly Line[]): Found<string> | null {
  for (const line of lines) {
    const m = SYMBOL_LINE.exec(line.text)
    if (m === null) continue
    const parsed = parseDocumentSymbol(m[1]!)
    if (parsed.ok) {
      const confidence = parsed.value.warnings.length === 0 ? 0.95 : 0.8
      return { value: formatDocumentSymbol(parsed.value), place: line.place, confidence }
    }
  }
  return null
}

function issuedOnOf(lines: readonly Line[]): Found<IsoDate> | null {
  for (const line of lines) {
    if (!/ng[àa]y.+th[áa]ng.+n[ăa]m/iu.test(line.text)) continue
    const date = findVietnameseDates(line.text)[0]?.date
    if (date) return { value: date, place: line.place, confidence: 0.95 }
  }
  return null
}

function issuerOf(lines: readonly Line[], all: readonly Line[]): Found<string> | null {
  const top = lines.find(
    (l) =>
      CAPITALS.test(l.text) &&
      !KIND_LINE.test(l.text) &&
      !/^(?:CỘNG HÒA|ĐẢNG CỘNG SẢN|ĐỘC LẬP|SỐ)/u.test(l.text),
  )
  const signer = [...all].reverse().find((l) => SIGNER.test(l.text) && CAPITALS.test(l.text))
  const signed = signer ? SIGNER.exec(signer.text)![1]!.trim() : null
  if (signer && signed) {
    // "T/M BAN THƯỜNG VỤ" under "TỈNH ỦY AN PHÚ": the standing committee of that committee.
    const committee = top ? /^(?:TỈNH|THÀNH|ĐẢNG) ỦY(?: XÃ| PHƯỜNG)?/u.exec(top.text) : null
    if (/^(?:BAN THƯỜNG VỤ|BAN CHẤP HÀNH|THƯỜNG TRỰC)$/u.test(signed) && committee) {
      return {
        value: titleCase(`${signed} ${committee[0]}`),
        place: signer.place,
        confidence: 0.85,
      }
    }
    // "TM. ỦY BAN NHÂN DÂN" under "ỦY BAN NHÂN DÂN TỈNH AN PHÚ": the body named in full at the top.
    const value = top?.text.startsWith(signed) ? top.text : signed
    return { value: titleCase(value), place: signer.place, confidence: 0.8 }
  }
  return top ? { value: titleCase(top.text), place: top.place, confidence: 0.7 } : null
}

function titleOf(lines: readonly Line[]): {
  kind: Found<DirectiveKind> | null
  title: Found<string> | null
} {
  const at = lines.findIndex(
    (l) => KIND_LINE.test(l.text) && l.text.length < 400 && !/^Số/u.test(l.text),
  )
  if (at < 0) return { kind: null, title: null }
  const head = lines[at]!
  const words = KIND_LINE.exec(head.text)![0]
  const kind = kindOfWords(words)
  // The summary runs from the kind words over the next lines, up to a rule or the first
  // paragraph of running text.
  const parts = [head.text]
  for (const line of lines.slice(at + 1, at + 6)) {
    if (/^[-–—_*]{3,}$/u.test(line.text) || readItemLabel(line.text) !== null) break
    if (line.text.length > 300 || /^(Căn cứ|Thực hiện|Ngày \d|Để )/u.test(line.text)) break
    parts.push(line.text)
  }
  const joined = cleanText(parts.join(' ')).replace(/^[*]+|[*]+$/gu, '')
  const rest = joined.slice(words.length).trim()
  const title = `${sentenceCase(cleanText(words))}${rest === '' ? '' : ` ${rest}`}`
  return {
    kind: kind === null ? null : { value: kind, place: head.place, confidence: 0.9 },
    title: { value: title, place: head.place, confidence: rest === '' ? 0.5 : 0.85 },
  }
}

/**
 * The header of a document without paragraphs (a workbook): read from the title lines above
 * its tables, the first line that names a document ("Chương trình số 06-CTr/TU: …") giving
 * the symbol, kind, title and, where it says them, the day and the issuer. All `null` when no
 * title line names one.
 */
function headerFromTableTitles(blocks: readonly IntakeBlock[]): DocumentHeader {
  for (const block of blocks) {
    if (block.kind !== 'table' || block.title === undefined) continue
    for (const line of block.title.split('\n')) {
      const naming = readDocumentNaming(line, block.place)
      if (naming === null) continue
      const citations = extractCitations(naming.title?.value ?? '')
      const symbol = naming.symbol?.value
      return {
        ...naming,
        citations: citations.filter((c) => formatDocumentSymbol(c.symbol) !== symbol),
      }
    }
  }
  return { symbol: null, issuedOn: null, issuer: null, kind: null, title: null, citations: [] }
}

/**
 * Reads a programme's header: its symbol ("Số: 06-CTr/TU", by the domain's symbol parser), the
 * day it was issued (the signing line "Quảng Ngãi, ngày 05 tháng 02 năm 2021"), the issuing body
 * (the signature "T/M BAN THƯỜNG VỤ" under "TỈNH ỦY …", or the body named at the top), its kind
 * and summary line (the kind words in capitals and the lines after them), and every document
 * it cites (`extractCitations`). A document without paragraphs (a workbook) is read from the
 * title lines above its tables where one names the document. What it cannot find is `null`.
 *
 * @example
 * ```ts
 * readDocumentHeader(document.blocks).symbol?.value // '06-CTr/TU'
 * ```
 */
export function readDocumentHeader(blocks: readonly IntakeBlock[]): DocumentHeader {
  const all: Line[] = blocks.flatMap((b) =>
    b.kind === 'paragraph' ? [{ text: cleanText(b.text), place: b.place }] : [],
  )
  if (all.length === 0) return headerFromTableTitles(blocks)
  const first = all.findIndex((l) => readItemLabel(l.text)?.kind === 'ROMAN')
  const head = all.slice(0, first < 0 ? HEAD_BLOCKS : Math.min(first, HEAD_BLOCKS))
  const { kind, title } = titleOf(head)
  const seen = new Set<string>()
  const citations = all
    .flatMap((l) => extractCitations(l.text))
    .filter((c) => {
      const key = formatDocumentSymbol(c.symbol)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  const symbol = symbolOf(head)
  return {
    symbol,
    issuedOn: issuedOnOf(head),
    issuer: issuerOf(head, all),
    kind,
    title,
    citations: citations.filter(
      (c) => symbol === null || formatDocumentSymbol(c.symbol) !== symbol.value,
    ),
  }
}
