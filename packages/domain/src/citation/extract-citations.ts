import type { DirectiveKind } from '../directive/directive-kind.js'
import { DIRECTIVE_KIND_LABELS } from '../directive/directive-kind.js'
import { KIND_WORDS, kindOfWords, wordsAgreeWithCode } from '../directive/kind-words.js'
import { type DocumentSymbol, parseDocumentSymbol } from '../symbol/document-symbol.js'
import { matchPartyTermAt } from '../text/party-term.js'
import { matchVietnameseDateAt } from '../text/vietnamese-date.js'
import { matchIssuerPhraseAt } from './issuer-phrase.js'

/**
 * A reference to a document found in running text, e.g. `Chỉ thị số 42-CT/TW, ngày 16/4/2010
 * của Bộ Chính trị khóa X`.
 */
export interface Citation {
  /** UTF-16 offset of the first character, in the NFC-normalised text. */
  readonly start: number
  /** UTF-16 offset just past the last character, in the NFC-normalised text. */
  readonly end: number
  /** Kind from the words (`Kết luận`, `Chỉ thị`…), or else from the symbol. */
  readonly kind: DirectiveKind | null
  readonly symbol: DocumentSymbol
  /** Issue date (ISO) when the citation states it. */
  readonly issuedOn: string | null
  /** Issuing body as written after `của`: `Ban Bí thư Trung ương Đảng`. */
  readonly issuer: string | null
  /** Party term (khóa) of the issuer: 10 for `khóa X`. */
  readonly term: number | null
  /** Disagreements found, e.g. the words say Chỉ thị but the code says KL. */
  readonly warnings: readonly string[]
}

function wordPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')
}

const KIND_ALT = KIND_WORDS.map(([w]) => wordPattern(w)).join('|')
const LAW_ALT = ['Bộ luật', 'Luật', 'Pháp lệnh'].map(wordPattern).join('|')
/** A word of a law's name: no punctuation, not the start of another kind word. */
const TITLE_WORD = `(?!(?:${KIND_ALT})(?![\\p{L}]))[^\\s,.;:()"“”]+`
/** Kind words (and `số`) ending right before a symbol. */
const BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${LAW_ALT})(?:\\s+${TITLE_WORD}){1,12}?\\s+số\\s*:?|(${KIND_ALT})(?:\\s+số\\s*:?)?)\\s*$`,
  'iu',
)
const KIND_AT = new RegExp(`(?:${KIND_ALT})(?![\\p{L}])`, 'iuy')
/**
 * A run that may be a document symbol: a number then code segments; the hyphen after the number
 * may stand between spaces (`42 - CT/TW`) when a code in capitals and another segment follow.
 */
const CANDIDATE =
  /(?<![\p{L}\p{N}/\-–.&])\d{1,6}(?:[ \t\u00a0]*[-–][ \t\u00a0]*\p{Lu}[\p{L}\p{N}&]*(?=[-–/][\p{L}\p{N}&])|[-–/]?[\p{L}&][\p{L}\p{N}&]*|[-–/]\p{N}+)(?:[-–/][\p{L}\p{N}&]+)*/gu
const LOOKBACK = 200

/** Code segments of a candidate must start with a capital: `1-tt/ha` is not a symbol. */
function looksLikeSymbol(candidate: string): boolean {
  const segments = candidate.replace(/[ \t\u00a0]+/gu, '').split(/[-–/]|(?<=\p{N})(?=\p{L})/u)
  return segments.every((s) => s === '' || /^\p{N}/u.test(s) || /^\p{Lu}/u.test(s))
}

function sticky(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  const re = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/gu, '')}y`)
  re.lastIndex = index
  return re.exec(text)
}

