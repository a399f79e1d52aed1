/** Where the tables are downloaded as Excel: `GET /reports/tasks.xlsx?directive=…|organization=…`. */
export const TASK_WORKBOOK_PATH = '/reports/tasks.xlsx'

/**
 * The path that downloads the tables of a document (by id) or of an organisation (by code) as
 * Excel, as of a day when one is given: what GraphQL's `tasksWorkbookPath` answers.
 *
 * @example
 * ```ts
 * taskWorkbookPath({ organization: 'STC' }, '2026-06-30') // '/reports/tasks.xlsx?organization=STC&asOf=2026-06-30'
 * ```
 */
export function taskWorkbookPath(
  of: { readonly directive: string } | { readonly organization: string },
  asOf: string | null,
): string {
  const q = new URLSearchParams(of)
  if (asOf !== null) q.set('asOf', asOf)
  return `${TASK_WORKBOOK_PATH}?${q.toString()}`
}
