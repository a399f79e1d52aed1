import { extractCitations } from '../citation/extract-citations.js'
import { formatDocumentSymbol, parseDocumentSymbol } from '../symbol/document-symbol.js'
import { cleanText } from '../text/nfc.js'
import type { DocumentHeader } from './document-header.js'
import { type DocumentNaming, type Found, readDocumentNaming } from './document-naming.js'
import type { SourcePlace } from './intake-document.js'
import type { TaskCandidate } from './task-candidate.js'

/**
 * Reads the cell of a table's document column ("Văn bản", "Số, ký hiệu văn bản"): a line naming
 * the document as chidao's workbook titles do ("Chương trình số 06-CTr/TU ngày 15/3/2021 của Ban
 * Thường vụ Tỉnh ủy: …"), a bare symbol ("06-CTr/TU", "Số: 45-KH/HU"), or a citation in words
 * ("Kế hoạch 45-KH/HU ngày 02/4/2026 của Huyện ủy"). The symbol is canonical; the kind is the
 * words' or else the symbol's type code's. `null` when the cell names no document these ways.
 *
 * @example
 * ```ts
 * readDocumentCell('45-KH/HU', { block: 3, row: 4, column: 2 })?.kind?.value // 'PLAN'
 * ```
 */
export function readDocumentCell(text: string, place: SourcePlace): DocumentNaming | null {
  const cell = cleanText(text)
  const found = <T>(value: T, confidence: number): Found<T> => ({ value, place, confidence })
  const named = readDocumentNaming(cell, place)
  if (named !== null) {
    if (named.kind !== null || named.symbol === null) return named
    const parsed = parseDocumentSymbol(named.symbol.value)
    const kind = parsed.ok ? parsed.value.kind : null
    return { ...named, kind: kind === null ? null : found(kind, 0.85) }
  }
  const parsed = parseDocumentSymbol(cell)
  if (parsed.ok) {
    const { value } = parsed
    return {
      symbol: found(formatDocumentSymbol(value), value.warnings.length > 0 ? 0.8 : 0.95),
      issuedOn: null,
      issuer: null,
      kind: value.kind === null ? null : found(value.kind, 0.85),
      title: null,
    }
  }
  const citation = extractCitations(cell)[0]
  if (citation === undefined) return null
  const kind = citation.kind ?? citation.symbol.kind
  return {
    symbol: found(formatDocumentSymbol(citation.symbol), citation.warnings.length > 0 ? 0.7 : 0.9),
    issuedOn: citation.issuedOn === null ? null : found(citation.issuedOn, 0.9),
    issuer: citation.issuer === null ? null : found(citation.issuer, 0.8),
    kind: kind === null ? null : found(kind, 0.85),
    title: null,
  }
}

/** One document a draft carries: the one its header names, or one a table's rows name. */
export interface DraftedDocument {
  /** The symbol, canonical; `''` for a header that names none. */
  readonly symbol: string
  /** What the header, or the cells naming it, say of it (the first cell saying a thing wins). */
  readonly naming: DocumentNaming
  /** Where it is first named: the header's first block, or the first cell naming it. */
  readonly place: SourcePlace
  readonly fromHeader: boolean
}

/** A document cell that names no document: its task is drafted under the header's. */
export interface UnreadDocumentCell {
  readonly text: string
  readonly place: SourcePlace
}

/** The documents of a draft, and for each task candidate (in order) the one it belongs to. */
export interface DocumentsOfDraft {
  /** The header's document first where the draft carries it, then the others as first named. */
  readonly documents: readonly DraftedDocument[]
  /** Per candidate, the index of its document in {@link documents}. */
  readonly documentOf: readonly number[]
  /** Per candidate, its document cell where no document could be read from it. */
  readonly unread: readonly (UnreadDocumentCell | null)[]
}

function mergeNaming(first: DocumentNaming, more: DocumentNaming): DocumentNaming {
  return {
    symbol: first.symbol ?? more.symbol,
    issuedOn: first.issuedOn ?? more.issuedOn,
    issuer: first.issuer ?? more.issuer,
    kind: first.kind ?? more.kind,
    title: first.title ?? more.title,
  }
}

/**
 * Sorts the task candidates by document: a row whose document column names another document
 * than the header's belongs to that document (a workbook of an organisation lists the tasks of
 * every directive it leads), every other candidate to the header's. The header's document is
 * carried when it names one, when a candidate belongs to it, or when there is no other; a row
 * whose cell names no readable document falls back to it and is listed in `unread`.
 */
export function documentsOfDraft(
  header: DocumentHeader,
  candidates: readonly TaskCandidate[],
  start: SourcePlace,
): DocumentsOfDraft {
  const headerSymbol = header.symbol?.value ?? ''
  const named = new Map<string, { naming: DocumentNaming; place: SourcePlace }>()
  const keys: string[] = []
  const unread: (UnreadDocumentCell | null)[] = []
  for (const candidate of candidates) {
    const text = candidate.document ?? ''
    const place = candidate.places?.document ?? candidate.place
    const naming = text === '' ? null : readDocumentCell(text, place)
    const symbol = naming?.symbol?.value ?? ''
    unread.push(text !== '' && symbol === '' ? { text, place } : null)
    if (naming === null || symbol === '' || symbol === headerSymbol) {
      keys.push(headerSymbol)
      continue
    }
    keys.push(symbol)
    const known = named.get(symbol)
    named.set(
      symbol,
      known ? { ...known, naming: mergeNaming(known.naming, naming) } : { naming, place },
    )
  }
  const withHeader = headerSymbol !== '' || named.size === 0 || keys.includes(headerSymbol)
  const documents: DraftedDocument[] = [
    ...(withHeader
      ? [{ symbol: headerSymbol, naming: header, place: start, fromHeader: true }]
      : []),
    ...[...named].map(([symbol, { naming, place }]) => ({
      symbol,
      naming,
      place,
      fromHeader: false,
    })),
  ]
  const index = new Map(documents.map((d, i) => [d.fromHeader ? headerSymbol : d.symbol, i]))
  return { documents, documentOf: keys.map((k) => index.get(k)!), unread }
}
