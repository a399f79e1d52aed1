/** The kinds of label a programme numbers its parts with, outermost first. */
export type ItemLabelKind = 'ROMAN' | 'NUMBER' | 'LETTER' | 'DASH' | 'PLUS'

/** A label read at the start of a paragraph: `II.`, `1.`, `1.2.`, `a)`, `-`, `+`. */
export interface ItemLabel {
  readonly kind: ItemLabelKind
  /** The label without its punctuation (`II`, `1`, `1.2`, `a`); `-` or `+` for bullets. */
  readonly label: string
  /** Nesting rank: a smaller rank holds a larger one (I. holds 1. holds 1.1. holds a) holds -). */
  readonly rank: number
  /** The paragraph's text after the label. */
  readonly rest: string
}

const ROMAN = /^([IVXL]{1,6})\s*[.)/]\s*(?=\S)/u
const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*[.)]\s*|\s+(?=\p{Lu}))(?=\S)/u
const LETTER = /^([a-zđ])\s*[).]\s+(?=\S)/u
const DASH = /^[-–—•]\s*(?=\S)/u
const PLUS = /^\+\s*(?=\S)/u

function labelOf(text: string): ItemLabel | null {
  const roman = ROMAN.exec(text)
  if (roman) return { kind: 'ROMAN', label: roman[1]!, rank: 10, rest: text.slice(roman[0].length) }
  const number = NUMBER.exec(text)
  // "2026 là năm…" is no label: at most two digits per part, and a bare number needs its dot.
  if (number && (number[1]!.includes('.') || /[.)]/u.test(number[0]))) {
    const depth = number[1]!.split('.').length
    return {
      kind: 'NUMBER',
      label: number[1]!,
      rank: 20 + depth,
      rest: text.slice(number[0].length),
    }
  }
  const letter = LETTER.exec(text)
  if (letter)
    return { kind: 'LETTER', label: letter[1]!, rank: 30, rest: text.slice(letter[0].length) }
  const dash = DASH.exec(text)
  if (dash) return { kind: 'DASH', label: '-', rank: 40, rest: text.slice(dash[0].length) }
  const plus = PLUS.exec(text)
  if (plus) return { kind: 'PLUS', label: '+', rank: 50, rest: text.slice(plus[0].length) }
  return null
}

/**
 * Reads the label of a paragraph: Word's list numbering when the source gives it (the text is
 * then all content), else a number or bullet typed by hand at the start of the text. `null` for
 * a paragraph without one.
 *
 * @example
 * ```ts
 * readItemLabel('II. NHIỆM VỤ VÀ GIẢI PHÁP') // { kind: 'ROMAN', label: 'II', rank: 10, rest: 'NHIỆM VỤ VÀ GIẢI PHÁP' }
 * readItemLabel('Tăng cường…', 'b)') // { kind: 'LETTER', label: 'b', rank: 30, rest: 'Tăng cường…' }
 * ```
 */
export function readItemLabel(text: string, numbering?: string): ItemLabel | null {
  const trimmed = text.trim()
  if (numbering !== undefined && numbering.trim() !== '') {
    const label = labelOf(`${numbering.trim()} x`)
    if (label !== null) return { ...label, rest: trimmed }
  }
  return labelOf(trimmed)
}