const DATE_LEAD = /[ \t\u00a0]*(?:,|\()?\s*(?:ban\s+hành\s+)?(?=ng[àa]y\s)/iu
const ISSUER_LEAD = /\s*,?\s*của\s+/iu
/**
 * A session of a committee before its name: `Hội nghị lần thứ tám Ban Chấp hành Trung ương
 * Đảng` is a resolution of the Central Committee; `Hội nghị Trung ương 8` names it alone.
 */
const SESSION_LEAD = /Hội\s+nghị\s+(?:lần\s+thứ\s+[\p{L}\p{N}]+\s+(?:của\s+)?)?(?=\p{Lu})/iuy
const CENTRAL_SESSION =
  /Hội\s+nghị\s+(?:lần\s+thứ\s+[\p{L}\p{N}]+\s+)?Trung\s+ương\s+(?:lần\s+thứ\s+)?(?!kh(?:óa|oá)\s)[\p{L}\p{N}]+(?![\p{L}\p{N}])(?!\s+Đảng)/iuy
/** How the Central Committee is named when only its session is. */
const CENTRAL_COMMITTEE = 'Ban Chấp hành Trung ương Đảng'
const TERM_LEAD = /\s*(?=\(?\s*kh)/iu

/**
 * Finds every reference to a document in running text, in order of appearance: the kind from
 * the words before it (`Chỉ thị`, `Kết luận`, `Nghị định`… in any case) or else from the symbol,
 * the symbol itself (any accepted spelling), and what follows: the date (`, ngày 16/4/2010`,
 * `ngày 20 tháng 9 năm 2024`), the issuer (`của Ban Bí thư Trung ương Đảng`) and the term
 * (`khóa X`). Offsets are UTF-16 offsets into the NFC-normalised text and cover the whole
 * citation. Bare numbers, dates, phone numbers, percentages and fractions (`1/2`,
 * `2020/2021`) are never citations. Never throws.
 *
 * @example
 * ```ts
 * const [c] = extractCitations('thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị khóa X về …')
 * c.kind // 'DIRECTIVE'
 * c.issuedOn // '2010-04-16'
 * c.issuer // 'Bộ Chính trị'
 * c.term // 10
 * ```
 */
export function extractCitations(text: string): Citation[] {
  if (typeof text !== 'string') return []
  const s = text.normalize('NFC')
  const citations: Citation[] = []
  for (const m of s.matchAll(CANDIDATE)) {
    const candidate = m[0]
    if (!looksLikeSymbol(candidate)) continue
    const parsed = parseDocumentSymbol(candidate)
    if (!parsed.ok) continue
    const symbol = parsed.value
    const symbolStart = m.index
    const symbolEnd = m.index + candidate.length

    const windowStart = Math.max(0, symbolStart - LOOKBACK, citations.at(-1)?.end ?? 0)
    const before = BEFORE.exec(s.slice(windowStart, symbolStart))
    const words = before ? (before[1] ?? before[2]!) : null
    const wordsKind = words === null ? null : kindOfWords(words)
    // An official letter with no type needs a unit or the words before it: `5/UBND` alone is not enough.
    if (
      symbol.system === 'STATE' &&
      symbol.typeCode === null &&
      symbol.year === null &&
      !symbol.issuerCode.includes('-') &&
      before === null
    ) {
      continue
    }
    const start = before ? windowStart + before.index : symbolStart

    let end = symbolEnd
    let issuedOn: string | null = null
    let issuer: string | null = null
    let term: number | null = null
    const warnings: string[] = []

    const readDate = (): boolean => {
      const lead = sticky(DATE_LEAD, s, end)
      if (!lead) return false
      const date = matchVietnameseDateAt(s, end + lead[0].length)
      if (!date) return false
      let dateEnd = date.end
      if (lead[0].includes('(')) {
        const close = sticky(/\s*\)/u, s, dateEnd)
        if (!close) return false
        dateEnd += close[0].length
      }
      issuedOn = date.date
      if (date.date === null) {
        warnings.push(`The date ${date.day}/${date.month}/${date.year} does not exist`)
      }
      end = dateEnd
      return true
    }
    const readTerm = (): void => {
      const lead = sticky(TERM_LEAD, s, end)
      if (!lead) return
      const found = matchPartyTermAt(s, end + lead[0].length)
      if (found && found.start === end + lead[0].length) {
        term = found.term
        end = found.end
      }
    }
    const stopAt = (position: number): boolean =>
      sticky(KIND_AT, s, position) !== null || matchPartyTermAt(s, position) !== null

    const dated = readDate()
    const issuerLead = sticky(ISSUER_LEAD, s, end)
    if (issuerLead) {
      const from = end + issuerLead[0].length
      const central = sticky(CENTRAL_SESSION, s, from)
      const session = central ? null : sticky(SESSION_LEAD, s, from)
      const phrase = central
        ? null
        : matchIssuerPhraseAt(s, from + (session?.[0].length ?? 0), stopAt)
      if (central) {
        issuer = CENTRAL_COMMITTEE
        end = from + central[0].length
      } else if (phrase) {
        issuer = phrase.issuer
        end = phrase.end
      }
    }
    readTerm()
    if (!dated) readDate()

    if (wordsKind !== null && !wordsAgreeWithCode(wordsKind, symbol.kind)) {
      const saying = DIRECTIVE_KIND_LABELS[wordsKind].vi
      const code = symbol.typeCode ?? symbol.issuerCode
      warnings.push(
        `The words say "${saying}" (${wordsKind}) but the code ${code} of ${candidate} means ${symbol.kind}`,
      )
    }
    citations.push(
      Object.freeze({
        start,
        end,
        kind: wordsKind ?? symbol.kind,
        symbol,
        issuedOn,
        issuer,
        term,
        warnings: Object.freeze(warnings),
      }),
    )
  }
  return citations
}
