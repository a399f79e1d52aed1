import {
  attributeOf,
  childNamed,
  childrenNamed,
  switchOf,
  tagOf,
  wordValue,
  type XmlNode,
} from './xml-node.js'

/** What a paragraph inherits from its style (through `w:basedOn`), as far as the reader needs. */
export interface ParagraphStyle {
  /** A heading style ("heading 1", "Title") or one with an outline level. */
  readonly heading: boolean
  /** Bold set by the style's run properties. */
  readonly bold: boolean
  /** List numbering attached to the style (Word's "List Number" and outline-numbered headings). */
  readonly numId?: string
  readonly ilvl?: number
}

interface RawStyle {
  readonly name: string
  readonly basedOn?: string
  readonly outline: boolean
  readonly bold?: boolean
  readonly numId?: string
  readonly ilvl?: number
}

const HEADING_NAME = /^(heading\s*\d|title|tiêu đề\s*\d*)$/iu

function rawStyle(style: XmlNode): RawStyle {
  const pPr = childNamed(style, 'w:pPr')
  const numPr = childNamed(pPr, 'w:numPr')
  const numId = wordValue(numPr, 'w:numId')
  const ilvl = wordValue(numPr, 'w:ilvl')
  const outline = wordValue(pPr, 'w:outlineLvl')
  const bold = switchOf(childNamed(style, 'w:rPr'), 'w:b')
  const basedOn = wordValue(style, 'w:basedOn')
  return {
    name: wordValue(style, 'w:name') ?? '',
    ...(basedOn === undefined ? {} : { basedOn }),
    // Outline level 9 is "body text".
    outline: outline !== undefined && Number(outline) < 9,
    ...(bold === undefined ? {} : { bold }),
    ...(numId === undefined ? {} : { numId }),
    ...(ilvl === undefined ? {} : { ilvl: Number(ilvl) }),
  }
}

/** The paragraph styles of `word/styles.xml`, each resolved through its `w:basedOn` chain. */
export function paragraphStyles(styles: readonly XmlNode[]): ReadonlyMap<string, ParagraphStyle> {
  const raw = new Map<string, RawStyle>()
  const root = styles.find((n) => tagOf(n) === 'w:styles')
  for (const style of root === undefined ? [] : childrenNamed(root, 'w:style')) {
    const id = attributeOf(style, 'w:styleId')
    if (id !== undefined && attributeOf(style, 'w:type') !== 'character')
      raw.set(id, rawStyle(style))
  }
  const resolved = new Map<string, ParagraphStyle>()
  for (const id of raw.keys()) {
    let heading = false
    let bold: boolean | undefined
    let numId: string | undefined
    let ilvl: number | undefined
    const seen = new Set<string>()
    // Nearest style wins for each property; a cycle of basedOn is cut.
    for (let at: string | undefined = id; at !== undefined && !seen.has(at); ) {
      seen.add(at)
      const style = raw.get(at)
      if (style === undefined) break
      heading ||= style.outline || HEADING_NAME.test(style.name.trim())
      bold ??= style.bold
      numId ??= style.numId
      ilvl ??= style.ilvl
      at = style.basedOn
    }
    resolved.set(id, {
      heading,
      bold: bold ?? false,
      ...(numId === undefined ? {} : { numId }),
      ...(ilvl === undefined ? {} : { ilvl }),
    })
  }
  return resolved
}
