/**
 * A table as every format prints it (HTML, Markdown, DOCX, the urging letter): its header and
 * its rows, each a list of cells in the header's order.
 *
 * @example
 * ```ts
 * const t: TextTable = { header: ['TT', 'Nhiệm vụ'], rows: [['1', 'Xây dựng kế hoạch']] }
 * ```
 */
export interface TextTable<Cell = string> {
  readonly header: readonly string[]
  readonly rows: readonly (readonly Cell[])[]
}
