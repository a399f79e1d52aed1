import type { ParagraphStyle } from './docx-styles.js'
import {
  childNamed,
  childrenOf,
  switchOf,
  tagOf,
  textOf,
  wordValue,
  type XmlNode,
} from './xml-node.js'

/** A Word paragraph reduced to what the intake keeps, before its place is known. */
export interface WordParagraph {
  readonly text: string
  readonly numId?: string
  readonly ilvl?: number
  readonly heading: boolean
}

/** Elements whose text a person does not see in the body: deleted text, drawings, fields' codes. */
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:pPr',
  'w:rPr',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:instrText',
  'w:delText',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
])

interface Run {
  readonly text: string
  readonly bold: boolean
}

function runText(run: XmlNode): string {
  let text = ''
  for (const child of childrenOf(run)) {
    const tag = tagOf(child)
    if (tag === 'w:t') text += textOf(child)
    else if (tag === 'w:tab' || tag === 'w:ptab') text += '\t'
    else if (tag === 'w:br' || tag === 'w:cr') text += '\n'
    else if (tag === 'w:noBreakHyphen') text += '-'
  }
  return text
}

/** The runs of a paragraph in order, through hyperlinks, insertions, fields and content controls. */
function collectRuns(node: XmlNode, styleBold: boolean, runs: Run[]): void {
  for (const child of childrenOf(node)) {
    const tag = tagOf(child)
    if (tag === 'w:r') {
      const bold = switchOf(childNamed(child, 'w:rPr'), 'w:b') ?? styleBold
      runs.push({ text: runText(child), bold })
    } else if (tag !== '#text' && !SKIPPED.has(tag)) {
      collectRuns(child, styleBold, runs)
    }
  }
}

/**
 * Reads one `w:p`: its text (tabs and line breaks kept), its list numbering (direct, or from
 * its style), and whether it is a heading — by style or outline level, or set in bold
 * throughout (every run with visible text bold).
 */
export function readWordParagraph(
  p: XmlNode,
  styles: ReadonlyMap<string, ParagraphStyle>,
): WordParagraph {
  const pPr = childNamed(p, 'w:pPr')
  const styleId = wordValue(pPr, 'w:pStyle')
  const style = styleId === undefined ? undefined : styles.get(styleId)
  const runs: Run[] = []
  collectRuns(p, style?.bold ?? false, runs)
  const text = runs.map((r) => r.text).join('')
  const visible = runs.filter((r) => r.text.trim() !== '')
  const bold = visible.length > 0 && visible.every((r) => r.bold)
  const outline = wordValue(pPr, 'w:outlineLvl')
  const heading =
    (style?.heading ?? false) || (outline !== undefined && Number(outline) < 9) || bold
  const numPr = childNamed(pPr, 'w:numPr')
  const numId = wordValue(numPr, 'w:numId') ?? style?.numId
  const ilvl = Number(wordValue(numPr, 'w:ilvl') ?? style?.ilvl ?? 0)
  return {
    text,
    heading,
    ...(numId === undefined || numId === '0' ? {} : { numId, ilvl }),
  }
}
