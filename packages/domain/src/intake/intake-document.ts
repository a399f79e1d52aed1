/**
 * A source document as the intake reads it: Word, PDF, plain text or a workbook, reduced to the
 * paragraphs and tables a person sees, in reading order. Readers (in `@chidao/intake`) build
 * it; the drafting rules (pure, here in the domain) read it. Every block says where it came
 * from, so each value drafted from it can point a reviewer back to its place.
 */

/** Where a block, a line or a cell stands in its source document (all numbers from 1). */
export interface SourcePlace {
  /** The block's position in reading order: a paragraph or a whole table is one block. */
  readonly block: number
  /** The page, where the source has pages (PDF). */
  readonly page?: number
  /** The sheet's name, where the source is a workbook. */
  readonly sheet?: string
  /** The row within a table (the header row is row 1). */
  readonly row?: number
  /** The column within a table. */
  readonly column?: number
}

/**
 * One paragraph. A number or bullet typed by hand ("II.", "1.", "a)", "-", "+") stays at the
 * start of `text`, as the drafting rules read it; one produced by Word's list numbering is not
 * in the text and is given in `numbering`, as Word displays it.
 */
export interface IntakeParagraph {
  readonly kind: 'paragraph'
  /** The paragraph's text in NFC, as typed (with a hand-typed number or bullet). */
  readonly text: string
  /** The label Word's automatic list numbering shows for this paragraph ("1.", "a)", "-"). */
  readonly numbering?: string
  /** Nesting depth of a list item (0 for the outermost), where the source says it. */
  readonly level?: number
  /** True where the source marks the paragraph as a heading or it is set in bold throughout. */
  readonly heading?: boolean
  readonly place: SourcePlace
}

/** One table: its rows of cell texts (NFC), the first row as the source has it. */
export interface IntakeTable {
  readonly kind: 'table'
  readonly rows: readonly (readonly string[])[]
  /** The caption or the paragraph just above the table ("Phụ lục: Danh mục nhiệm vụ…"). */
  readonly title?: string
  readonly place: SourcePlace
}

export type IntakeBlock = IntakeParagraph | IntakeTable

export type IntakeFormat = 'docx' | 'pdf' | 'txt' | 'xlsx'

export interface IntakeDocument {
  /** The file's name as given, for messages and for the draft's header. */
  readonly name: string
  readonly format: IntakeFormat
  readonly blocks: readonly IntakeBlock[]
}
