/** A page of the web app the benchmark opens, and what shows it is usable. */
export interface WebPage {
  /** Its name in the table: `urge list`. */
  readonly name: string
  /** Its address on the gateway, with the search parameters a person would have. */
  readonly path: string
  /**
   * A CSS selector that matches once the page is usable: its data rendered (a table's rows),
   * not merely its frame or a "loading…" line.
   */
  readonly usable: string
}

/**
 * The pages timed, in order. Adding one is one line: its address and what marks it usable.
 * The dashboard opens on its default document (the earliest programme) as of today.
 */
export const WEB_PAGES: readonly WebPage[] = [
  { name: 'urge list', path: '/urge?view=overdue', usable: 'table tbody tr' },
  { name: 'dashboard', path: '/dashboard', usable: 'table.dash-scorecard tbody tr' },
]
