/**
 * `@chidao/spreadsheet`: the office's tables as Excel workbooks, and workbooks read back into
 * the intake's document.
 *
 * @packageDocumentation
 */

export { DATE_FORMAT, OFFICE_FONT, PERCENT_FORMAT } from './office-sheet.js'
export { readWorkbook } from './read-workbook.js'
export { renderTaskWorkbook, TASK_WORKBOOK_SHEETS } from './render-task-workbook.js'
