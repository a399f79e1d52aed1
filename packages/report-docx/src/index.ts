/**
 * DOCX reports for chidao: {@link renderReportDocx} writes a report assembled by
 * `@chidao/domain`'s `assembleReport` as a Word document in the Party layout of guideline
 * 36-HD/VPTW or the State layout of decree 30/2020/NĐ-CP, its charts as PNG images drawn by
 * resvg (no browser); {@link renderUrgingLetterDocx} writes a công văn đôn đốc drafted by
 * `@chidao/domain`'s `assembleUrgingLetter` in the same layouts.
 *
 * @packageDocumentation
 */
export { type ChartPng, svgToPng } from './chart-png.js'
export {
  DOCX_LAYOUTS,
  type DocxLayout,
  type DocxSignature,
  isDocxLayout,
  type ReportDocxOptions,
  type ResolvedDocxOptions,
  directiveName,
  reportKindPhrase,
  reportSubject,
  resolveDocxOptions,
  resolveSignedDocumentOptions,
  type SignedDocumentDefaults,
} from './docx-layout.js'
export { REPORT_PAGE } from './docx-blocks.js'
export { renderReportDocx } from './render-report-docx.js'
export {
  renderUrgingLetterDocx,
  resolveUrgingLetterOptions,
  type UrgingLetterDocxOptions,
} from './render-urging-letter-docx.js'
