import type { IntakeBlock, IntakeParagraph, SourcePlace } from './intake-document.js'
import { type ItemLabel, readItemLabel } from './item-label.js'

/**
 * One numbered part of a programme: its label, its heading (the text after the label), the
 * unlabelled paragraphs and bullets that follow it, and its sub-parts.
 */
export interface SectionNode {
  readonly label: ItemLabel
  /** Labels of the numbered parts from the outermost down to this one (`['II', '2', 'b']`). */
  readonly path: readonly string[]
  readonly text: string
  readonly place: SourcePlace
  /** Paragraphs after the heading that belong to it and to none of its sub-parts. */
  readonly body: IntakeParagraph[]
  readonly children: SectionNode[]
  readonly heading: boolean
}

/** The parts of a document, and the paragraphs that stand before its first numbered part. */
export interface SectionTree {
  readonly roots: readonly SectionNode[]
  readonly preamble: readonly IntakeParagraph[]
}

const CLOSING = /^(?:T\/M|TM\.|KT\.|Nơi nhận|Q\.\s)/u

/**
 * Builds the tree of a document's numbered parts from the labels typed by hand or Word's list
 * numbering (see {@link readItemLabel}): `I.` holds `1.`, which holds `1.1.` and `a)`, which hold
 * bullets. A bullet stays a node (a task may be written as one) and never adds to the path.
 * Tables are left out: their rows are read on their own.
 *
 * @example
 * ```ts
 * buildSectionTree(document.blocks).roots[1]?.children[0]?.path // ['II', '1']
 * ```
 */
export function buildSectionTree(blocks: readonly IntakeBlock[]): SectionTree {
  const roots: SectionNode[] = []
  const preamble: IntakeParagraph[] = []
  const stack: SectionNode[] = []
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue
    // The signature and the list of recipients close the document's parts.
    if (CLOSING.test(block.text.trim())) stack.length = 0
    const label = readItemLabel(block.text, block.numbering)
    if (label === null) {
      const top = stack.at(-1)
      if (top === undefined) preamble.push(block)
      else top.body.push(block)
      continue
    }
    while (stack.length > 0 && stack.at(-1)!.label.rank >= label.rank) stack.pop()
    const parent = stack.at(-1)
    // Bullets are not part of a reference: `II.2.b`, never `II.2.b.-`.
    const numbered = label.kind !== 'DASH' && label.kind !== 'PLUS'
    const parentPath = parent?.path ?? []
    // "1.2." under "1." adds "2": the reference is "II.1.2", not "II.1.1.2".
    const own =
      parent?.label.kind === 'NUMBER' && label.label.startsWith(`${parent.label.label}.`)
        ? label.label.slice(parent.label.label.length + 1)
        : label.label
    const node: SectionNode = {
      label,
      path: numbered ? [...parentPath, own] : parentPath,
      text: label.rest,
      place: block.place,
      body: [],
      children: [],
      heading: block.heading === true,
    }
    if (parent === undefined) roots.push(node)
    else parent.children.push(node)
    stack.push(node)
  }
  return { roots, preamble }
}
